#include "core/table/tablefile.h"

#include "core/import/inputfile.h"
#include "core/import/ziparchive.h"
#include "core/table/csvreader.h"
#include "core/table/xlsxreader.h"

#include <QFileInfo>

namespace tematik {

Result<DataTable> TableFile::read(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    Result<QByteArray> bytes = InputFile::read(path, maxFileSize);
    if (!bytes)
        return Error{tr("%1: %2").arg(fileName, bytes.error())};
    Result<DataTable> table = parse(*bytes);
    if (!table)
        return Error{tr("%1: %2").arg(fileName, table.error())};
    return table;
}

Result<DataTable> TableFile::parse(const QByteArray &bytes)
{
    return ZipArchive::looksLikeZip(bytes) ? XlsxReader::read(bytes) : CsvReader::read(bytes);
}

} // namespace tematik
