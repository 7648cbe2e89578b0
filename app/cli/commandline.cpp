#include "app/cli/commandline.h"

#include "core/demo/demoproject.h"
#include "core/import/caseimport.h"
#include "core/import/surveyimport.h"
#include "core/import/importer.h"
#include "core/import/importerregistry.h"
#include "core/import/sourceimport.h"
#include "core/model/code.h"
#include "core/model/coding.h"
#include "core/store/codestore.h"
#include "core/store/casestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tematik {
namespace {

QJsonValue optionalMs(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(double(*ms)) : QJsonValue(QJsonValue::Null);
}

// For one-line listings: line breaks and tabs shown as visible escapes.
QString oneLine(QString text)
{
    text.replace(u'\n', QStringLiteral("\\n"));
    text.replace(u'\t', QStringLiteral("\\t"));
    return text;
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int CommandLine::usage(const QString &problem)
{
    // Help asked for goes to stdout; help after a mistake goes to stderr with the mistake.
    QTextStream &stream = problem.isEmpty() ? m_out : m_err;
    if (!problem.isEmpty())
        m_err << "tematik-cli: " << problem << '\n';
    stream << tr("Usage: tematik-cli [--json] [--coder NAME] COMMAND ARGUMENTS\n"
                "Commands:\n"
                "  new PROJECT [--name NAME]          create an empty project file\n"
                "  import PROJECT FILE... [--encoding ENC]\n"
                "                                     import files as sources, one transaction each\n"
                "  sources PROJECT                    list sources: name, format, encoding, code points, turns\n"
                "  text PROJECT SOURCE                print a source's stored plain text exactly\n"
                "  turns PROJECT SOURCE               list a source's speaker turns\n"
                "  codes PROJECT                      list the codebook\n"
                "  codes add PROJECT PATH [--color #rrggbb] [--description TEXT]\n"
                "                                     add a code; PATH is Parent/Child for a child code\n"
                "  code PROJECT SOURCE CODE START END add a coding over [START, END) in code points\n"
                "  codings PROJECT [SOURCE]           list codings with source, code, range and text\n"
                "  info PROJECT                       show how many sources, codes, codings… it holds\n"
                "  formats                            list the file formats that can be imported\n"
                "  demo PROJECT                       create the demo project from the bundled corpus\n"
                "  cases PROJECT                      list cases with their attribute values\n"
                "  cases import PROJECT TABLE [--id-column NAME]\n"
                "                                     import a CSV or XLSX participant table as cases\n"
                "  speakers PROJECT [SOURCE]          list speakers with their cases\n"
                "  speakers link PROJECT SOURCE LABEL CASE\n"
                "                                     link a speaker to a case (CASE - unlinks)\n"
                "  survey import PROJECT TABLE --text-columns A,B [--id-column NAME] [--attribute-columns C,D]\n"
                "                                     import open-ended survey answers as sources\n"
                "SOURCE is a source name, its file name, or its numeric id.\n");
    return 2;
}

int CommandLine::fail(const QString &message)
{
    m_err << "tematik-cli: " << tr("error: %1").arg(message) << '\n';
    return 1;
}

void CommandLine::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

std::unique_ptr<Project> CommandLine::openProject(const QString &path)
{
    Result<std::unique_ptr<Project>> project = Project::open(path);
    if (!project) {
        fail(project.error());
        return nullptr;
    }
    if (!m_coder.isEmpty()) {
        if (Status s = (*project)->setCoder(m_coder); !s) {
            fail(s.error());
            return nullptr;
        }
    }
    return std::move(*project);
}

qint64 CommandLine::sourceIdOf(Project &project, const QString &nameOrId)
{
    if (const auto source = project.sources().findByName(nameOrId))
        return source->id;
    bool numeric = false;
    const qint64 id = nameOrId.toLongLong(&numeric);
    if (numeric && project.sources().find(id))
        return id;
    fail(tr("no source named “%1” in %2").arg(nameOrId, QFileInfo(project.path()).fileName()));
    return 0;
}

int CommandLine::run(const QStringList &arguments)
{
    // Options may stand anywhere; what remains are the command and its operands.
    QStringList args;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        const auto value = [&](QString &into) {
            if (i + 1 >= arguments.size())
                return false;
            into = arguments[++i];
            return true;
        };
        if (a == QLatin1String("--json")) {
            m_json = true;
        } else if (a == QLatin1String("--coder")) {
            if (!value(m_coder))
                return usage(tr("--coder needs a name"));
        } else if (a == QLatin1String("--encoding")) {
            if (!value(m_encoding))
                return usage(tr("--encoding needs an encoding name"));
        } else if (a == QLatin1String("--color") || a == QLatin1String("--colour")) {
            if (!value(m_color))
                return usage(tr("--color needs a colour"));
        } else if (a == QLatin1String("--description")) {
            if (!value(m_description))
                return usage(tr("--description needs a text"));
        } else if (a == QLatin1String("--name")) {
            if (!value(m_projectName))
                return usage(tr("--name needs a name"));
        } else if (a == QLatin1String("--id-column")) {
            if (!value(m_idColumn))
                return usage(tr("--id-column needs a column name"));
        } else if (a == QLatin1String("--text-columns") || a == QLatin1String("--attribute-columns")) {
            QString list;
            if (!value(list))
                return usage(tr("%1 needs column names separated by commas").arg(a));
            QStringList &into = a == QLatin1String("--text-columns") ? m_textColumns : m_attributeColumns;
            for (const QString &name : list.split(u',', Qt::SkipEmptyParts))
                into.append(name.trimmed());
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            usage({});
            return 0;
        } else if (a.startsWith(QLatin1String("--"))) {
            return usage(tr("unknown option %1").arg(a));
        } else {
            args.append(a);
        }
    }
    if (args.isEmpty())
        return usage(tr("no command given"));

    const QString command = args.takeFirst();
    if (command == QLatin1String("new"))
        return runNew(args);
    if (command == QLatin1String("import"))
        return runImport(args);
    if (command == QLatin1String("sources"))
        return runSources(args);
    if (command == QLatin1String("text"))
        return runText(args);
    if (command == QLatin1String("turns"))
        return runTurns(args);
    if (command == QLatin1String("codes")) {
        if (!args.isEmpty() && args.first() == QLatin1String("add"))
            return runCodeAdd(args.mid(1));
        return runCodes(args);
    }
    if (command == QLatin1String("code"))
        return runCode(args);
    if (command == QLatin1String("codings"))
        return runCodings(args);
    if (command == QLatin1String("info"))
        return runInfo(args);
    if (command == QLatin1String("formats"))
        return runFormats(args);
    if (command == QLatin1String("demo"))
        return runDemo(args);
    const bool importing = !args.isEmpty() && args.first() == QLatin1String("import");
    const bool linking = !args.isEmpty() && args.first() == QLatin1String("link");
    if (command == QLatin1String("cases"))
        return importing ? runCaseImport(args.mid(1)) : runCases(args);
    if (command == QLatin1String("speakers"))
        return linking ? runSpeakerLink(args.mid(1)) : runSpeakers(args);
    if (command == QLatin1String("survey") && importing)
        return runSurveyImport(args.mid(1));
    return usage(tr("unknown command %1").arg(command));
}

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
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    ImportOptions options;
    options.forcedEncoding = m_encoding;
    int failures = 0;
    QJsonArray reports;
    for (const QString &file : args.mid(1)) {
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

int CommandLine::runSources(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("sources takes one project file"));
    std::unique_ptr<Project> project = openProject(args[0]);
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
                                    {QStringLiteral("turns"), s.turnCount},
                                    {QStringLiteral("sha256"), s.contentHash},
                                    {QStringLiteral("imported"), s.importedAt.toString(Qt::ISODateWithMs)}});
        } else {
            m_out << s.id << '\t' << s.name << '\t' << s.format << '\t' << s.encoding << '\t' << s.codePoints
                  << '\t' << s.turnCount << '\n';
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
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    const qint64 id = sourceIdOf(*project, args[1]);
    if (id == 0)
        return 1;
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
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    const qint64 id = sourceIdOf(*project, args[1]);
    if (id == 0)
        return 1;
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

int CommandLine::runCodes(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("codes takes one project file"));
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    QHash<CodeId, int> codingCounts;
    for (const Coding &c : project->codings().all())
        ++codingCounts[c.codeId];
    QJsonArray list;
    for (const Code &c : project->codes().list()) {
        const QString path = project->codes().path(c.id);
        if (m_json) {
            list.append(QJsonObject{{QStringLiteral("id"), double(c.id)},
                                    {QStringLiteral("path"), path},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("color"), c.color},
                                    {QStringLiteral("description"), c.description},
                                    {QStringLiteral("codings"), codingCounts.value(c.id)}});
        } else {
            m_out << c.id << '\t' << path << '\t' << c.color << '\t' << codingCounts.value(c.id) << '\n';
        }
    }
    if (m_json)
        printJson(list);
    return 0;
}

