#include "ui/models/slidepainter.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QTextLayout>
#include <algorithm>

namespace tematik {
namespace {

// 28 pt at 96 dpi, the text size on a 1080-pixel-high screen below which the back rows stop reading.
constexpr qreal floorAt1080 = 28.0 * 96.0 / 72.0;
// Body text and quotes start this much above the floor and shrink towards it, in this many steps,
// before anything is cut.
constexpr qreal bodyScale = 1.15;
constexpr int shrinkSteps = 5;

struct Palette
{
    QColor background;
    QColor text;
    QColor secondary; // subheadings and attributions: quieter, still over 7:1 on the background
    QColor accent;    // rules and bullets only, never text
};

Palette paletteOf(SlideStyle style)
{
    if (style == SlideStyle::Dark)
        return {QColor(0x12, 0x12, 0x12), QColor(0xf3, 0xf3, 0xf3), QColor(0xc4, 0xc4, 0xc4),
                QColor(0x8f, 0xa9, 0xc2)};
    return {QColor(0xfb, 0xfb, 0xf8), QColor(0x16, 0x16, 0x16), QColor(0x40, 0x40, 0x40),
            QColor(0x4f, 0x6d, 0x8a)};
}

enum class Decoration
{
    None,
    Bullet,    // a dot in the accent colour left of the first line
    QuoteRule, // a bar in the accent colour left of every line
    Rule       // no text: a short bar in the accent colour
};

struct Paragraph
{
    QString text;
    QFont font;
    QColor color;
    Qt::Alignment alignment = Qt::AlignLeft;
    qreal indent = 0;     // from the left of the text area
    qreal rightInset = 0; // kept free on the right (for the part marker)
    qreal spaceBefore = 0;
    qreal lineFactor = 1.2; // line height as a multiple of the font's line spacing
    Decoration decoration = Decoration::None;
    qreal ruleWidth = 0; // Rule only
    qreal ruleHeight = 0;
};

struct Line
{
    qsizetype paragraph = 0;
    qsizetype start = 0;
    qsizetype length = 0;
    qreal top = 0;
    qreal height = 0;
    bool lastOfParagraph = false;
};

// Pixel sizes, not point sizes, so the slide is the same at any resolution; no hinting, so text
// measured at one size scales with the slide instead of snapping to the device's pixel grid.
QFont fontOf(qreal pixelSize, bool bold = false, bool italic = false)
{
    // The application font, which on every platform Tematik ships on covers Swedish.
    QFont font = QGuiApplication::font();
    font.setPixelSize(std::max(1, qRound(pixelSize)));
    font.setWeight(bold ? QFont::Bold : QFont::Normal);
    font.setItalic(italic);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QList<Paragraph> paragraphsOf(const Slide &slide, const Palette &palette, qreal floor, qreal body,
                              qreal partMarkerWidth)
{
    QList<Paragraph> paragraphs;
    const auto add = [&](const QString &text, const QFont &font, const QColor &color, qreal spaceBefore) {
        Paragraph p;
        p.text = text.simplified();
        p.font = font;
        p.color = color;
        p.spaceBefore = paragraphs.isEmpty() ? 0 : spaceBefore;
        paragraphs.append(p);
        return &paragraphs.last();
    };
    const auto addRule = [&](qreal spaceBefore, Qt::Alignment alignment) {
        Paragraph p;
        p.decoration = Decoration::Rule;
        p.alignment = alignment;
        p.ruleWidth = 2.5 * floor;
        p.ruleHeight = 0.14 * floor;
        p.spaceBefore = paragraphs.isEmpty() ? 0 : spaceBefore;
        paragraphs.append(p);
    };
    const QFont heading = fontOf(1.75 * floor, true);
    const QFont subheading = fontOf(bodyScale * floor);
    const QFont text = fontOf(body);

    switch (slide.kind) {
    case Slide::Kind::Title:
        // The one slide everybody looks at while the meeting settles: its heading may be larger.
        if (!slide.heading.isEmpty()) {
            Paragraph *p = add(slide.heading, fontOf(2.0 * floor, true), palette.text, 0);
            p->alignment = Qt::AlignHCenter;
            p->lineFactor = 1.1;
        }
        addRule(0.6 * floor, Qt::AlignHCenter);
        if (!slide.subheading.isEmpty())
            add(slide.subheading, subheading, palette.secondary, 0.7 * floor)->alignment = Qt::AlignHCenter;
        if (!slide.body.isEmpty())
            add(slide.body, text, palette.text, 0.5 * floor)->alignment = Qt::AlignHCenter;
        break;
    case Slide::Kind::Closing:
        if (!slide.heading.isEmpty()) {
            Paragraph *p = add(slide.heading, heading, palette.text, 0);
            p->alignment = Qt::AlignHCenter;
            p->lineFactor = 1.1;
        }
        addRule(0.6 * floor, Qt::AlignHCenter);
        if (!slide.body.isEmpty())
            add(slide.body, text, palette.text, 0.7 * floor)->alignment = Qt::AlignHCenter;
        break;
    case Slide::Kind::Dimension:
    case Slide::Kind::Theme: {
        if (!slide.subheading.isEmpty() || partMarkerWidth > 0) {
            Paragraph *p = add(slide.subheading, subheading, palette.secondary, 0);
            p->rightInset = partMarkerWidth;
            p->lineFactor = 1.1;
        }
        add(slide.heading, heading, palette.text, 0.15 * floor)->lineFactor = 1.1;
        addRule(0.35 * floor, Qt::AlignLeft);
        if (!slide.body.isEmpty())
            add(slide.body, text, palette.text, 0.7 * floor);
        qreal gap = 0.9 * floor; // between the definition and what illustrates it
        for (const QString &item : slide.items) {
            Paragraph *p = add(item, text, palette.text, gap);
            p->indent = 1.1 * floor;
            p->decoration = Decoration::Bullet;
            gap = 0.3 * floor;
        }
        gap = 0.9 * floor;
        for (const SlideQuote &quote : slide.quotes) {
            Paragraph *p = add(quote.text, fontOf(body, false, true), palette.text, gap);
            p->indent = 0.9 * floor;
            p->decoration = Decoration::QuoteRule;
            if (!quote.attribution.isEmpty()) {
                Paragraph *by = add(SlidePainter::tr("— %1").arg(quote.attribution), fontOf(floor),
                                    palette.secondary, 0.1 * floor);
                by->alignment = Qt::AlignRight;
                by->lineFactor = 1.1;
            }
            gap = 0.7 * floor;
        }
        break;
    }
    }
    return paragraphs;
}

QList<Line> layOut(const QList<Paragraph> &paragraphs, qreal width, const QPaintDevice *device)
{
    QList<Line> lines;
    qreal y = 0;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &p = paragraphs.at(i);
        y += p.spaceBefore;
        if (p.decoration == Decoration::Rule) {
            lines.append({i, 0, 0, y, p.ruleHeight, true});
            y += p.ruleHeight;
            continue;
        }
        const qreal height = QFontMetricsF(p.font, device).lineSpacing() * p.lineFactor;
        if (p.text.isEmpty()) { // keeps the row of a part marker without a subheading
            lines.append({i, 0, 0, y, height, true});
            y += height;
            continue;
        }
        QTextLayout layout(p.text, p.font, device);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(std::max<qreal>(1, width - p.indent - p.rightInset));
            lines.append({i, line.textStart(), line.textLength(), y, height, false});
            y += height;
        }
        layout.endLayout();
        if (!lines.isEmpty() && lines.last().paragraph == i)
            lines.last().lastOfParagraph = true;
    }
    return lines;
}

qreal heightOf(const QList<Line> &lines)
{
    return lines.isEmpty() ? 0 : lines.last().top + lines.last().height;
}

} // namespace

