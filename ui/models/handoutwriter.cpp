#include "ui/models/handoutwriter.h"

#include "core/io/atomicfile.h"
#include "ui/models/slidepainter.h"

#include <QBuffer>
#include <QDir>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

namespace tematik {

QPageSize HandoutWriter::pageSize()
{
    return QPageSize(QSizeF(254, 142.875), QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
}

Result<QByteArray> HandoutWriter::pdf(const QList<Slide> &slides, const QString &title)
{
    if (slides.isEmpty())
        return Error{tr("there are no slides")};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(pageSize());
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(300);
        pdf.setTitle(title);
        pdf.setCreator(QCoreApplication::applicationName());
        QPainter painter;
        if (!painter.begin(&pdf))
            return Error{tr("the PDF could not be started")};
        const SlidePainter slidePainter(SlideStyle::Light);
        const QRectF page(0, 0, pdf.width(), pdf.height());
        // Page numbers are for finding a slide while talking it over, so they are small and grey.
        QFont numberFont = painter.font();
        numberFont.setPixelSize(qRound(SlidePainter::bodyPixelSize(page.size()) * 0.5));
        for (qsizetype i = 0; i < slides.size(); ++i) {
            if (i > 0 && !pdf.newPage())
                return Error{tr("the PDF could not be continued")};
            slidePainter.paint(painter, page, slides.at(i));
            const QString number = tr("%1 / %2").arg(i + 1).arg(slides.size());
            const QFontMetricsF metrics(numberFont, &pdf);
            const qreal margin = page.height() * 0.03;
            painter.setFont(numberFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(QPointF(page.right() - margin - metrics.horizontalAdvance(number),
                                     page.bottom() - margin - metrics.descent()),
                             number);
        }
        painter.end();
    }
    return bytes;
}

Status HandoutWriter::write(const QList<Slide> &slides, const QString &title, const QString &path)
{
    Result<QByteArray> bytes = pdf(slides, title);
    if (!bytes)
        return Error{tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), bytes.error())};
    return AtomicFile::write(*bytes, path);
}

} // namespace tematik
