#include "core/report/tablewriter.h"

#include <QDir>
#include <QSaveFile>

namespace tematik {

Status TableWriter::write(const ReportTable &table, const QString &path) const
{
    const QString name = QDir::toNativeSeparators(path);
    Result<QByteArray> bytes = render(table);
    if (!bytes)
        return Error{tr("Could not write %1: %2").arg(name, bytes.error())};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Error{tr("Could not write %1: %2").arg(name, file.errorString())};
    return {};
}

} // namespace tematik
