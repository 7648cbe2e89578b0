#pragma once

#include "core/presentation/slide.h"
#include "ui/models/slidepainter.h"

#include <QWidget>

namespace tematik {

// One slide as the room sees it, drawn by SlidePainter to fill the widget (letterboxed to 16:9): the
// presenter window's projector screen and its preview. Blanked, it is plain black, for when the
// discussion should be about what people say rather than what the screen shows. Keys are the
// presenter's controller's business, not this view's.
class SlideView : public QWidget
{
    Q_OBJECT

public:
    explicit SlideView(QWidget *parent = nullptr);

    void setSlide(const Slide &slide);
    // No slide: the view says so in the slide's colours.
    void clear();
    bool hasSlide() const { return m_hasSlide; }
    const Slide &slide() const { return m_slide; }

    void setStyle(SlideStyle style);
    SlideStyle style() const { return m_style; }

    void setBlanked(bool blanked);
    bool isBlanked() const { return m_blanked; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Slide m_slide;
    bool m_hasSlide = false;
    SlideStyle m_style = SlideStyle::Light;
    bool m_blanked = false;
};

} // namespace tematik
