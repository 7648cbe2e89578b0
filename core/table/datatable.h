#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tematik {

// A table as read from a CSV or XLSX file: a header row and data rows of text cells. An empty cell is
// an empty string (missing data); rows are padded to the header's width.
struct DataTable
{
    QStringList header;
    QList<QStringList> rows;
    QString encoding; // for CSV: how the bytes were decoded
    QStringList warnings;

    qsizetype columnOf(const QString &name) const; // case-insensitive; -1 if absent
};

} // namespace tematik
