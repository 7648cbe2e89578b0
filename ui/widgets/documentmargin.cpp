#include "ui/widgets/documentmargin.h"

#include "ui/widgets/documentview.h"

#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

namespace tematik {

DocumentMargin::DocumentMargin(DocumentView *view, Kind kind) : QWidget(view), m_view(view), m_kind(kind)
{
    if (kind == Kind::Stripes)
        setCursor(Qt::PointingHandCursor);
}

void DocumentMargin::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    if (m_kind == Kind::Stripes)
        m_view->paintStripes(painter, event->rect());
    else
        m_view->paintTimes(painter, event->rect());
}

void DocumentMargin::mousePressEvent(QMouseEvent *event)
{
    if (m_kind != Kind::Stripes || event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_view->selectCoding(m_view->stripeAt(event->position().toPoint()));
}

void DocumentMargin::wheelEvent(QWheelEvent *event)
{
    // The margins scroll with the text, as if they were part of it.
    QApplication::sendEvent(m_view->viewport(), event);
}

bool DocumentMargin::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_kind == Kind::Stripes) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = m_view->stripeToolTip(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace tematik
