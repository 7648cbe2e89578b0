#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;
class QToolButton;

namespace tematik {

class Project;

// The figures of a project's themes: a chooser of the kind of figure (from the FigureRegistry), a
// chooser of the case attribute for the attribute chart, a scrollable preview that zooms (buttons or
// Ctrl+wheel), and Export… to SVG, PNG or PDF. It redraws after themes, codes, codings or cases change.
class FigureView : public QWidget
{
    Q_OBJECT

public:
    explicit FigureView(Project &project, QWidget *parent = nullptr);
    ~FigureView() override;

    // The figure shown, by FigureRegistry id ("data-structure", …); false if there is none such.
    bool setKind(const QString &id);
    QString kind() const;
    bool setAttribute(const QString &name);
    // The SVG of the figure shown; empty when there is nothing to draw (then message() says why).
    QByteArray svg() const { return m_svg; }
    QString message() const;
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    // Saves the figure shown as SVG, PNG or PDF, by path's extension.
    Status exportTo(const QString &path) const;

public Q_SLOTS:
    // Draws the figure again from the project.
    void refresh();
    void exportWithDialog();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fillAttributes();
    void showPreview();
    void retranslate();

    Project &m_project;
    QComboBox *m_kind;
    QLabel *m_attributeLabel;
    QComboBox *m_attribute;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QLabel *m_zoomLabel;
    QPushButton *m_export;
    QScrollArea *m_scroll;
    QLabel *m_preview;
    QTimer *m_pending; // coalesces a burst of changes into one redraw
    QByteArray m_svg;
    double m_zoom = 1.0;
};

} // namespace tematik
