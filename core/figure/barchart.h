#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace tematik {

// A horizontal bar chart as SVG: one row a bar, labelled on the left with its count at its end, under a
// title and over a scale of evenly spaced ticks. A row without a value is a heading for the rows
// under it. Bars are as long as their counts in proportion; the scale ends at the next tick past the
// longest.
struct BarChart
{
    struct Row
    {
        QString label;
        std::optional<int> value; // none: a heading
        bool emphasised = false;  // a bold label, as for a dimension's total
        int indent = 0;           // levels of indentation of the label
        QString color;            // the bar's fill; empty: grey
    };

    QString title;
    QString axisLabel;
    QList<Row> rows;

    QByteArray svg() const;
};

} // namespace tematik
