#pragma once

#include "core/presentation/slide.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPageSize>
#include <QString>

namespace tematik {

// The slides of a member-checking meeting as a PDF to hand out or send afterwards: one slide per 16:9
// page, always in the light style (it is read on paper or a screen, not projected), each page numbered
// in its corner. The presenter's notes stay out, as they do on the projector.
class HandoutWriter
{
    Q_DECLARE_TR_FUNCTIONS(HandoutWriter)

public:
    // 254 × 142.875 mm: 16:9, as wide as a landscape A4 page's text leaves room for.
    static QPageSize pageSize();

    // The PDF's bytes; title goes into the document's properties. An error when there are no slides.
    static Result<QByteArray> pdf(const QList<Slide> &slides, const QString &title);
    // Saves atomically (AtomicFile): a failure leaves no partial file; errors name the file.
    static Status write(const QList<Slide> &slides, const QString &title, const QString &path);
};

} // namespace tematik
