#include "ui/widgets/themecarddelegate.h"

#include "ui/models/themeboardmodel.h"

#include <QApplication>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace tematik {
namespace {

constexpr int margin = 8; // inside the card
constexpr int stripe = 6; // the colour stripe down the left edge
constexpr int radius = 5;
constexpr int maxNameLines = 2;

QFont boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    return bold;
}

QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.88);
    return small;
}

} // namespace

QString ThemeCardDelegate::countsText(int codings, int sources)
{
    return tr("%1 · %2").arg(tr("%Ln coding(s)", nullptr, codings), tr("%Ln source(s)", nullptr, sources));
}

QStringList ThemeCardDelegate::wrappedLines(const QString &text, const QFont &font, int width, int maxLines)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    QStringList lines;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines.append(QFontMetrics(font).elidedText(text.mid(line.textStart()), Qt::ElideRight, width));
            break;
        }
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

ThemeCardDelegate::ThemeCardDelegate(int listWidth, QObject *parent)
    : QStyledItemDelegate(parent), m_listWidth(listWidth)
{
}

int ThemeCardDelegate::cardWidth(const QStyleOptionViewItem &option) const
{
    const auto *list = qobject_cast<const QListView *>(option.widget);
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    return m_listWidth - 2 * (list ? list->spacing() : 0) - style->pixelMetric(QStyle::PM_ScrollBarExtent);
}

QRect ThemeCardDelegate::nameRect(const QRect &card, const QFontMetrics &bold)
{
    return QRect(card.left() + stripe + margin, card.top() + margin, card.width() - stripe - 2 * margin,
                 bold.lineSpacing() * maxNameLines);
}

QSize ThemeCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFont bold = boldFont(option.font);
    const int width = std::max(cardWidth(option), 80);
    const int textWidth = width - stripe - 2 * margin;
    const auto lines = wrappedLines(index.data().toString(), bold, textWidth, maxNameLines);
    const int height = margin + int(lines.size()) * QFontMetrics(bold).lineSpacing() + 3 +
                       QFontMetrics(smallFont(option.font)).height() + margin;
    return {width, height};
}

void ThemeCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const QRectF card = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QColor color = index.data(ThemeBoardModel::ColorRole).value<QColor>();

    QPainterPath box;
    box.addRoundedRect(card, radius, radius);
    painter->fillPath(box, palette.color(QPalette::Base));
    // The stripe: the card's left edge in the code's colour, clipped to the rounded box.
    painter->save();
    painter->setClipPath(box);
    painter->fillRect(QRectF(card.left(), card.top(), stripe, card.height()), color);
    painter->restore();
    QPen border(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid));
    border.setWidthF(selected ? 2 : 1);
    painter->setPen(border);
    painter->drawPath(box);
    if (option.state.testFlag(QStyle::State_HasFocus) && selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->drawRoundedRect(card.adjusted(3 + stripe, 3, -3, -3), radius - 2, radius - 2);
    }

    const QFont bold = boldFont(option.font);
    const QFont small = smallFont(option.font);
    QRect name = nameRect(option.rect, QFontMetrics(bold));
    const QStringList lines = wrappedLines(index.data().toString(), bold, name.width(), maxNameLines);
    // The height was reckoned for a narrower card; the text sits in the middle of what it did not need.
    const int used =
        2 * margin + int(lines.size()) * QFontMetrics(bold).lineSpacing() + 3 + QFontMetrics(small).height();
    name.translate(0, std::max(0, option.rect.height() - used) / 2);
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    const int lineSpacing = QFontMetrics(bold).lineSpacing();
    for (qsizetype i = 0; i < lines.size(); ++i)
        painter->drawText(QRect(name.left(), name.top() + int(i) * lineSpacing, name.width(), lineSpacing),
                          Qt::AlignLeft | Qt::AlignVCenter, lines[i]);

    painter->setFont(small);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QRect counts(name.left(), name.top() + int(lines.size()) * lineSpacing + 3, name.width(),
                       QFontMetrics(small).height());
    painter->drawText(counts, Qt::AlignLeft | Qt::AlignVCenter,
                      countsText(index.data(ThemeBoardModel::CodingsRole).toInt(),
                                 index.data(ThemeBoardModel::SourcesRole).toInt()));
    painter->restore();
}

} // namespace tematik
