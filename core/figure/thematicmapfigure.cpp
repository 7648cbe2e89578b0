#include "core/figure/thematicmapfigure.h"

#include "core/figure/figurestyle.h"
#include "core/figure/svgdocument.h"
#include "core/figure/textmetrics.h"
#include "core/figure/themeoutline.h"

#include <algorithm>

namespace tematik {

namespace {

constexpr int columns = 3; // themes side by side: three keep a code's name to about 25 characters a line
constexpr double framePadding = 10;
constexpr double cardGap = 12;
constexpr double rowGap = 16;
constexpr double groupGap = 16;
constexpr double codeIndent = 16; // room for the stem the codes hang from
constexpr double codeGap = 5;
constexpr double swatch = 5;

// One theme with its codes, laid out from the top left corner (0, 0) and moved into place later.
struct Card
{
    QStringList themeLines;
    double themeHeight = 0;
    QList<QStringList> codeLines;
    QList<QString> colors;
    double height = 0;
};

Card card(const ThemeOutline::Branch &branch, double width)
{
    Card c;
    c.themeLines =
        TextMetrics::wrap(branch.theme.name, width - 4 * FigureStyle::padding, FigureStyle::fontSize, true);
    c.themeHeight = FigureStyle::boxHeight(c.themeLines.size()) + 4;
    c.height = c.themeHeight;
    for (const Code &code : branch.codes) {
        c.codeLines.append(TextMetrics::wrap(
            code.name, width - codeIndent - swatch - 2 * FigureStyle::padding, FigureStyle::fontSize));
        c.colors.append(code.color.isEmpty() ? FigureStyle::lightFill() : code.color);
        c.height += codeGap + FigureStyle::boxHeight(c.codeLines.last().size());
    }
    return c;
}

void drawCard(SvgDocument &svg, const Card &c, double left, double top, double width)
{
    svg.beginGroup(QStringLiteral("theme"));
    svg.rect(QRectF(left, top, width, c.themeHeight), c.themeHeight / 2.5, FigureStyle::lightFill(),
             FigureStyle::stroke(), 1);
    svg.text(c.themeLines, left + width / 2, FigureStyle::firstBaseline(top + 2), FigureStyle::fontSize,
             FigureStyle::lineHeight, SvgDocument::Anchor::Middle, true, FigureStyle::text());
    svg.endGroup();

    const double stem = left + codeIndent / 2;
    double y = top + c.themeHeight + codeGap;
    double lastCentre = y;
    for (qsizetype i = 0; i < c.codeLines.size(); ++i) {
        const QRectF box(left + codeIndent, y, width - codeIndent,
                         FigureStyle::boxHeight(c.codeLines[i].size()));
        svg.line(QPointF(stem, box.center().y()), QPointF(box.left(), box.center().y()),
                 FigureStyle::connector());
        svg.beginGroup(QStringLiteral("code"));
        svg.rect(box, 2, QStringLiteral("#ffffff"), FigureStyle::stroke());
        svg.rect(QRectF(box.left() + 0.5, box.top() + 0.5, swatch, box.height() - 1), 0, c.colors[i],
                 QString());
        svg.text(c.codeLines[i], box.left() + swatch + FigureStyle::padding,
                 FigureStyle::firstBaseline(box.top()), FigureStyle::fontSize, FigureStyle::lineHeight,
                 SvgDocument::Anchor::Start, false, FigureStyle::text());
        svg.endGroup();
        lastCentre = box.center().y();
        y = box.bottom() + codeGap;
    }
    if (!c.codeLines.isEmpty())
        svg.line(QPointF(stem, top + c.themeHeight), QPointF(stem, lastCentre), FigureStyle::connector());
}

} // namespace

QString ThematicMapFigure::displayName() const
{
    return tr("Thematic map");
}

Result<QByteArray> ThematicMapFigure::svg(Project &project, const FigureOptions &) const
{
    Result<ThemeOutline> outline = ThemeOutline::of(project);
    if (!outline)
        return outline.takeError();
    const double content = FigureStyle::width - 2 * FigureStyle::margin;
    const double inner = content - 2 * framePadding;
    const double cardWidth = (inner - (columns - 1) * cardGap) / columns;
    const bool dimensions = outline->hasDimensions();

    // Layout first, since the SVG's height must be known before its first shape.
    struct PlacedGroup
    {
        QRectF frame; // empty: no frame
        QStringList heading;
        double headingTop = 0;
        QList<Card> cards;
        QList<QPointF> corners; // each card's top left
    };
    QList<PlacedGroup> placed;
    double y = FigureStyle::margin;
    for (const ThemeOutline::Group &group : std::as_const(outline->groups)) {
        PlacedGroup g;
        const QString heading = group.dimension ? group.dimension->name
                                : dimensions    ? tr("Themes in no dimension")
                                                : QString();
        g.headingTop = y;
        double top = y;
        if (!heading.isEmpty()) {
            g.heading = TextMetrics::wrap(heading, inner, FigureStyle::headingSize, true);
            top += framePadding + g.heading.size() * FigureStyle::lineHeight + 8;
        }
        double rowHeight = 0;
        for (qsizetype i = 0; i < group.themes.size(); ++i) {
            if (i > 0 && i % columns == 0) {
                top += rowHeight + rowGap;
                rowHeight = 0;
            }
            g.cards.append(card(group.themes[i], cardWidth));
            g.corners.append(
                QPointF(FigureStyle::margin + framePadding + (i % columns) * (cardWidth + cardGap), top));
            rowHeight = std::max(rowHeight, g.cards.last().height);
        }
        const double bottom = top + rowHeight + (heading.isEmpty() ? 0 : framePadding);
        if (group.dimension)
            g.frame = QRectF(FigureStyle::margin, y, content, bottom - y);
        placed.append(g);
        y = bottom + groupGap;
    }
    const double height = y - groupGap + FigureStyle::margin;

    SvgDocument svg(FigureStyle::width, height, displayName());
    for (const PlacedGroup &g : std::as_const(placed)) {
        if (!g.heading.isEmpty()) {
            svg.beginGroup(g.frame.isEmpty() ? QStringLiteral("heading") : QStringLiteral("dimension"));
            if (!g.frame.isEmpty())
                svg.rect(g.frame, 6, QStringLiteral("#fafafa"), FigureStyle::stroke(), 0.75);
            svg.text(g.heading, FigureStyle::margin + framePadding,
                     g.headingTop + framePadding + FigureStyle::headingSize * 0.8, FigureStyle::headingSize,
                     FigureStyle::lineHeight, SvgDocument::Anchor::Start, true, FigureStyle::text());
            svg.endGroup();
        }
        for (qsizetype i = 0; i < g.cards.size(); ++i)
            drawCard(svg, g.cards[i], g.corners[i].x(), g.corners[i].y(), cardWidth);
    }
    return svg.finish();
}

} // namespace tematik
