#pragma once

#include "core/report/tablewriter.h"

namespace tematik {

// An Excel workbook through libxlsxwriter: one worksheet with the header row in bold and frozen, numbers
// stored as numbers, columns as wide as their text (up to a limit) and long or multi-line text wrapped.
// The title and caption go into the workbook's properties, so that the sheet stays a plain table that
// can be sorted, filtered and read back.
class XlsxTableWriter : public TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxTableWriter)

public:
    QString id() const override { return QStringLiteral("xlsx"); }
    QString displayName() const override;
    QString extension() const override { return QStringLiteral("xlsx"); }
    Result<QByteArray> render(const ReportTable &table) const override;
};

} // namespace tematik
