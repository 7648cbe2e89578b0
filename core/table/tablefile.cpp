#include "core/table/tablefile.h"

#include "core/import/ziparchive.h"
#include "core/table/csvreader.h"
#include "core/table/xlsxreader.h"

#include <QFile>
#include <QFileInfo>

namespace tematik {

Result<DataTable> TableFile::read(const QString &path)
{
    const QFileInfo info(path);
    const auto fail = [&](const QString &reason) { return Error{tr("%1: %2").arg(info.fileName(), reason)}; };
    if (!info.exists())
        return fail(tr("no such file"));
    if (info.size() > maxFileSize)
        return fail(tr("the file is %1 MB, over the limit of %2 MB").arg(info.size() / (1024 * 1024)).arg(maxFileSize / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot be read (%1)").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    Result<DataTable> table = ZipArchive::looksLikeZip(bytes) ? XlsxReader::read(bytes) : CsvReader::read(bytes);
    if (!table)
        return fail(table.error());
    return table;
}

} // namespace tematik
