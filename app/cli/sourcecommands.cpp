#include "app/cli/commandline.h"

#include "core/demo/demoproject.h"
#include "core/import/importer.h"
#include "core/interchange/qdcimporter.h"
#include "core/interchange/qdpximporter.h"
#include "core/import/importerregistry.h"
#include "core/import/sourceimport.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"

#include <QFileInfo>

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// tematik-cli commands on projects and sources: new, import, sources, text, turns, info, formats, demo.

namespace tematik {
namespace {

QJsonValue optionalMs(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(double(*ms)) : QJsonValue(QJsonValue::Null);
}

} // namespace

int CommandLine::runNew(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("new takes one project file"));
    Result<std::unique_ptr<Project>> project = Project::create(args[0], m_projectName);
    if (!project)
        return fail(project.error());
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("created"), args[0]}, {QStringLiteral("name"), (*project)->name()}});
    else
        m_out << tr("Created %1").arg(args[0]) << '\n';
    return 0;
}

int CommandLine::runImport(const QStringList &args)
{
    if (args.size() < 2)
        return usage(tr("import takes a project and at least one file"));
    const auto isQdpx = [](const QString &file) {
        return QFileInfo(file).suffix().compare(QLatin1String("qdpx"), Qt::CaseInsensitive) == 0;
    };
    if (std::any_of(args.cbegin() + 1, args.cend(), isQdpx)) {
        if (args.size() != 2)
            return usage(tr("a REFI-QDA project (.qdpx) is imported on its own, into a new or empty project"));
        return importQdpx(args[0], args[1]);
    }
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    ImportOptions options;
    options.forcedEncoding = m_encoding;
    int failures = 0;
    QJsonArray reports;
    for (const QString &file : args.mid(1)) {
        // A REFI-QDA codebook brings codes, not a source; it is told by its extension alone because its
        // content is XML like many sources'.
        if (QFileInfo(file).suffix().compare(QLatin1String("qdc"), Qt::CaseInsensitive) == 0) {
            if (!printCodebookImport(*project, file, reports))
                ++failures;
            continue;
        }
        Result<ImportReport> report = SourceImport::importFile(*project, file, options);
        if (!report) {
            ++failures;
            if (m_json)
                reports.append(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("error"), report.error()}});
            else
                fail(report.error());
            continue;
        }
        if (m_json) {
            reports.append(QJsonObject{{QStringLiteral("file"), file},
                                       {QStringLiteral("source"), report->sourceName},
                                       {QStringLiteral("id"), double(report->sourceId)},
                                       {QStringLiteral("format"), report->format},
                                       {QStringLiteral("encoding"), report->encoding},
                                       {QStringLiteral("codePoints"), double(report->codePoints)},
                                       {QStringLiteral("turns"), report->turns},
                                       {QStringLiteral("warnings"), QJsonArray::fromStringList(report->warnings)}});
        } else {
            m_out << tr("Imported %1 as “%2”: %3, %4, %5, %6")
                         .arg(QFileInfo(file).fileName(), report->sourceName, report->format, report->encoding,
                              tr("%Ln character(s)", nullptr, int(report->codePoints)),
                              tr("%n speaker turn(s)", nullptr, report->turns))
                  << '\n';
            for (const QString &w : report->warnings)
                m_out << "  " << tr("warning: %1").arg(w) << '\n';
        }
    }
    if (m_json)
        printJson(reports);
    return failures == 0 ? 0 : 1;
}

// A project file that does not exist yet is made for the .qdpx, and removed again if the import fails;
// an existing one must be empty.
int CommandLine::importQdpx(const QString &projectPath, const QString &file)
{
    std::unique_ptr<Project> project;
    Result<InterchangeReport> report = Error{};
    if (QFileInfo::exists(projectPath)) {
        project = openProject(projectPath);
        if (!project)
            return 1;
        report = QdpxImporter::import(*project, file);
    } else {
        Result<QdpxImporter::NewProject> imported = QdpxImporter::importAsNewProject(file, projectPath);
        if (imported) {
            project = std::move(imported->project);
            report = std::move(imported->report);
        } else {
            report = imported.takeError();
        }
    }
    if (!report)
        return fail(report.error());
    if (m_json) {
        QJsonObject json = report->toJson();
        json.insert(QStringLiteral("file"), file);
        json.insert(QStringLiteral("project"), projectPath);
        json.insert(QStringLiteral("format"), QStringLiteral("REFI-QDA project"));
        printJson(json);
    } else {
        m_out << tr("Imported the project %1 into %2. %3")
                     .arg(QFileInfo(file).fileName(), QFileInfo(projectPath).fileName(), report->toText());
    }
    return 0;
}

bool CommandLine::printCodebookImport(Project &project, const QString &file, QJsonArray &reports)
{
    Result<InterchangeReport> report = QdcImporter::import(project, file);
    if (!report) {
        if (m_json)
            reports.append(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("error"), report.error()}});
        else
            fail(report.error());
        return false;
    }
    if (m_json) {
        QJsonObject json = report->toJson();
        json.insert(QStringLiteral("file"), file);
        json.insert(QStringLiteral("format"), QStringLiteral("REFI-QDA codebook"));
        reports.append(json);
    } else {
        m_out << tr("Imported the codebook %1. %2").arg(QFileInfo(file).fileName(), report->toText());
    }
    return true;
}

