#include "core/figure/barchart.h"

#include "core/figure/figurestyle.h"
#include "core/figure/svgdocument.h"
#include "core/figure/textmetrics.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tematik {

namespace {

constexpr double indentWidth = 12;
constexpr double barHeight = 13;
constexpr double rowGap = 5;
constexpr double valueRoom = 44; // for the count after the longest bar
constexpr double tickRoom = 34;  // the tick labels and the axis label under the bars

// The distance between ticks: 1, 2 or 5 times a power of ten, for about five ticks up to maximum.
int tickStep(int maximum)
{
    const double rough = std::max(1.0, maximum / 5.0);
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (factor * power >= rough)
            return int(factor * power);
    }
    return int(10 * power);
}

} // namespace

QByteArray BarChart::svg() const
{
    const double content = FigureStyle::width - 2 * FigureStyle::margin;
    double labelWidth = 0;
    int maximum = 0;
    for (const Row &row : rows) {
        labelWidth = std::max(labelWidth,
                              row.indent * indentWidth + TextMetrics::width(row.label, FigureStyle::fontSize,
                                                                            row.emphasised || !row.value));
        maximum = std::max(maximum, row.value.value_or(0));
    }
    labelWidth = std::min(labelWidth, content * 0.4);
    const double barsLeft = FigureStyle::margin + labelWidth + 10;
    const double barsWidth = content - labelWidth - 10 - valueRoom;
    const int step = tickStep(maximum);
    const int scaleEnd = std::max(step, int(std::ceil(maximum / double(step))) * step);

    const QStringList titleLines = TextMetrics::wrap(title, content, FigureStyle::headingSize, true);
    const double barsTop = FigureStyle::margin + titleLines.size() * FigureStyle::lineHeight + 10;
    QList<QStringList> labels;
    double barsBottom = barsTop;
    for (const Row &row : rows) {
        labels.append(TextMetrics::wrap(row.label, labelWidth - row.indent * indentWidth,
                                        FigureStyle::fontSize, row.emphasised || !row.value));
        barsBottom += std::max(barHeight, labels.last().size() * FigureStyle::lineHeight) + rowGap;
    }
    const double height = barsBottom + tickRoom + FigureStyle::margin;

    SvgDocument svg(FigureStyle::width, height, title);
    svg.text(titleLines, FigureStyle::margin, FigureStyle::margin + FigureStyle::headingSize * 0.8,
             FigureStyle::headingSize, FigureStyle::lineHeight, SvgDocument::Anchor::Start, true,
             FigureStyle::text());

    svg.beginGroup(QStringLiteral("scale"));
    // Counts are written as the reader writes numbers: the interface's locale ("1 200" in Swedish).
    for (int tick = 0; tick <= scaleEnd; tick += step) {
        const double x = barsLeft + barsWidth * tick / scaleEnd;
        svg.line(QPointF(x, barsTop - 3), QPointF(x, barsBottom),
                 tick == 0 ? FigureStyle::stroke() : FigureStyle::grid(), tick == 0 ? 0.75 : 0.5);
        svg.text({QLocale().toString(tick)}, x, barsBottom + 12, FigureStyle::fontSize - 1,
                 FigureStyle::lineHeight, SvgDocument::Anchor::Middle, false, FigureStyle::text());
    }
    svg.text({axisLabel}, barsLeft + barsWidth / 2, barsBottom + 27, FigureStyle::fontSize,
             FigureStyle::lineHeight, SvgDocument::Anchor::Middle, false, FigureStyle::text());
    svg.endGroup();

    double y = barsTop;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        const double rowHeight = std::max(barHeight, labels[i].size() * FigureStyle::lineHeight);
        const bool bold = row.emphasised || !row.value;
        svg.beginGroup(row.value ? QStringLiteral("bar") : QStringLiteral("heading"));
        // The label's lines centred on the bar, which sits in the middle of the row.
        const double labelTop = y + (rowHeight - labels[i].size() * FigureStyle::lineHeight) / 2;
        svg.text(labels[i], FigureStyle::margin + row.indent * indentWidth,
                 labelTop + (FigureStyle::lineHeight - FigureStyle::fontSize) / 2 +
                     FigureStyle::fontSize * 0.8,
                 FigureStyle::fontSize, FigureStyle::lineHeight, SvgDocument::Anchor::Start, bold,
                 FigureStyle::text());
        if (row.value) {
            const double barTop = y + (rowHeight - barHeight) / 2;
            const double length = barsWidth * *row.value / scaleEnd;
            svg.rect(QRectF(barsLeft, barTop, length, barHeight), 0,
                     row.color.isEmpty() ? QStringLiteral("#9e9e9e") : row.color, FigureStyle::stroke(), 0.5);
            svg.text({QLocale().toString(*row.value)}, barsLeft + length + 4,
                     barTop + barHeight / 2 + FigureStyle::fontSize * 0.35, FigureStyle::fontSize,
                     FigureStyle::lineHeight, SvgDocument::Anchor::Start, bold, FigureStyle::text());
        }
        svg.endGroup();
        y += rowHeight + rowGap;
    }
    return svg.finish();
}

} // namespace tematik
