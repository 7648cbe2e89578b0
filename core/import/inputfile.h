#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace tematik {

// Reads a whole file that the user chose to import, refusing what cannot be one (a folder, a file too
// large to read safely) before reading it. Errors are the reason only; callers name the file.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    static Result<QByteArray> read(const QString &path, qint64 maxSize);
};

} // namespace tematik
