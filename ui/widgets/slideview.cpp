#include "ui/widgets/slideview.h"

#include <QPainter>

namespace tematik {

SlideView::SlideView(QWidget *parent) : QWidget(parent)
{
    // Every pixel is painted, so Qt need not clear the background first.
    setAttribute(Qt::WA_OpaquePaintEvent);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void SlideView::setSlide(const Slide &slide)
{
    m_slide = slide;
    m_hasSlide = true;
    update();
}

void SlideView::clear()
{
    m_slide = Slide();
    m_hasSlide = false;
    update();
}

void SlideView::setStyle(SlideStyle style)
{
    if (m_style == style)
        return;
    m_style = style;
    update();
}

void SlideView::setBlanked(bool blanked)
{
    if (m_blanked == blanked)
        return;
    m_blanked = blanked;
    update();
}

int SlideView::heightForWidth(int width) const
{
    return width * 9 / 16;
}

QSize SlideView::sizeHint() const
{
    return {640, 360};
}

void SlideView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_blanked) {
        painter.fillRect(rect(), Qt::black);
        return;
    }
    const SlidePainter slidePainter(m_style);
    if (m_hasSlide) {
        slidePainter.paint(painter, rect(), m_slide);
        return;
    }
    painter.fillRect(rect(), SlidePainter::background(m_style));
    QFont font = painter.font();
    font.setPixelSize(qMax(1, qRound(SlidePainter::bodyPixelSize(size()) * 0.6)));
    painter.setFont(font);
    painter.setPen(SlidePainter::foreground(m_style));
    painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No slide to show"));
}

} // namespace tematik