SlidePainter::SlidePainter(SlideStyle style) : m_style(style) {}

qreal SlidePainter::bodyPixelSize(const QSizeF &area)
{
    return slideRect(QRectF(QPointF(0, 0), area)).height() * floorAt1080 / 1080.0;
}

QRectF SlidePainter::slideRect(const QRectF &rect)
{
    QSizeF size(16, 9);
    size.scale(rect.size(), Qt::KeepAspectRatio);
    QRectF slide(QPointF(0, 0), size);
    slide.moveCenter(rect.center());
    return slide;
}

QColor SlidePainter::background(SlideStyle style)
{
    return paletteOf(style).background;
}

QColor SlidePainter::foreground(SlideStyle style)
{
    return paletteOf(style).text;
}

bool SlidePainter::paint(QPainter &painter, const QRectF &rect, const Slide &slide) const
{
    const Palette palette = paletteOf(m_style);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect, palette.background);

    const QRectF page = slideRect(rect);
    const qreal floor = bodyPixelSize(page.size());
    const QRectF area = page.adjusted(0.07 * page.width(), 0.075 * page.height(), -0.07 * page.width(),
                                      -0.075 * page.height());
    const QPaintDevice *device = painter.device();

    // "(1/2)": quiet, in the corner, so the room knows more of this theme follows.
    QString partMarker;
    qreal partMarkerWidth = 0;
    const QFont partFont = fontOf(bodyScale * floor); // the subheading's, on the subheading's row
    if (slide.kind == Slide::Kind::Theme && slide.parts > 1) {
        partMarker = tr("(%1/%2)").arg(slide.part).arg(slide.parts);
        partMarkerWidth = QFontMetricsF(partFont, device).horizontalAdvance(partMarker) + floor;
    }

    QList<Paragraph> paragraphs;
    QList<Line> lines;
    for (int step = 0; step <= shrinkSteps; ++step) {
        const qreal body = floor * (bodyScale - (bodyScale - 1.0) * step / shrinkSteps);
        paragraphs = paragraphsOf(slide, palette, floor, body, partMarkerWidth);
        lines = layOut(paragraphs, area.width(), device);
        if (heightOf(lines) <= area.height())
            break;
    }
    const bool fits = heightOf(lines) <= area.height();
    qsizetype shown = lines.size();
    if (!fits) {
        shown = 0;
        while (shown < lines.size() && lines.at(shown).top + lines.at(shown).height <= area.height())
            ++shown;
        // Cut after the last line with text, so the "…" has somewhere to go.
        while (shown > 0 && lines.at(shown - 1).length == 0)
            --shown;
    }

    // Title and closing slides stand in the middle; the others read from the top.
    const bool centred = slide.kind == Slide::Kind::Title || slide.kind == Slide::Kind::Closing;
    const qreal top = area.top() + (centred && fits ? (area.height() - heightOf(lines)) / 2 : 0);

    for (qsizetype i = 0; i < shown; ++i) {
        const Line &line = lines.at(i);
        const Paragraph &p = paragraphs.at(line.paragraph);
        const qreal lineTop = top + line.top;
        if (p.decoration == Decoration::Rule) {
            qreal x = area.left();
            if (p.alignment & Qt::AlignHCenter)
                x = area.center().x() - p.ruleWidth / 2;
            painter.fillRect(QRectF(x, lineTop, p.ruleWidth, p.ruleHeight), palette.accent);
            continue;
        }
        const QFontMetricsF metrics(p.font, device);
        const qreal baseline = lineTop + (line.height - metrics.lineSpacing()) / 2 + metrics.ascent();
        const qreal left = area.left() + p.indent;
        const qreal width = area.width() - p.indent - p.rightInset;
        const bool firstOfParagraph = i == 0 || lines.at(i - 1).paragraph != line.paragraph;
        if (p.decoration == Decoration::QuoteRule && firstOfParagraph) {
            // One bar along all the quote's lines shown; a bar per line would show seams between them.
            qsizetype last = i;
            while (last + 1 < shown && lines.at(last + 1).paragraph == line.paragraph)
                ++last;
            const qreal bottom = top + lines.at(last).top + lines.at(last).height;
            painter.fillRect(QRectF(area.left() + 0.2 * floor, lineTop, 0.12 * floor, bottom - lineTop),
                             palette.accent);
        }
        if (p.decoration == Decoration::Bullet && firstOfParagraph) {
            const qreal radius = 0.17 * floor;
            painter.setPen(Qt::NoPen);
            painter.setBrush(palette.accent);
            painter.drawEllipse(QPointF(area.left() + 0.35 * floor, baseline - metrics.xHeight() / 2), radius,
                                radius);
        }
        QString text = p.text.mid(line.start, line.length).trimmed();
        if (!fits && i == shown - 1) {
            QString rest = p.text.mid(line.start).trimmed();
            if (line.lastOfParagraph)
                rest += QStringLiteral(" \u2026");
            text = metrics.elidedText(rest, Qt::ElideRight, width);
        }
        qreal x = left;
        if (p.alignment & (Qt::AlignHCenter | Qt::AlignRight)) {
            const qreal advance = metrics.horizontalAdvance(text);
            x = p.alignment & Qt::AlignRight ? left + width - advance : left + (width - advance) / 2;
        }
        painter.setFont(p.font);
        painter.setPen(p.color);
        painter.drawText(QPointF(x, baseline), text);
    }

    if (!partMarker.isEmpty()) {
        const QFontMetricsF metrics(partFont, device);
        const qreal baseline = top + (lines.first().height - metrics.lineSpacing()) / 2 + metrics.ascent();
        painter.setFont(partFont);
        painter.setPen(palette.secondary);
        painter.drawText(QPointF(area.right() - metrics.horizontalAdvance(partMarker), baseline), partMarker);
    }
    painter.restore();
    return fits;
}

} // namespace tematik
