#pragma once

#include <QWidget>

namespace tematik {

class DocumentView;

// A strip beside DocumentView's viewport: the coding stripes on the right, turn times on the left. It
// only passes painting and the mouse to the view, which knows where each line is on screen.
class DocumentMargin : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Stripes, Times };

    DocumentMargin(DocumentView *view, Kind kind);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool event(QEvent *event) override;

private:
    DocumentView *m_view;
    Kind m_kind;
};

} // namespace tematik
