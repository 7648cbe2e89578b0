#include "ui/widgets/figureview.h"

#include "core/figure/figure.h"
#include "core/figure/figureregistry.h"
#include "core/store/casestore.h"
#include "core/store/project.h"
#include "core/store/projectnotifier.h"
#include "ui/models/figurerenderer.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <algorithm>

namespace tematik {

namespace {

constexpr double minimumZoom = 0.25;
constexpr double maximumZoom = 4.0;
constexpr double zoomStep = 1.25;

} // namespace

FigureView::FigureView(Project &project, QWidget *parent)
    : QWidget(parent), m_project(project), m_kind(new QComboBox(this)), m_attributeLabel(new QLabel(this)),
      m_attribute(new QComboBox(this)), m_zoomOut(new QToolButton(this)), m_zoomIn(new QToolButton(this)),
      m_zoomLabel(new QLabel(this)), m_export(new QPushButton(this)), m_scroll(new QScrollArea(this)),
      m_preview(new QLabel), m_pending(new QTimer(this))
{
    for (const Figure *figure : FigureRegistry::standard().figures())
        m_kind->addItem(figure->displayName(), figure->id());
    m_attributeLabel->setBuddy(m_attribute);
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("400 %")));
    m_zoomLabel->setAlignment(Qt::AlignCenter);

    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setWordWrap(true);
    m_preview->setBackgroundRole(QPalette::Base);
    m_preview->setAutoFillBackground(true);
    m_scroll->setWidget(m_preview);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->viewport()->installEventFilter(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_kind);
    bar->addWidget(m_attributeLabel);
    bar->addWidget(m_attribute);
    bar->addStretch(1);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);

    m_pending->setSingleShot(true);
    m_pending->setInterval(0);
    connect(m_pending, &QTimer::timeout, this, &FigureView::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FigureView::refresh);
    connect(m_attribute, &QComboBox::currentIndexChanged, this, &FigureView::refresh);
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { setZoom(m_zoom * zoomStep); });
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { setZoom(m_zoom / zoomStep); });
    connect(m_export, &QPushButton::clicked, this, &FigureView::exportWithDialog);

    // Everything a figure draws: themes and their codes, code names and colours, codings, cases.
    ProjectNotifier &notifier = project.notifier();
    const auto later = [this] { m_pending->start(); };
    connect(&notifier, &ProjectNotifier::themeAdded, this, later);
    connect(&notifier, &ProjectNotifier::themeChanged, this, later);
    connect(&notifier, &ProjectNotifier::themeRemoved, this, later);
    connect(&notifier, &ProjectNotifier::codeThemeChanged, this, later);
    connect(&notifier, &ProjectNotifier::codeChanged, this, later);
    connect(&notifier, &ProjectNotifier::codeMoved, this, later);
    connect(&notifier, &ProjectNotifier::codeRemoved, this, later);
    connect(&notifier, &ProjectNotifier::codingsChanged, this, later);
    connect(&notifier, &ProjectNotifier::speakersChanged, this, later);
    connect(&notifier, &ProjectNotifier::casesChanged, this, [this, later] {
        fillAttributes();
        later();
    });

    retranslate();
    fillAttributes();
    refresh();
}

FigureView::~FigureView() = default;

bool FigureView::setKind(const QString &id)
{
    const int index = m_kind->findData(id);
    if (index < 0)
        return false;
    m_kind->setCurrentIndex(index);
    return true;
}

QString FigureView::kind() const
{
    return m_kind->currentData().toString();
}

bool FigureView::setAttribute(const QString &name)
{
    const int index = m_attribute->findText(name);
    if (index < 0)
        return false;
    m_attribute->setCurrentIndex(index);
    return true;
}

QString FigureView::message() const
{
    return m_svg.isEmpty() ? m_preview->text() : QString();
}

void FigureView::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, minimumZoom, maximumZoom);
    showPreview();
}

Status FigureView::exportTo(const QString &path) const
{
    if (m_svg.isEmpty())
        return Error{tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), message())};
    return FigureRenderer::write(m_svg, path);
}

void FigureView::refresh()
{
    m_pending->stop();
    const Figure *figure = FigureRegistry::standard().find(kind());
    if (!figure)
        return;
    m_attributeLabel->setVisible(figure->needsAttribute());
    m_attribute->setVisible(figure->needsAttribute());
    Result<QByteArray> svg = figure->svg(m_project, FigureOptions{m_attribute->currentText()});
    if (svg) {
        m_svg = *svg;
    } else {
        m_svg.clear();
        m_preview->setPixmap({});
        m_preview->setText(svg.error());
    }
    m_export->setEnabled(!m_svg.isEmpty());
    showPreview();
}

void FigureView::exportWithDialog()
{
    const Figure *figure = FigureRegistry::standard().find(kind());
    if (m_svg.isEmpty() || !figure)
        return;
    QString selected = tr("PNG image (*.png)");
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export Figure"), figure->id() + QStringLiteral(".png"),
                                     FigureRenderer::fileDialogFilter(), &selected);
    if (path.isEmpty())
        return;
    // A name typed without an extension gets the one of the chosen filter.
    if (QFileInfo(path).suffix().isEmpty()) {
        const qsizetype star = selected.indexOf(QLatin1String("*."));
        path += selected.mid(star + 1, selected.indexOf(u')', star) - star - 1);
    }
    if (Status written = exportTo(path); !written)
        QMessageBox::warning(this, tr("Export Figure"), written.error());
}

bool FigureView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            setZoom(wheel->angleDelta().y() > 0 ? m_zoom * zoomStep : m_zoom / zoomStep);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FigureView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FigureView::fillAttributes()
{
    const QString current = m_attribute->currentText();
    const QSignalBlocker blocker(m_attribute);
    m_attribute->clear();
    for (const AttributeInfo &attribute : m_project.cases().attributes())
        m_attribute->addItem(attribute.name);
    m_attribute->setCurrentIndex(std::max(0, m_attribute->findText(current)));
}

void FigureView::showPreview()
{
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_zoom * 100)));
    m_zoomOut->setEnabled(m_zoom > minimumZoom);
    m_zoomIn->setEnabled(m_zoom < maximumZoom);
    if (m_svg.isEmpty())
        return;
    // Drawn at the screen's pixel density, so that the preview is as sharp as the screen allows.
    const double ratio = devicePixelRatioF();
    Result<QImage> image = FigureRenderer::image(m_svg, m_zoom * ratio);
    if (!image) {
        m_preview->setText(image.error());
        return;
    }
    QPixmap pixmap = QPixmap::fromImage(*image);
    pixmap.setDevicePixelRatio(ratio);
    m_preview->setText({});
    m_preview->setPixmap(pixmap);
}

void FigureView::retranslate()
{
    for (int i = 0; i < m_kind->count(); ++i) {
        if (const Figure *figure = FigureRegistry::standard().find(m_kind->itemData(i).toString()))
            m_kind->setItemText(i, figure->displayName());
    }
    m_attributeLabel->setText(tr("&Attribute:"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel)"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    m_export->setText(tr("&Export…"));
    m_export->setToolTip(tr("Save the figure as SVG, PNG or PDF"));
}

} // namespace tematik
