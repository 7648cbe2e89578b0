#pragma once

#include <QStyledItemDelegate>

namespace tematik {

// Paints a code on the theme board as a card: a rounded box with the code's colour as a stripe down
// its left edge, its name (on up to two lines) and how much it is used ("12 codings · 7 sources").
// Cards fill the width of their column.
class ThemeCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "12 codings · 7 sources", as a card and a column heading say it.
    static QString countsText(int codings, int sources);

private:
    // The card's width: its column's, less the list's spacing.
    static int cardWidth(const QStyleOptionViewItem &option);
    // Where the name goes within a card of this width, and how tall it is at most.
    static QRect nameRect(const QRect &card, const QFontMetrics &bold);
};

} // namespace tematik
