#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class QMimeData;

namespace tematik {

class ThemeBoardModel;

// The heading of a part of the theme board: a theme's column (name, status badge and counts), a
// dimension's band across the columns of its themes, the tray's heading, or, for no index, the band
// over the themes in no dimension. A theme or dimension heading can be dragged (to move the theme);
// themes and cards dropped on a heading go where the model says (ThemeBoardModel::dropMimeData).
class ThemeHeader : public QWidget
{
    Q_OBJECT

public:
    ThemeHeader(ThemeBoardModel &model, const QPersistentModelIndex &index, QWidget *parent = nullptr);

    const QPersistentModelIndex &index() const { return m_index; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The badge's words and colour for a theme's status.
    static QString statusText(int status);
    static QColor statusColor(int status);

Q_SIGNALS:
    // Double-click: the researcher wants to rename the theme or dimension.
    void renameRequested();
    // Enter: show the theme's coded segments.
    void activated();
    void menuRequested(const QPoint &globalPos);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool isBand() const;
    int titleLines() const;
    QString countsLine() const;
    bool canTake(const QMimeData *dropped) const;

    ThemeBoardModel &m_model;
    QPersistentModelIndex m_index;
    QPoint m_pressedAt;
    bool m_dropTarget = false; // something droppable is dragged over it
};

} // namespace tematik
