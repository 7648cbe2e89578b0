#include "core/report/reporttable.h"

namespace tematik {

ReportCell ReportCell::fromNumber(double value)
{
    ReportCell cell;
    // 'g' with 15 digits writes counts as integers ("12") and keeps every digit a double can carry.
    cell.text = QString::number(value, 'g', 15);
    cell.number = value;
    return cell;
}

ReportCell ReportTable::cell(qsizetype row, qsizetype column) const
{
    const QList<ReportCell> &cells = rows.at(row);
    return column < cells.size() ? cells.at(column) : ReportCell();
}

bool ReportTable::isNumericColumn(qsizetype column) const
{
    bool any = false;
    for (const QList<ReportCell> &cells : rows) {
        if (column >= cells.size() || cells.at(column).text.isEmpty())
            continue;
        if (!cells.at(column).isNumber())
            return false;
        any = true;
    }
    return any;
}

} // namespace tematik
