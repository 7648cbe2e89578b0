#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tematik {

// Writes a whole file through QSaveFile: the bytes go to a temporary file in the same folder, renamed
// over the target only once all are written, so a failure leaves no partial file and an existing file as
// it was. Every export (tables, figures) saves this way.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    // An error names the file and says why.
    static Status write(const QByteArray &bytes, const QString &path);
};

} // namespace tematik
