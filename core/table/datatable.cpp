#include "core/table/datatable.h"

namespace tematik {

qsizetype DataTable::columnOf(const QString &name) const
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header[i].trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace tematik
