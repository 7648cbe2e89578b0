#include "core/report/tablewriter.h"

#include "core/io/atomicfile.h"

#include <QDir>

namespace tematik {

Status TableWriter::write(const ReportTable &table, const QString &path) const
{
    const QString name = QDir::toNativeSeparators(path);
    Result<QByteArray> bytes = render(table);
    if (!bytes)
        return Error{tr("Could not write %1: %2").arg(name, bytes.error())};
    return AtomicFile::write(*bytes, path);
}

} // namespace tematik
