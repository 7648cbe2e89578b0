#pragma once

#include "core/report/tablewriter.h"

namespace tematik {

// An OpenDocument text (ODF 1.2) with the title as a heading, the caption and a table:table whose header
// row repeats on each page; numbers are float cells. Written by hand with libzip for the same reason
// as DocxTableWriter; the mimetype entry comes first and uncompressed, as ODF requires.
class OdtTableWriter : public TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(OdtTableWriter)

public:
    QString id() const override { return QStringLiteral("odt"); }
    QString displayName() const override;
    QString extension() const override { return QStringLiteral("odt"); }
    Result<QByteArray> render(const ReportTable &table) const override;
};

} // namespace tematik
