#include "core/figure/figure.h"

#include "core/io/atomicfile.h"

#include <QDir>

namespace tematik {

Status Figure::write(Project &project, const FigureOptions &options, const QString &path) const
{
    Result<QByteArray> bytes = svg(project, options);
    if (!bytes)
        return Error{tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), bytes.error())};
    return AtomicFile::write(*bytes, path);
}

} // namespace tematik
