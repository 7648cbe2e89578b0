#include "core/figure/datastructurefigure.h"

#include "core/figure/figurestyle.h"
#include "core/figure/svgdocument.h"
#include "core/figure/textmetrics.h"
#include "core/figure/themeoutline.h"

#include <algorithm>

namespace tematik {

namespace {

constexpr double columnGap = 28;
constexpr double conceptGap = 5;
constexpr double themeGap = 12;
constexpr double groupGap = 22;
constexpr double swatch = 5; // the code's colour, a band along the left edge of its box

struct Box
{
    QRectF rect;
    QStringList lines;
};

struct Column
{
    double left = 0;
    double width = 0;
    double right() const { return left + width; }
};

Box box(const QString &name, const Column &column, double textIndent, bool bold)
{
    const QStringList lines = TextMetrics::wrap(name, column.width - 2 * FigureStyle::padding - textIndent,
                                                FigureStyle::fontSize, bold);
    return Box{QRectF(column.left, 0, column.width, FigureStyle::boxHeight(lines.size())), lines};
}

// An elbow from the right edge of one box to the left edge of the next column's box: concepts of one
// theme share the vertical stroke, which reads as a bracket.
QList<QPointF> connector(const QRectF &from, const QRectF &to)
{
    const double middle = (from.right() + to.left()) / 2;
    return {QPointF(from.right(), from.center().y()), QPointF(middle, from.center().y()),
            QPointF(middle, to.center().y()), QPointF(to.left(), to.center().y())};
}

void drawBox(SvgDocument &svg, const QString &cssClass, const Box &b, const QString &fill, bool bold,
             const QString &color = {})
{
    svg.beginGroup(cssClass);
    svg.rect(b.rect, 2, fill, FigureStyle::stroke());
    double textLeft = b.rect.left() + FigureStyle::padding;
    if (!color.isEmpty()) {
        svg.rect(QRectF(b.rect.left() + 0.5, b.rect.top() + 0.5, swatch, b.rect.height() - 1), 0, color,
                 QString());
        textLeft += swatch;
    }
    const bool centred = color.isEmpty();
    svg.text(b.lines, centred ? b.rect.center().x() : textLeft, FigureStyle::firstBaseline(b.rect.top()),
             FigureStyle::fontSize, FigureStyle::lineHeight,
             centred ? SvgDocument::Anchor::Middle : SvgDocument::Anchor::Start, bold, FigureStyle::text());
    svg.endGroup();
}

} // namespace

QString DataStructureFigure::displayName() const
{
    return tr("Data structure");
}

Result<QByteArray> DataStructureFigure::svg(Project &project, const FigureOptions &) const
{
    Result<ThemeOutline> outline = ThemeOutline::of(project);
    if (!outline)
        return outline.takeError();
    const bool dimensions = outline->hasDimensions();
    const double content = FigureStyle::width - 2 * FigureStyle::margin;
    Column concepts{FigureStyle::margin, dimensions ? 250.0 : 320.0};
    Column themes{concepts.right() + columnGap, dimensions ? 170.0 : content - concepts.width - columnGap};
    Column aggregates{themes.right() + columnGap, content - concepts.width - themes.width - 2 * columnGap};

    QList<std::pair<Column, QString>> headings{{concepts, tr("First-order concepts")},
                                               {themes, tr("Second-order themes")}};
    if (dimensions)
        headings.append({aggregates, tr("Aggregate dimensions")});
    QList<QStringList> headingLines;
    qsizetype headingRows = 1;
    for (const auto &[column, text] : headings) {
        headingLines.append(TextMetrics::wrap(text, column.width, FigureStyle::headingSize, true));
        headingRows = std::max(headingRows, headingLines.last().size());
    }
    const double headingBottom = FigureStyle::margin + headingRows * FigureStyle::lineHeight + 4;

    // Layout: each theme's block is as tall as its concepts or its own box, whichever is taller, and
    // each group as tall as its themes or its dimension's box; boxes are centred in what they span.
    struct PlacedTheme
    {
        Box theme;
        QList<Box> concepts;
        QList<QString> colors;
    };
    struct PlacedGroup
    {
        std::optional<Box> dimension;
        QList<PlacedTheme> themes;
    };
    QList<PlacedGroup> placed;
    double y = headingBottom + 10;
    for (const ThemeOutline::Group &group : std::as_const(outline->groups)) {
        PlacedGroup g;
        QList<double> blockHeights;
        double themesHeight = 0;
        for (const ThemeOutline::Branch &branch : group.themes) {
            PlacedTheme t{box(branch.theme.name, themes, 0, false), {}, {}};
            double conceptsHeight = 0;
            for (const Code &code : branch.codes) {
                t.concepts.append(box(code.name, concepts, swatch, false));
                t.colors.append(code.color);
                conceptsHeight += t.concepts.last().rect.height() + (t.concepts.size() > 1 ? conceptGap : 0);
            }
            blockHeights.append(std::max(conceptsHeight, t.theme.rect.height()));
            themesHeight += blockHeights.last() + (g.themes.isEmpty() ? 0 : themeGap);
            g.themes.append(t);
        }
        if (group.dimension)
            g.dimension = box(group.dimension->name, aggregates, 0, true);
        const double groupHeight = std::max(themesHeight, g.dimension ? g.dimension->rect.height() : 0.0);

        double blockTop = y + (groupHeight - themesHeight) / 2;
        for (qsizetype i = 0; i < g.themes.size(); ++i) {
            PlacedTheme &t = g.themes[i];
            double conceptsHeight = 0;
            for (const Box &c : std::as_const(t.concepts))
                conceptsHeight += c.rect.height();
            conceptsHeight += conceptGap * std::max<qsizetype>(0, t.concepts.size() - 1);
            double cy = blockTop + (blockHeights[i] - conceptsHeight) / 2;
            for (Box &c : t.concepts) {
                c.rect.moveTop(cy);
                cy += c.rect.height() + conceptGap;
            }
            const double centre = t.concepts.isEmpty()
                                      ? blockTop + blockHeights[i] / 2
                                      : (t.concepts.first().rect.top() + t.concepts.last().rect.bottom()) / 2;
            t.theme.rect.moveTop(centre - t.theme.rect.height() / 2);
            blockTop += blockHeights[i] + themeGap;
        }
        if (g.dimension) {
            const double centre =
                g.themes.isEmpty()
                    ? y + groupHeight / 2
                    : (g.themes.first().theme.rect.top() + g.themes.last().theme.rect.bottom()) / 2;
            const double top = std::clamp(centre - g.dimension->rect.height() / 2, y,
                                          y + groupHeight - g.dimension->rect.height());
            g.dimension->rect.moveTop(top);
        }
        placed.append(g);
        y += groupHeight + groupGap;
    }
    const double height = y - groupGap + FigureStyle::margin;

    SvgDocument svg(FigureStyle::width, height, displayName());
    svg.beginGroup(QStringLiteral("headings"));
    for (qsizetype i = 0; i < headings.size(); ++i)
        svg.text(headingLines[i], headings[i].first.left + headings[i].first.width / 2,
                 FigureStyle::margin + FigureStyle::headingSize * 0.8, FigureStyle::headingSize,
                 FigureStyle::lineHeight, SvgDocument::Anchor::Middle, true, FigureStyle::text());
    svg.line(QPointF(FigureStyle::margin, headingBottom),
             QPointF(FigureStyle::width - FigureStyle::margin, headingBottom), FigureStyle::stroke());
    svg.endGroup();

    svg.beginGroup(QStringLiteral("links"));
    for (const PlacedGroup &g : std::as_const(placed)) {
        for (const PlacedTheme &t : g.themes) {
            for (const Box &c : t.concepts)
                svg.polyline(connector(c.rect, t.theme.rect), FigureStyle::connector());
            if (g.dimension)
                svg.polyline(connector(t.theme.rect, g.dimension->rect), FigureStyle::connector());
        }
    }
    svg.endGroup();

    for (const PlacedGroup &g : std::as_const(placed)) {
        for (const PlacedTheme &t : g.themes) {
            for (qsizetype i = 0; i < t.concepts.size(); ++i)
                drawBox(svg, QStringLiteral("concept"), t.concepts[i], QStringLiteral("#ffffff"), false,
                        t.colors[i].isEmpty() ? FigureStyle::lightFill() : t.colors[i]);
            drawBox(svg, QStringLiteral("theme"), t.theme, FigureStyle::lightFill(), false);
        }
        if (g.dimension)
            drawBox(svg, QStringLiteral("dimension"), *g.dimension, FigureStyle::darkFill(), true);
    }
    return svg.finish();
}

} // namespace tematik