int CommandLine::runCodeAdd(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("codes add takes a project and a code path"));
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    QStringList parts = args[1].split(u'/', Qt::SkipEmptyParts);
    NewCode code;
    code.name = parts.isEmpty() ? QString() : parts.takeLast();
    code.color = m_color;
    code.description = m_description;
    if (!parts.isEmpty()) {
        const auto parent = project->codes().findByPath(parts.join(u'/'));
        if (!parent)
            return fail(tr("there is no code “%1” to put “%2” under; add that code first").arg(parts.join(u'/'), code.name));
        code.parentId = parent->id;
    }
    Result<CodeId> id = project->codes().add(code);
    if (!id)
        return fail(id.error());
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("id"), double(*id)}, {QStringLiteral("path"), project->codes().path(*id)}});
    else
        m_out << tr("Added code %1 (id %2)").arg(project->codes().path(*id)).arg(*id) << '\n';
    return 0;
}

int CommandLine::runCode(const QStringList &args)
{
    if (args.size() != 5)
        return usage(tr("code takes a project, a source, a code, a start and an end"));
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    const qint64 source = sourceIdOf(*project, args[1]);
    if (source == 0)
        return 1;
    const auto code = project->codes().findByPath(args[2]);
    if (!code)
        return fail(tr("no code “%1”").arg(args[2]));
    bool startOk = false;
    bool endOk = false;
    const qint64 start = args[3].toLongLong(&startOk);
    const qint64 end = args[4].toLongLong(&endOk);
    if (!startOk || !endOk)
        return usage(tr("start and end must be whole numbers (code points)"));
    Result<CodingId> id = project->codings().add(NewCoding{source, code->id, start, end});
    if (!id)
        return fail(id.error());
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("id"), double(*id)}});
    else
        m_out << tr("Added coding %1").arg(*id) << '\n';
    return 0;
}

