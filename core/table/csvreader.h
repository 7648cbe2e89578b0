#pragma once

#include "core/result.h"
#include "core/table/datatable.h"

#include <QCoreApplication>

namespace tematik {

// Comma-, semicolon- or tab-separated tables as spreadsheets export them (RFC 4180 quoting: fields in
// double quotes may hold separators, line breaks and doubled quotes). The separator is the one of the
// three that splits the header line into the most fields outside quotes; Swedish Excel writes ';'.
// Bytes are decoded like plain-text transcripts (UTF-8 with or without BOM, windows-1252, …).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static Result<DataTable> read(const QByteArray &bytes);
    static QChar detectSeparator(const QString &firstLine);
};

} // namespace tematik
