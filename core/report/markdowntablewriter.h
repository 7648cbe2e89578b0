#pragma once

#include "core/report/tablewriter.h"

namespace tematik {

// A Markdown (GitHub-flavoured) pipe table under the title as a heading. Pipes in cells are escaped and
// line breaks become <br>, since a pipe-table cell cannot span lines; numeric columns align right.
// The caption is written as given.
class MarkdownTableWriter : public TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownTableWriter)

public:
    QString id() const override { return QStringLiteral("md"); }
    QString displayName() const override;
    QString extension() const override { return QStringLiteral("md"); }
    Result<QByteArray> render(const ReportTable &table) const override;
};

} // namespace tematik
