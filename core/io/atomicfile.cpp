#include "core/io/atomicfile.h"

#include <QDir>
#include <QSaveFile>

namespace tematik {

Status AtomicFile::write(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace tematik
