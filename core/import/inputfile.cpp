#include "core/import/inputfile.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace tematik {

Result<QByteArray> InputFile::read(const QString &path, qint64 maxSize)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("no such file")};
    if (info.isDir())
        return Error{tr("is a folder, not a file")};
    if (info.size() > maxSize)
        return Error{tr("the file is %1, over the limit of %2")
                         .arg(QLocale().formattedDataSize(info.size()), QLocale().formattedDataSize(maxSize))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot be read (%1)").arg(file.errorString())};
    QByteArray bytes = file.readAll();
    if (bytes.size() != info.size())
        return Error{tr("could not be read completely")};
    return bytes;
}

} // namespace tematik
