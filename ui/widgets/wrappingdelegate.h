#pragma once

#include <QStyledItemDelegate>

class QTreeView;
class QWidget;

namespace tematik {

// Draws a tree's items like the standard delegate, with their text wrapped to the column's width and
// rows as tall as the wrapped text. QTreeView paints wrapped text when its wordWrap is on but asks for
// row heights as if the text were one line, so long lines lose their end; this delegate measures
// against the width the item really has, and measures again when the view is resized. The view must
// have wordWrap on and outlive the delegate (make it the delegate's parent).
class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit WrappingDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeView *m_view;
    QWidget *m_viewport; // the view's when the delegate was made
    int m_measuredWidth = -1;
};

} // namespace tematik
