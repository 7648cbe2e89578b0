#pragma once

#include "core/report/tablewriter.h"

namespace tematik {

// Comma-separated values (RFC 4180: CRLF line ends; fields with a comma, quote or line break quoted,
// quotes doubled), UTF-8 with a byte-order mark. The mark is what makes Excel on Windows decode UTF-8
// instead of the ANSI code page, so Swedish letters survive; R, Python and LibreOffice skip it. Only the
// header and rows are written: a title would make the file a worse data file. Excel in a Swedish
// locale expects ';' — users of Excel are better served by the XLSX writer.
class CsvTableWriter : public TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvTableWriter)

public:
    QString id() const override { return QStringLiteral("csv"); }
    QString displayName() const override;
    QString extension() const override { return QStringLiteral("csv"); }
    Result<QByteArray> render(const ReportTable &table) const override;
};

} // namespace tematik
