#pragma once

#include "core/import/importeddocument.h"
#include "core/model/ids.h"
#include "core/result.h"
#include "core/store/sourcestore.h"

#include <QCoreApplication>
#include <QStringList>

namespace tematik {

class ImporterRegistry;
class Project;

// What became of one imported file, for the per-file report the app and the command line show.
struct ImportReport
{
    QString filePath;
    SourceId sourceId = 0;
    QString sourceName;
    QString format;   // importer id
    QString encoding; // how the text was decoded, for the user
    qint64 codePoints = 0;
    int turns = 0;
    QStringList warnings;
};

// A file read and understood, not yet stored: what an import does before it touches the project.
struct PreparedSource
{
    NewSource source;
    QString format;              // importer id
    QString encodingDescription; // how the text was decoded, for the user
    QStringList warnings;
};

// Imports one file as a source: reads it, lets the registry choose an importer by name and content,
// finds speaker turns, and stores it all in one transaction. A file that fails leaves nothing behind,
// and the error names the file and the reason.
class SourceImport
{
    Q_DECLARE_TR_FUNCTIONS(SourceImport)

public:
    static Result<ImportReport> importFile(Project &project, const QString &path, const ImportOptions &options = {});
    static Result<ImportReport> importFile(Project &project, const QString &path, const ImportOptions &options,
                                           const ImporterRegistry &registry);
    // The same for a file's bytes already read (from an archive, say); fileName chooses the importer
    // and names the source and messages. A non-empty guid is kept as the source's GUID.
    static Result<ImportReport> importBytes(Project &project, const QByteArray &bytes, const QString &fileName,
                                            const ImportOptions &options, const QString &guid = {});

    // The two halves of importBytes, for a caller that reads files on one thread and stores them on
    // another: prepare() touches no project (it decodes, finds speaker turns, hashes and folds the text
    // for the search index) and is safe on any thread; store() writes what it made in one transaction.
    static Result<PreparedSource> prepare(const QByteArray &bytes, const QString &fileName,
                                          const ImportOptions &options, const QString &guid = {});
    static Result<ImportReport> store(Project &project, PreparedSource prepared);

private:
    static Result<ImportReport> importBytes(Project &project, const QByteArray &bytes, const QString &fileName,
                                            const ImportOptions &options, const ImporterRegistry &registry,
                                            const QString &guid);
    static Result<PreparedSource> prepare(const QByteArray &bytes, const QString &fileName,
                                          const ImportOptions &options, const ImporterRegistry &registry,
                                          const QString &guid);
};

} // namespace tematik
