#pragma once

#include "core/presentation/slide.h"

#include <QColor>
#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace tematik {

// Light for a lit room and for paper; Dark for a dimmed room, where a white screen glares.
enum class SlideStyle
{
    Light,
    Dark
};

// Draws one member-checking slide for a projector: large type that people at the back of a room can
// read, black on white or white on black, and nothing from the project beyond what the Slide says (no
// coding colours, no ids, never the presenter's notes). Sizes follow the height of the slide, so a
// slide looks the same in a window, on a projector and on a PDF page.
class SlidePainter
{
    Q_DECLARE_TR_FUNCTIONS(SlidePainter)

public:
    explicit SlidePainter(SlideStyle style = SlideStyle::Light);

    SlideStyle style() const { return m_style; }

    // The smallest text size on a slide, in pixels of the painted area: 28 pt on a 1080-pixel-high
    // screen (the usual floor for projected text), scaled with the height of the 16:9 slide in area.
    static qreal bodyPixelSize(const QSizeF &area);
    // The largest 16:9 rectangle centred in rect: the slide; the rest of rect is background.
    static QRectF slideRect(const QRectF &rect);

    static QColor background(SlideStyle style);
    static QColor foreground(SlideStyle style);

    // Fills rect with the background and draws the slide in its 16:9 middle. Body text and quotes
    // shrink towards the floor when they would not fit; false when even at the floor something had
    // to be cut (the last line shown then ends in "…").
    bool paint(QPainter &painter, const QRectF &rect, const Slide &slide) const;

private:
    SlideStyle m_style;
};

} // namespace tematik