int CommandLine::runCodings(const QStringList &args)
{
    if (args.isEmpty() || args.size() > 2)
        return usage(tr("codings takes a project and optionally a source"));
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    QList<Coding> codings;
    if (args.size() == 2) {
        const qint64 source = sourceIdOf(*project, args[1]);
        if (source == 0)
            return 1;
        codings = project->codings().forSource(source);
    } else {
        codings = project->codings().all();
    }
    QHash<CodeId, QString> paths;
    for (const Code &c : project->codes().list())
        paths.insert(c.id, project->codes().path(c.id));
    QJsonArray list;
    for (const CodedSegment &s : project->codings().segmentsOf(codings)) {
        if (m_json) {
            list.append(QJsonObject{{QStringLiteral("id"), double(s.coding.id)},
                                    {QStringLiteral("source"), s.sourceName},
                                    {QStringLiteral("code"), paths.value(s.coding.codeId)},
                                    {QStringLiteral("start"), double(s.coding.start)},
                                    {QStringLiteral("end"), double(s.coding.end)},
                                    {QStringLiteral("text"), s.text}});
        } else {
            m_out << s.sourceName << '\t' << paths.value(s.coding.codeId) << '\t' << s.coding.start << '\t'
                  << s.coding.end << '\t' << oneLine(s.text) << '\n';
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
    std::unique_ptr<Project> project = openProject(args[0]);
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
    Result<std::unique_ptr<Project>> project = DemoProject::create(args[0]);
    if (!project)
        return fail(project.error());
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("created"), args[0]}});
    else
        m_out << tr("Created the demo project %1").arg(args[0]) << '\n';
    return 0;
}

int CommandLine::runCases(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("cases takes one project file"));
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    CaseStore &cases = project->cases();
    const QList<AttributeInfo> attributes = cases.attributes();
    QJsonArray list;
    if (!m_json) {
        m_out << "case";
        for (const AttributeInfo &a : attributes)
            m_out << '\t' << a.name << " (" << attributeTypeName(a.type) << ')';
        m_out << '\n';
    }
    for (const CaseInfo &c : cases.list()) {
        const QHash<AttributeId, QString> values = cases.values(c.id);
        if (m_json) {
            QJsonObject attributeValues;
            for (const AttributeInfo &a : attributes)
                attributeValues.insert(a.name, values.contains(a.id) ? QJsonValue(values.value(a.id)) : QJsonValue(QJsonValue::Null));
            list.append(QJsonObject{{QStringLiteral("id"), double(c.id)},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("attributes"), attributeValues}});
        } else {
            m_out << c.name;
            for (const AttributeInfo &a : attributes)
                m_out << '\t' << values.value(a.id);
            m_out << '\n';
        }
    }
    if (m_json)
        printJson(list);
    return 0;
}

int CommandLine::runCaseImport(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("cases import takes a project and a table file"));
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    CaseImportOptions options;
    options.idColumn = m_idColumn;
    Result<CaseImportReport> report = CaseImport::importFile(*project, args[1], options);
    if (!report)
        return fail(report.error());
    if (m_json) {
        QJsonArray attributes;
        for (const AttributeInfo &a : report->attributes)
            attributes.append(QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("type"), attributeTypeName(a.type)}});
        printJson(QJsonObject{{QStringLiteral("added"), report->added},
                              {QStringLiteral("updated"), report->updated},
                              {QStringLiteral("attributes"), attributes},
                              {QStringLiteral("speakersLinked"), report->speakersLinked},
                              {QStringLiteral("warnings"), QJsonArray::fromStringList(report->warnings)}});
    } else {
        m_out << tr("Cases: %1 added, %2 updated; %n speaker(s) linked to cases", nullptr, report->speakersLinked)
                     .arg(report->added)
                     .arg(report->updated)
              << '\n';
        for (const AttributeInfo &a : report->attributes)
            m_out << "  " << a.name << " (" << attributeTypeName(a.type) << ")\n";
        for (const QString &w : report->warnings)
            m_out << "  " << tr("warning: %1").arg(w) << '\n';
    }
    return 0;
}

