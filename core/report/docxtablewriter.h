#pragma once

#include "core/report/tablewriter.h"

namespace tematik {

// A Word document holding the title as a heading, the caption, and the table as a real Word table
// (w:tbl) with borders and its header row repeated on each page, so that a report can paste it
// directly. The package (content types, relationships, document and styles) is written by hand with
// libzip: Debian packages no C or C++ library that writes DOCX, and a table needs only these four parts.
class DocxTableWriter : public TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocxTableWriter)

public:
    QString id() const override { return QStringLiteral("docx"); }
    QString displayName() const override;
    QString extension() const override { return QStringLiteral("docx"); }
    Result<QByteArray> render(const ReportTable &table) const override;
};

} // namespace tematik