int CommandLine::runSources(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("sources takes one project file"));
    std::unique_ptr<Project> project = openProjectToRead(args[0]);
    if (!project)
        return 1;
    QJsonArray list;
    for (const SourceInfo &s : project->sources().list()) {
        if (m_json) {
            list.append(QJsonObject{{QStringLiteral("id"), double(s.id)},
                                    {QStringLiteral("name"), s.name},
                                    {QStringLiteral("file"), s.fileName},
                                    {QStringLiteral("format"), s.format},
                                    {QStringLiteral("encoding"), s.encoding},
                                    {QStringLiteral("codePoints"), double(s.codePoints)},
                                    {QStringLiteral("turns"), project->sources().turnCount(s.id)},
                                    {QStringLiteral("sha256"), s.contentHash},
                                    {QStringLiteral("imported"), s.importedAt.toString(Qt::ISODateWithMs)}});
        } else {
            m_out << s.id << '\t' << s.name << '\t' << s.format << '\t' << s.encoding << '\t' << s.codePoints
                  << '\t' << project->sources().turnCount(s.id) << '\n';
        }
    }
    if (m_json)
        printJson(list);
    return 0;
}

int CommandLine::runText(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("text takes a project and a source"));
    std::optional<SourceId> source;
    std::unique_ptr<Project> project = openProjectToRead(args, source);
    if (!project)
        return 1;
    const SourceId id = *source;
    Result<QString> text = project->sources().text(id);
    if (!text)
        return fail(text.error());
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("id"), double(id)}, {QStringLiteral("text"), *text}});
    else
        m_out << *text;
    return 0;
}

int CommandLine::runTurns(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("turns takes a project and a source"));
    std::optional<SourceId> source;
    std::unique_ptr<Project> project = openProjectToRead(args, source);
    if (!project)
        return 1;
    const SourceId id = *source;
    QJsonArray list;
    for (const SpeakerTurn &t : project->sources().turns(id)) {
        if (m_json) {
            list.append(QJsonObject{{QStringLiteral("speaker"), t.speaker},
                                    {QStringLiteral("start"), double(t.start)},
                                    {QStringLiteral("textStart"), double(t.textStart)},
                                    {QStringLiteral("end"), double(t.end)},
                                    {QStringLiteral("beginMs"), optionalMs(t.beginMs)},
                                    {QStringLiteral("endMs"), optionalMs(t.endMs)}});
        } else {
            m_out << t.speaker << '\t' << t.start << '\t' << t.end;
            if (t.beginMs)
                m_out << '\t' << *t.beginMs << '\t' << t.endMs.value_or(*t.beginMs);
            m_out << '\n';
        }
    }
    if (m_json)
        printJson(list);
    return 0;
}

int CommandLine::runInfo(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("info takes one project file"));
    std::unique_ptr<Project> project = openProjectToRead(args[0]);
    if (!project)
        return 1;
    const ProjectCounts c = project->counts();
    const QList<std::pair<QString, qint64>> rows{
        {QStringLiteral("sources"), c.sources}, {QStringLiteral("codePoints"), c.codePoints},
        {QStringLiteral("turns"), c.turns},     {QStringLiteral("speakers"), c.speakers},
        {QStringLiteral("codes"), c.codes},     {QStringLiteral("codings"), c.codings},
        {QStringLiteral("cases"), c.cases},     {QStringLiteral("themes"), c.themes},
        {QStringLiteral("memos"), c.memos},     {QStringLiteral("coders"), c.coders}};
    if (m_json) {
        QJsonObject o{{QStringLiteral("name"), project->name()}};
        for (const auto &[key, value] : rows)
            o.insert(key, double(value));
        printJson(o);
    } else {
        m_out << "name\t" << project->name() << '\n';
        for (const auto &[key, value] : rows)
            m_out << key << '\t' << value << '\n';
    }
    return 0;
}

int CommandLine::runFormats(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("formats takes no arguments"));
    QJsonArray list;
    for (const Importer *i : ImporterRegistry::standard().importers()) {
        if (m_json) {
            list.append(QJsonObject{{QStringLiteral("id"), i->id()},
                                    {QStringLiteral("name"), i->displayName()},
                                    {QStringLiteral("extensions"), QJsonArray::fromStringList(i->extensions())}});
        } else {
            m_out << i->id() << '\t' << i->displayName() << '\t' << i->extensions().join(QStringLiteral(", ")) << '\n';
        }
    }
    if (m_json)
        printJson(list);
    return 0;
}

int CommandLine::runDemo(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("demo takes one project file"));
    Result<std::unique_ptr<Project>> project =
        DemoProject::create(args[0], m_coded ? DemoProject::Stage::Coded : DemoProject::Stage::Analysed);
    if (!project)
        return fail(project.error());
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("created"), args[0]}});
    else
        m_out << tr("Created the demo project %1").arg(args[0]) << '\n';
    return 0;
}

} // namespace tematik
