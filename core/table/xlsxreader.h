#pragma once

#include "core/result.h"
#include "core/table/datatable.h"

#include <QCoreApplication>

namespace tematik {

// The first worksheet of an Excel workbook (.xlsx) as a table of text. Shared and inline strings,
// numbers (as written, percentages as "75%"), booleans and dates (ISO 8601, from the cell's number
// format) are read; formulas give their cached value.
//
// Written by hand over ZipArchive and QXmlStreamReader: Debian 12 packages no library that reads
// XLSX from C or C++ (libxlsxwriter only writes, FreeXL 1.0 reads only the older .xls).
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    static Result<DataTable> read(const QByteArray &bytes);
    // "A" → 0, "AB" → 27; -1 for no letters.
    static int columnIndex(QStringView cellReference);
};

} // namespace tematik
