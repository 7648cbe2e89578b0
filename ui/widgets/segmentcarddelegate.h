#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace tematik {

// Shows a retrieved segment (a row of SegmentListModel) as a card for reading: a star that marks it as
// an exemplar, a small line saying where it is from (source · speaker · case · code), and the words of
// the segment wrapped to the width of the view. Clicking the star toggles the exemplar mark.
class SegmentCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // view: whose width the text wraps to.
    explicit SegmentCardDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The star's place in a card drawn in rect.
    QRect starRect(const QRect &rect) const;

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    QFont referenceFont(const QFont &base) const;
    // The width the segment's words wrap to in a card of the given width.
    int textWidth(int cardWidth) const;

    QAbstractItemView *m_view;
};

} // namespace tematik
