#include "ui/widgets/wrappingdelegate.h"

#include <QEvent>
#include <QTreeView>

namespace tematik {

WrappingDelegate::WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view), m_viewport(view->viewport())
{
    m_viewport->installEventFilter(this);
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    int depth = m_view->rootIsDecorated() ? 1 : 0;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ++depth;
    const int indent = index.column() == 0 ? depth * m_view->indentation() : 0;
    QStyleOptionViewItem measured = option;
    // The style wraps to the width of the option's rectangle when that is valid, which takes a height too.
    measured.rect = QRect(0, 0, qMax(m_view->columnWidth(index.column()) - indent, 40), 1);
    measured.features |= QStyleOptionViewItem::WrapText;
    return QStyledItemDelegate::sizeHint(measured, index);
}

bool WrappingDelegate::eventFilter(QObject *watched, QEvent *event)
{
    // A narrower view wraps more: the rows are measured again (the view lays them out once, later).
    // The viewport's events go on while the view is destroyed, when it is no longer a QTreeView: only a
    // resize of the viewport, which comes only while the view is whole, asks anything of the view.
    if (event->type() == QEvent::Resize && watched == m_viewport &&
        m_view->width() != m_measuredWidth) {
        m_measuredWidth = m_view->width();
        Q_EMIT sizeHintChanged(QModelIndex());
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace tematik
