#include "core/report/reporttable.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tematik {

ReportCell ReportCell::fromNumber(double value)
{
    ReportCell cell;
    // 'g' with 15 digits writes counts as integers ("12") and keeps every digit a double can carry.
    cell.text = QString::number(value, 'g', 15);
    cell.number = value;
    return cell;
}

quint32 ReportCell::heatRgb(double heat)
{
    // ColorBrewer's "Blues" from its lightest (#f7fbff) to its fifth step (#4292c6), linearly.
    constexpr int light[] = {0xf7, 0xfb, 0xff};
    constexpr int strong[] = {0x42, 0x92, 0xc6};
    const double t = qBound(0.0, heat, 1.0);
    quint32 rgb = 0;
    for (int i = 0; i < 3; ++i)
        rgb = (rgb << 8) | quint32(qRound(light[i] + t * (strong[i] - light[i])));
    return rgb;
}

QString ReportCell::heatHex(double heat)
{
    return QStringLiteral("%1").arg(heatRgb(heat), 6, 16, QLatin1Char('0')).toUpper();
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

QList<double> ReportTable::columnShares() const
{
    const qsizetype columns = header.size();
    QList<double> weights(columns, 0.0);
    for (qsizetype c = 0; c < columns; ++c) {
        // The mean length of the column's cells says how much it holds; the square root keeps long
        // quotes from squeezing the other columns to a word per line, and the floor keeps numbers and
        // headers readable.
        qint64 characters = header.at(c).size();
        for (const QList<ReportCell> &cells : rows)
            characters += c < cells.size() ? cells.at(c).text.size() : 0;
        const double mean = double(characters) / double(rows.size() + 1);
        weights[c] = std::max(std::sqrt(mean), 3.0);
    }
    const double total = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
    for (double &weight : weights)
        weight = total > 0 ? weight / total : 1.0 / double(columns);
    return weights;
}

} // namespace tematik
