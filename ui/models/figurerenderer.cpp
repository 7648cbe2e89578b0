#include "ui/models/figurerenderer.h"

#include "core/figure/figure.h"
#include "core/io/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <cmath>

namespace tematik {

namespace {

QString nameOf(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Result<QImage> FigureRenderer::image(const QByteArray &svg, double scale)
{
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return Error{tr("the figure is not a valid SVG image")};
    const QSize size(int(std::ceil(renderer.defaultSize().width() * scale)),
                     int(std::ceil(renderer.defaultSize().height() * scale)));
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

Status FigureRenderer::writePng(const QByteArray &svg, const QString &path, double scale)
{
    Result<QImage> drawn = image(svg, scale);
    if (!drawn)
        return Error{tr("Could not write %1: %2").arg(nameOf(path), drawn.error())};
    // Dots per metre, so that a word processor inserts the PNG at the figure's intended size.
    const int dotsPerMetre = int(std::lround(96 * scale / 0.0254));
    drawn->setDotsPerMeterX(dotsPerMetre);
    drawn->setDotsPerMeterY(dotsPerMetre);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !drawn->save(&file, "PNG") || !file.commit())
        return Error{tr("Could not write %1: %2").arg(nameOf(path), file.errorString())};
    return {};
}

Status FigureRenderer::writePdf(const QByteArray &svg, const QString &path)
{
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return Error{
            tr("Could not write %1: %2").arg(nameOf(path), tr("the figure is not a valid SVG image"))};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Could not write %1: %2").arg(nameOf(path), file.errorString())};
    {
        // SVG pixels are 1/96 inch, PDF points 1/72 inch.
        const QSizeF points = QSizeF(renderer.defaultSize()) * 72.0 / 96.0;
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(300);
        pdf.setCreator(QCoreApplication::applicationName());
        QPainter painter;
        if (!painter.begin(&pdf))
            return Error{tr("Could not write %1: %2").arg(nameOf(path), tr("the PDF could not be started"))};
        renderer.render(&painter, QRectF(0, 0, pdf.width(), pdf.height()));
        painter.end();
    }
    if (!file.commit())
        return Error{tr("Could not write %1: %2").arg(nameOf(path), file.errorString())};
    return {};
}

Status FigureRenderer::write(const QByteArray &svg, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return AtomicFile::write(svg, path);
    if (suffix == QLatin1String("png"))
        return writePng(svg, path);
    if (suffix == QLatin1String("pdf"))
        return writePdf(svg, path);
    return Error{tr("Could not write %1: a figure is saved as .svg, .png or .pdf").arg(nameOf(path))};
}

QString FigureRenderer::fileDialogFilter()
{
    return QStringList{tr("SVG image (*.svg)"), tr("PNG image (*.png)"), tr("PDF document (*.pdf)")}.join(
        QLatin1String(";;"));
}

} // namespace tematik
