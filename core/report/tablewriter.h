#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tematik {

struct ReportTable;

// One file format that report tables can be written in. Writers are stateless and live in the
// TableWriterRegistry, which the export dialogs and `tematik-cli export table` both read.
class TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(TableWriter)

public:
    virtual ~TableWriter() = default;

    virtual QString id() const = 0;          // "csv", "xlsx", …
    virtual QString displayName() const = 0; // for the user, translated
    virtual QString extension() const = 0;   // lower case, without the dot

    // The whole file's bytes. An error says what could not be written and why; the caller adds the
    // file's name.
    virtual Result<QByteArray> render(const ReportTable &table) const = 0;

    // Renders the table and saves it atomically through QSaveFile (a temporary file in the same
    // folder, renamed over the target): a failure leaves no partial file and an existing file as it
    // was. Errors name the file.
    Status write(const ReportTable &table, const QString &path) const;
};

} // namespace tematik
