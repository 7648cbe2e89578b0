#pragma once

#include "core/report/tablewriter.h"

namespace tematik {

// A standalone HTML page in UTF-8 with the table (caption, thead, tbody). It is written as polyglot
// XHTML through QXmlStreamWriter, so that it is well-formed XML as well as HTML and every text is
// escaped.
class HtmlTableWriter : public TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(HtmlTableWriter)

public:
    QString id() const override { return QStringLiteral("html"); }
    QString displayName() const override;
    QString extension() const override { return QStringLiteral("html"); }
    Result<QByteArray> render(const ReportTable &table) const override;
};

} // namespace tematik
