#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tematik {

// A table as read from a CSV or XLSX file: a header row and data rows of text cells. An empty cell is
// an empty string (missing data); rows are padded to the header's width.
struct DataTable
{
    // The most a table may hold; the readers refuse more as they read. Without a limit a small file
    // becomes a huge table: a header of many separators pads every short row below it out to its width.
    // Spreadsheets stop at 16,384 columns, and ten million cells is far beyond any participant table or
    // survey.
    static constexpr qsizetype maxColumns = 16384;
    static constexpr qsizetype maxCells = 10'000'000;

    QStringList header;
    QList<QStringList> rows;
    QString encoding; // for CSV: how the bytes were decoded
    QStringList warnings;

    qsizetype columnOf(const QString &name) const; // case-insensitive; -1 if absent
};

} // namespace tematik
