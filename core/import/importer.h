#pragma once

#include "core/import/importeddocument.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tematik {

// One file format that sources can be imported from. Importers are stateless and live in the
// ImporterRegistry, which the file dialogs and the command line both read.
class Importer
{
public:
    virtual ~Importer() = default;

    // Stable id, stored with each source as its format ("txt", "docx", …).
    virtual QString id() const = 0;
    // For the user, translated: "Plain text".
    virtual QString displayName() const = 0;
    // Lower-case extensions without the dot.
    virtual QStringList extensions() const = 0;
    // How sure this importer is that it reads a file, 0 (not at all) to 100 (certain), from its name
    // and first bytes. The registry picks the most confident importer.
    virtual int confidence(const QString &fileName, const QByteArray &head) const = 0;
    // Reads the whole file. Errors say what is wrong with the file; the caller adds its name.
    virtual Result<ImportedDocument> read(const QByteArray &bytes, const ImportOptions &options) const = 0;
};

} // namespace tematik
