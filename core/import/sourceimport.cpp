#include "core/import/sourceimport.h"

#include "core/import/importer.h"
#include "core/import/importerregistry.h"
#include "core/import/inputfile.h"
#include "core/import/speakercasematcher.h"
#include "core/logging.h"
#include "core/store/database.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "core/text/foldedtext.h"
#include "core/text/speakerturnparser.h"

#include <QFileInfo>

namespace tematik {

Result<ImportReport> SourceImport::importFile(Project &project, const QString &path, const ImportOptions &options)
{
    return importFile(project, path, options, ImporterRegistry::standard());
}

Result<ImportReport> SourceImport::importFile(Project &project, const QString &path, const ImportOptions &options,
                                              const ImporterRegistry &registry)
{
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    const auto fail = [&](const QString &reason) { return Error{tr("%1: %2").arg(fileName, reason)}; };

    // A table would import as a page of cells; it holds cases or survey answers, which have their own import.
    static const QStringList tables{QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("xlsx"),
                                    QStringLiteral("xls"), QStringLiteral("ods")};
    if (tables.contains(info.suffix().toLower()))
        return fail(tr("this is a table; import it as a participant table or as a survey"));
    Result<QByteArray> read = InputFile::read(path, options.maxFileSize);
    if (!read)
        return fail(read.error());
    Result<ImportReport> report = importBytes(project, *read, fileName, options, registry, {});
    if (report)
        report->filePath = path;
    return report;
}

Result<ImportReport> SourceImport::importBytes(Project &project, const QByteArray &bytes, const QString &fileName,
                                               const ImportOptions &options, const QString &guid)
{
    return importBytes(project, bytes, fileName, options, ImporterRegistry::standard(), guid);
}

Result<ImportReport> SourceImport::importBytes(Project &project, const QByteArray &bytes, const QString &fileName,
                                               const ImportOptions &options, const ImporterRegistry &registry,
                                               const QString &guid)
{
    Result<PreparedSource> prepared = prepare(bytes, fileName, options, registry, guid);
    if (!prepared)
        return prepared.takeError();
    return store(project, *std::move(prepared));
}

Result<PreparedSource> SourceImport::prepare(const QByteArray &bytes, const QString &fileName,
                                             const ImportOptions &options, const QString &guid)
{
    return prepare(bytes, fileName, options, ImporterRegistry::standard(), guid);
}

Result<PreparedSource> SourceImport::prepare(const QByteArray &bytes, const QString &fileName,
                                             const ImportOptions &options, const ImporterRegistry &registry,
                                             const QString &guid)
{
    const auto fail = [&](const QString &reason) { return Error{tr("%1: %2").arg(fileName, reason)}; };
    const Importer *importer = registry.importerFor(fileName, bytes.left(4096));
    if (!importer)
        return fail(tr("this kind of file cannot be imported"));
    Result<ImportedDocument> doc = importer->read(bytes, options);
    if (!doc)
        return fail(doc.error());

    PreparedSource prepared;
    NewSource &source = prepared.source;
    source.name = QFileInfo(fileName).completeBaseName();
    source.fileName = fileName;
    source.format = importer->id();
    source.encoding = doc->encoding;
    source.original = bytes;
    source.contentHash = SourceStore::hashOf(bytes);
    source.text = doc->text;
    source.turns = doc->turns ? *doc->turns : SpeakerTurnParser::parse(doc->text);
    source.guid = guid;
    source.folded = FoldedText::fold(source.text);
    prepared.format = importer->id();
    prepared.encodingDescription = doc->encodingDescription;
    prepared.warnings = doc->warnings;
    return prepared;
}

Result<ImportReport> SourceImport::store(Project &project, PreparedSource prepared)
{
    const NewSource &source = prepared.source;
    const auto fail = [&](const QString &reason) { return Error{tr("%1: %2").arg(source.fileName, reason)}; };
    ImportReport report;
    report.warnings = prepared.warnings;
    const QList<SourceId> same = project.sources().findByHash(source.contentHash);
    if (!same.isEmpty()) {
        if (const auto earlier = project.sources().find(same.first()))
            report.warnings.append(tr("the same file was imported before as “%1”").arg(earlier->name));
    }

    // The source and the links of its speakers to known cases are one action.
    Transaction tx(project.database());
    if (!tx.isActive())
        return fail(tx.beginStatus().error());
    Result<SourceId> id = project.sources().add(source);
    if (!id)
        return fail(id.error());
    if (Result<int> linked = SpeakerCaseMatcher::match(project, *id); !linked)
        return fail(linked.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    const std::optional<SourceInfo> stored = project.sources().find(*id);
    report.filePath = source.fileName;
    report.sourceId = *id;
    report.sourceName = stored ? stored->name : source.name;
    report.format = prepared.format;
    report.encoding = prepared.encodingDescription;
    report.codePoints = stored ? stored->codePoints : 0;
    report.turns = int(source.turns.size());
    qCInfo(lcImport) << "imported" << source.fileName << "as" << report.sourceName << report.encoding << report.turns
                     << "turns";
    return report;
}

} // namespace tematik
