#pragma once

#include "core/result.h"
#include "core/table/datatable.h"

#include <QCoreApplication>

namespace tematik {

// Reads a participant or survey table from a file: XLSX by its ZIP signature, otherwise CSV.
class TableFile
{
    Q_DECLARE_TR_FUNCTIONS(TableFile)

public:
    static constexpr qint64 maxFileSize = 64 * 1024 * 1024;
    // Errors name the file.
    static Result<DataTable> read(const QString &path);
    // A table already read into memory; errors are the reason only.
    static Result<DataTable> parse(const QByteArray &bytes);
};

} // namespace tematik
