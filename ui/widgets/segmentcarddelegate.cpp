#include "ui/widgets/segmentcarddelegate.h"

#include "ui/models/segmentlistmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace tematik {
namespace {

constexpr int margin = 8;
constexpr int starWidth = 24;
constexpr int lineGap = 3;

} // namespace

SegmentCardDelegate::SegmentCardDelegate(QAbstractItemView *view) : QStyledItemDelegate(view), m_view(view) {}

QFont SegmentCardDelegate::referenceFont(const QFont &base) const
{
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.9);
    return small;
}

int SegmentCardDelegate::textWidth(int cardWidth) const
{
    return std::max(80, cardWidth - 2 * margin - starWidth);
}

QRect SegmentCardDelegate::starRect(const QRect &rect) const
{
    return QRect(rect.left() + margin, rect.top() + margin - 2, starWidth, starWidth);
}

void SegmentCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QColor textColor = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = selected ? textColor : palette.color(QPalette::PlaceholderText);

    painter->save();
    // The exemplar star: filled and golden when marked, a faint outline to click otherwise.
    const bool exemplar = index.data(SegmentListModel::ExemplarRole).toBool();
    QFont starFont = option.font;
    starFont.setPointSizeF(option.font.pointSizeF() * 1.3);
    painter->setFont(starFont);
    painter->setPen(exemplar ? QColor(0xd9, 0x9a, 0x00) : quiet);
    painter->drawText(starRect(option.rect), Qt::AlignHCenter | Qt::AlignTop,
                      exemplar ? QStringLiteral("★") : QStringLiteral("☆"));

    const int left = option.rect.left() + margin + starWidth;
    const int width = textWidth(option.rect.width());
    const QFont small = referenceFont(option.font);
    const QFontMetrics smallMetrics(small);
    painter->setFont(small);
    painter->setPen(quiet);
    const QRect referenceRect(left, option.rect.top() + margin, width, smallMetrics.height());
    painter->drawText(referenceRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(index.data(SegmentListModel::ReferenceRole).toString(),
                                              Qt::ElideRight, width));

    painter->setFont(option.font);
    painter->setPen(textColor);
    const QRect textRect(left, referenceRect.bottom() + 1 + lineGap, width,
                         option.rect.bottom() - margin - referenceRect.bottom() - lineGap);
    painter->drawText(textRect, Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());

    // A faint rule between cards, so that where one quote ends and the next begins is plain.
    painter->setPen(palette.color(QPalette::Midlight));
    painter->drawLine(option.rect.left() + margin, option.rect.bottom(), option.rect.right() - margin,
                      option.rect.bottom());
    painter->restore();
}

QSize SegmentCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int cardWidth = m_view->viewport()->width();
    const QFontMetrics metrics(option.font);
    const QRect text = metrics.boundingRect(QRect(0, 0, textWidth(cardWidth), 1 << 20), Qt::TextWordWrap,
                                            index.data(Qt::DisplayRole).toString());
    const int height =
        margin + QFontMetrics(referenceFont(option.font)).height() + lineGap + text.height() + margin;
    return QSize(cardWidth, height);
}

bool SegmentCardDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                      const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton &&
            starRect(option.rect).contains(mouse->position().toPoint())) {
            const bool exemplar = index.data(SegmentListModel::ExemplarRole).toBool();
            model->setData(index.siblingAtColumn(SegmentListModel::ExemplarColumn),
                           exemplar ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace tematik