int CommandLine::runSpeakers(const QStringList &args)
{
    if (args.isEmpty() || args.size() > 2)
        return usage(tr("speakers takes a project and optionally a source"));
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    QList<SpeakerInfo> speakers;
    if (args.size() == 2) {
        const qint64 source = sourceIdOf(*project, args[1]);
        if (source == 0)
            return 1;
        speakers = project->cases().speakersOf(source);
    } else {
        speakers = project->cases().speakers();
    }
    QHash<SourceId, QString> sourceNames;
    for (const SourceInfo &s : project->sources().list())
        sourceNames.insert(s.id, s.name);
    QHash<CaseId, QString> caseNames;
    for (const CaseInfo &c : project->cases().list())
        caseNames.insert(c.id, c.name);
    QJsonArray list;
    for (const SpeakerInfo &s : speakers) {
        const QString caseName = s.caseId ? caseNames.value(*s.caseId) : QString();
        if (m_json) {
            list.append(QJsonObject{{QStringLiteral("source"), sourceNames.value(s.sourceId)},
                                    {QStringLiteral("label"), s.label},
                                    {QStringLiteral("case"), s.caseId ? QJsonValue(caseName) : QJsonValue(QJsonValue::Null)},
                                    {QStringLiteral("turns"), s.turns}});
        } else {
            m_out << sourceNames.value(s.sourceId) << '\t' << s.label << '\t' << (s.caseId ? caseName : QStringLiteral("-"))
                  << '\t' << s.turns << '\n';
        }
    }
    if (m_json)
        printJson(list);
    return 0;
}

int CommandLine::runSpeakerLink(const QStringList &args)
{
    if (args.size() != 4)
        return usage(tr("speakers link takes a project, a source, a speaker label and a case"));
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    const qint64 source = sourceIdOf(*project, args[1]);
    if (source == 0)
        return 1;
    std::optional<SpeakerInfo> speaker;
    for (const SpeakerInfo &s : project->cases().speakersOf(source)) {
        if (s.label == args[2])
            speaker = s;
    }
    if (!speaker)
        return fail(tr("no speaker “%1” in %2").arg(args[2], args[1]));
    std::optional<CaseId> caseId;
    if (args[3] != QLatin1String("-")) {
        const auto found = project->cases().findByName(args[3]);
        if (!found)
            return fail(tr("no case “%1”").arg(args[3]));
        caseId = found->id;
    }
    if (Status s = project->cases().linkSpeaker(speaker->id, caseId); !s)
        return fail(s.error());
    if (!m_json)
        m_out << (caseId ? tr("Linked %1 in %2 to %3").arg(args[2], args[1], args[3]) : tr("Unlinked %1 in %2").arg(args[2], args[1]))
              << '\n';
    return 0;
}

int CommandLine::runSurveyImport(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("survey import takes a project and a table file"));
    if (m_textColumns.isEmpty())
        return usage(tr("survey import needs --text-columns"));
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    SurveyImportOptions options;
    options.idColumn = m_idColumn;
    options.textColumns = m_textColumns;
    if (!m_attributeColumns.isEmpty())
        options.attributeColumns = m_attributeColumns;
    Result<SurveyImportReport> report = SurveyImport::importFile(*project, args[1], options);
    if (!report)
        return fail(report.error());
    if (m_json) {
        QJsonArray sources;
        for (const ImportReport &r : report->sources)
            sources.append(QJsonObject{{QStringLiteral("source"), r.sourceName}, {QStringLiteral("answers"), r.turns}});
        printJson(QJsonObject{{QStringLiteral("respondents"), report->respondents},
                              {QStringLiteral("answers"), report->answers},
                              {QStringLiteral("sources"), sources},
                              {QStringLiteral("warnings"), QJsonArray::fromStringList(report->warnings)}});
    } else {
        m_out << tr("Survey: %1 respondents, %2 answers").arg(report->respondents).arg(report->answers) << '\n';
        for (const ImportReport &r : report->sources)
            m_out << "  " << r.sourceName << '\t' << r.turns << '\n';
        for (const QString &w : report->warnings)
            m_out << "  " << tr("warning: %1").arg(w) << '\n';
    }
    return 0;
}

} // namespace tematik
