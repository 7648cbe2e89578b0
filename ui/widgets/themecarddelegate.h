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
    // listWidth: the narrowest list the cards are shown in. A card's height is reckoned for that width
    // less a scroll bar, so it never depends on the list's current width: a list lays its items out
    // again only when its height changes, so a height from the current width could be stale.
    explicit ThemeCardDelegate(int listWidth, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "12 codings · 7 sources", as a card and a column heading say it.
    static QString countsText(int codings, int sources);
    // The text broken into lines that fit width; past maxLines the last line shown is elided.
    static QStringList wrappedLines(const QString &text, const QFont &font, int width, int maxLines);

private:
    // The narrowest a card can be: the list's width less its spacing and a scroll bar.
    int cardWidth(const QStyleOptionViewItem &option) const;
    // Where the name goes within a card, and how tall it is at most.
    static QRect nameRect(const QRect &card, const QFontMetrics &bold);

    int m_listWidth;
};

} // namespace tematik
