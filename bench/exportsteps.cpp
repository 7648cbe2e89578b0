#include "bench/exportsteps.h"

#include "core/interchange/qdpxexporter.h"
#include "core/interchange/qdpximporter.h"
#include "core/report/meaningunittable.h"
#include "core/report/reportoptions.h"
#include "core/report/tablewriter.h"
#include "core/report/tablewriterregistry.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

namespace tematik {

ExportSteps::ExportSteps(const QString &referencePath) : m_referencePath(referencePath) {}

QList<BenchStep> ExportSteps::steps()
{
    const auto step = [this](const QString &extension) {
        return BenchStep{
            QStringLiteral("export_") + extension,
            QStringLiteral("TableWriter::write of the 20,000 coded segments (text | code | source) as .%1, "
                           "from a table built untimed")
                .arg(extension),
            [this, extension] { return exportTable(extension); }};
    };
    return {step(QStringLiteral("xlsx")), step(QStringLiteral("docx")),
            BenchStep{QStringLiteral("export_meaning_units"),
                      QStringLiteral("MeaningUnitTable::build of every coded segment (meaning unit | code | theme) "
                                     "and TableWriter::write of it as .xlsx, from the project opened untimed"),
                      [this] { return exportMeaningUnits(); }},
            BenchStep{QStringLiteral("export_qdpx"),
                      QStringLiteral("QdpxExporter::writeFile of the reference project (20 texts, 20,000 codings) "
                                     "as REFI-QDA project exchange, from the project opened untimed"),
                      [this] { return exportQdpx(); }},
            BenchStep{QStringLiteral("import_qdpx"),
                      QStringLiteral("QdpxImporter::import of that .qdpx (written once, untimed) into a new empty "
                                     "project, created untimed; zip, XML, texts, speaker turns, 20,000 codings, commit"),
                      [this] { return importQdpx(); }}};
}

// Until the meaning-unit table with themes is in core, every coded segment stands in for a meaning
// unit: the same columns and the same number of rows of the same length.
Status ExportSteps::prepare()
{
    if (m_prepared)
        return {};
    if (!m_folder.isValid())
        return Error{QStringLiteral("cannot make a temporary folder: %1").arg(m_folder.errorString())};
    Result<std::unique_ptr<Project>> project = Project::open(m_referencePath, true);
    if (!project)
        return project.takeError();
    QHash<CodeId, QString> codeNames;
    for (const Code &code : (*project)->codes().list())
        codeNames.insert(code.id, code.name);
    m_table.title = QStringLiteral("Meaning units");
    m_table.header = {QStringLiteral("Meaning unit"), QStringLiteral("Code"), QStringLiteral("Source")};
    CodingStore &codings = (*project)->codings();
    for (const CodedSegment &segment : codings.segmentsOf(codings.all()))
        m_table.rows.append({segment.text, codeNames.value(segment.coding.codeId), segment.sourceName});
    m_prepared = true;
    return {};
}

Result<Lap> ExportSteps::exportTable(const QString &extension)
{
    if (Status prepared = prepare(); !prepared)
        return prepared.takeError();
    const QString path = m_folder.filePath(QStringLiteral("meaning-units.") + extension);
    const TableWriter *writer = TableWriterRegistry::standard().writerFor(path);
    QElapsedTimer timer;
    timer.start();
    const Status written = writer->write(m_table, path);
    const qint64 elapsed = timer.nsecsElapsed();
    if (!written)
        return written.takeError();
    const QLocale english(QLocale::English);
    return Lap{elapsed,
               QStringLiteral("%1 rows, %2 bytes")
                   .arg(english.toString(m_table.rows.size()), english.toString(QFileInfo(path).size()))};
}

Result<Project *> ExportSteps::project()
{
    if (!m_project) {
        Result<std::unique_ptr<Project>> project = Project::open(m_referencePath, true);
        if (!project)
            return project.takeError();
        m_project = std::move(*project);
    }
    return m_project.get();
}

Result<Lap> ExportSteps::exportMeaningUnits()
{
    if (!m_folder.isValid())
        return Error{QStringLiteral("cannot make a temporary folder: %1").arg(m_folder.errorString())};
    Result<Project *> opened = project();
    if (!opened)
        return opened.takeError();
    const QString path = m_folder.filePath(QStringLiteral("table-2.xlsx"));
    ReportOptions options;
    options.exemplarsOnly = false;
    QElapsedTimer timer;
    timer.start();
    const ReportTable table = MeaningUnitTable::build(**opened, options);
    const Status written = TableWriterRegistry::standard().writerFor(path)->write(table, path);
    const qint64 elapsed = timer.nsecsElapsed();
    if (!written)
        return written.takeError();
    const QLocale english(QLocale::English);
    return Lap{elapsed, QStringLiteral("%1 rows, %2 bytes")
                            .arg(english.toString(table.rows.size()), english.toString(QFileInfo(path).size()))};
}

Result<Lap> ExportSteps::exportQdpx()
{
    if (!m_folder.isValid())
        return Error{QStringLiteral("cannot make a temporary folder: %1").arg(m_folder.errorString())};
    if (Result<Project *> opened = project(); !opened)
        return opened.takeError();
    const QString path = m_folder.filePath(QStringLiteral("reference.qdpx"));
    QElapsedTimer timer;
    timer.start();
    const Status written = QdpxExporter::writeFile(*m_project, path);
    const qint64 elapsed = timer.nsecsElapsed();
    if (!written)
        return written.takeError();
    const QLocale english(QLocale::English);
    return Lap{elapsed, QStringLiteral("%1 codings, %2 bytes")
                            .arg(english.toString(m_project->counts().codings), english.toString(QFileInfo(path).size()))};
}

Result<Lap> ExportSteps::importQdpx()
{
    const QString qdpx = m_folder.filePath(QStringLiteral("reference.qdpx"));
    if (!QFileInfo::exists(qdpx)) {
        if (Result<Lap> exported = exportQdpx(); !exported)
            return exported.takeError();
    }
    const QString path = m_folder.filePath(QStringLiteral("imported-%1.tematik").arg(++m_imports));
    Result<std::unique_ptr<Project>> project = Project::create(path);
    if (!project)
        return project.takeError();
    QElapsedTimer timer;
    timer.start();
    Result<InterchangeReport> report = QdpxImporter::import(**project, qdpx);
    const qint64 elapsed = timer.nsecsElapsed();
    if (!report)
        return report.takeError();
    const int codings = (*project)->counts().codings;
    if (codings != m_project->counts().codings)
        return Error{QStringLiteral("import_qdpx: %1 codings came in, not %2").arg(codings).arg(m_project->counts().codings)};
    const QLocale english(QLocale::English);
    return Lap{elapsed, QStringLiteral("%1 codings, %2 sources")
                            .arg(english.toString(codings), english.toString((*project)->counts().sources))};
}

} // namespace tematik
