#include "core/figure/figure.h"

#include <QDir>
#include <QSaveFile>

namespace tematik {

Status Figure::write(Project &project, const FigureOptions &options, const QString &path) const
{
    Result<QByteArray> bytes = svg(project, options);
    if (!bytes)
        return Error{tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), bytes.error())};
    return save(*bytes, path);
}

Status Figure::save(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace tematik
