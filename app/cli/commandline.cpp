#include "app/cli/commandline.h"

#include "core/store/project.h"
#include "core/store/sourcestore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Dispatch, options and what the commands share; the commands themselves are in sourcecommands.cpp,
// codebookcommands.cpp, casecommands.cpp, memocommands.cpp, themecommands.cpp, meetingcommands.cpp,
// searchcommands.cpp,
// exportcommands.cpp, figurecommands.cpp, matrixcommands.cpp and backupcommands.cpp.

namespace tematik {

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
                "                                     import files as sources, one transaction each; a REFI-QDA\n"
                "                                     codebook (.qdc) adds its codes and sets, and says what it\n"
                "                                     kept, changed and dropped\n"
                "  import PROJECT FILE.qdpx           import a REFI-QDA project into a new PROJECT (made here)\n"
                "                                     or an empty one, and say what was kept, changed, dropped\n"
                "  sources PROJECT                    list sources: name, format, encoding, code points, turns\n"
                "  text PROJECT SOURCE                print a source's stored plain text exactly\n"
                "  turns PROJECT SOURCE               list a source's speaker turns\n"
                "  codes PROJECT                      list the codebook\n"
                "  codes add PROJECT PATH [--color #rrggbb] [--definition TEXT]\n"
                "                                     add a code; PATH is Parent/Child for a child code\n"
                "  codes describe PROJECT CODE [--definition TEXT] [--when TEXT] [--when-not TEXT] [--example TEXT]\n"
                "                                     set a code's definition, when to use it, when not, an example\n"
                "  codes move PROJECT CODE --parent PARENT|--top [--position N]\n"
                "                                     nest or reorder a code; N counts from 1 (default: last)\n"
                "  codes merge PROJECT FROM INTO      merge code FROM into INTO: its codings and subcodes move over\n"
                "  code PROJECT SOURCE CODE START END add a coding over [START, END) in code points\n"
                "  codings PROJECT [SOURCE]           list codings with source, code, range and text\n"
                "  info PROJECT                       show how many sources, codes, codings… it holds\n"
                "  formats                            list the file formats that can be imported\n"
                "  demo PROJECT [--coded]             create the demo project from the bundled corpus; --coded:\n"
                "                                     only its first codings, no themes yet, to practise on\n"
                "  cases PROJECT                      list cases with their attribute values\n"
                "  cases import PROJECT TABLE [--id-column NAME]\n"
                "                                     import a CSV or XLSX participant table as cases\n"
                "  speakers PROJECT [SOURCE]          list speakers with their cases\n"
                "  speakers link PROJECT SOURCE LABEL CASE\n"
                "                                     link a speaker to a case (CASE - unlinks)\n"
                "  survey import PROJECT TABLE --text-columns A,B [--id-column NAME] [--attribute-columns C,D]\n"
                "                                     import open-ended survey answers as sources\n"
                "  memos PROJECT                      list memos: what each is on, when it changed, its first line\n"
                "  memos add PROJECT TEXT [--source SOURCE | --code PATH]\n"
                "                                     write a memo on a source, a code or else the project\n"
                "  themes PROJECT                     list dimensions and themes with their codes and codings\n"
                "  themes add PROJECT NAME [--dimension D] [--definition TEXT]\n"
                "                                     add a theme, in dimension D or at the top level\n"
                "  dimensions add PROJECT NAME [--definition TEXT]\n"
                "                                     add a dimension\n"
                "  themes assign PROJECT CODE THEME|--none\n"
                "                                     put a code in a theme, or in none\n"
                "  themes status PROJECT THEME candidate|reviewed|final\n"
                "                                     set a theme's status\n"
                "  segments PROJECT (--code PATH | --theme NAME | --dimension NAME) [--attribute NAME=VALUE] [--exemplars]\n"
                "                                     list coded segments with source, speaker, case, range and text\n"
                "  meetings PROJECT                   list member-checking meetings: date, title, themes planned,\n"
                "                                     verdicts given, remarks\n"
                "  meetings add PROJECT TITLE --date YYYY-MM-DD\n"
                "                                     add a meeting showing every theme with its exemplars\n"
                "  feedback PROJECT                   print the feedback from member checking as a table\n"
                "  feedback add PROJECT MEETING THEME TEXT [--verdict confirmed|revised|questioned]\n"
                "                                     record what participants said about a theme at a meeting\n"
                "                                     (MEETING: its title or id; THEME -: the whole meeting)\n"
                "  search PROJECT QUERY [--context N] [--code PATH]\n"
                "                                     find words, \"phrases\" and prefixes* in every source, as\n"
                "                                     lines in context; --code codes every hit (one transaction)\n"
                "  export table PROJECT TABLE OUT [--all-segments] [--no-speaker] [--pseudonymise]\n"
                "               [--pseudonym-attribute NAME]\n"
                "                                     write a report table: meaning-units, data-structure,\n"
                "                                     codebook, participants or member-checking; OUT ends in\n"
                "                                     .xlsx, .docx, .odt, .csv, .html or .md\n"
                "  export figure PROJECT data-structure|thematic-map|bars-themes|bars-attribute OUT.svg\n"
                "                [--attribute NAME]   draw a figure as SVG (PNG and PDF: from the app)\n"
                "  export matrix PROJECT overlap|same-turn|attribute|sources OUT [--attribute NAME]\n"
                "                [--measure segments|participants] [--theme NAME] [--pseudonymise]\n"
                "                                     write a code matrix as a heat-shaded table; --theme\n"
                "                                     keeps the codes of a theme or dimension\n"
                "  export qdpx PROJECT OUT.qdpx       write the whole project as REFI-QDA project exchange,\n"
                "                                     for other QDA software\n"
                "  export codebook PROJECT OUT.qdc    write the codebook as a REFI-QDA codebook file\n"
                "  backup list PROJECT                list the project's backups, newest first: number, time,\n"
                "                                     kind, bytes, what it holds, file\n"
                "  backup take PROJECT                back the project up now (unless the newest backup holds\n"
                "                                     the same); the app does this whenever it opens a project\n"
                "  backup restore PROJECT BACKUP      put a backup (its number in backup list, or its file) in\n"
                "                                     the project's place; the project as it was is kept as a\n"
                "                                     backup first, so the restore can be undone\n"
                "SOURCE is a source name, its file name, or its numeric id.\n");
    return 2;
}

int CommandLine::fail(const QString &message)
{
    m_err << "tematik-cli: " << tr("error: %1").arg(message) << '\n';
    return 1;
}

int CommandLine::reportAdded(qint64 id, const QString &line)
{
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("id"), double(id)}});
    else
        m_out << line << '\n';
    return 0;
}

void CommandLine::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

std::unique_ptr<Project> CommandLine::openProjectToRead(const QStringList &args, std::optional<SourceId> &source)
{
    std::unique_ptr<Project> project = openProjectToRead(args.value(0));
    if (project && args.size() > 1) {
        const qint64 id = sourceIdOf(*project, args[1]);
        if (id == 0)
            return nullptr;
        source = id;
    }
    return project;
}

std::unique_ptr<Project> CommandLine::openProject(const QString &path)
{
    Result<std::unique_ptr<Project>> project = Project::open(path);
    if (!project) {
        if (project.errorKind() == ErrorKind::Locked) {
            fail(project.error() + u' '
                 + tr("Close it there, or wait until that command has finished, then try again; commands "
                      "that only read the project (listing, search, export) work meanwhile."));
        } else {
            fail(project.error());
        }
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

std::unique_ptr<Project> CommandLine::openProjectToRead(const QString &path)
{
    Result<std::unique_ptr<Project>> project = Project::open(path, true);
    if (!project) {
        fail(project.error());
        return nullptr;
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

QString CommandLine::oneLine(QString text)
{
    text.replace(u'\n', QStringLiteral("\\n"));
    text.replace(u'\t', QStringLiteral("\\t"));
    return text;
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
        } else if (a == QLatin1String("--description") || a == QLatin1String("--definition")
                   || a == QLatin1String("--when") || a == QLatin1String("--when-not")
                   || a == QLatin1String("--example")) {
            QString text;
            if (!value(text))
                return usage(tr("%1 needs a text").arg(a));
            std::optional<QString> &into = a == QLatin1String("--when")       ? m_whenToUse
                                           : a == QLatin1String("--when-not") ? m_whenNotToUse
                                           : a == QLatin1String("--example")  ? m_example
                                                                              : m_description;
            into = text;
        } else if (a == QLatin1String("--parent")) {
            if (!value(m_parent))
                return usage(tr("--parent needs a code"));
        } else if (a == QLatin1String("--top")) {
            m_top = true;
        } else if (a == QLatin1String("--position")) {
            QString number;
            bool ok = false;
            if (value(number))
                m_position = number.toInt(&ok);
            if (!ok || *m_position < 1)
                return usage(tr("--position needs a number from 1"));
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
        } else if (a == QLatin1String("--source")) {
            if (!value(m_memoSource))
                return usage(tr("--source needs a source"));
        } else if (a == QLatin1String("--code")) {
            if (!value(m_codePath))
                return usage(tr("--code needs a code path"));
        } else if (a == QLatin1String("--theme")) {
            if (!value(m_theme))
                return usage(tr("--theme needs a theme name"));
        } else if (a == QLatin1String("--dimension")) {
            if (!value(m_dimension))
                return usage(tr("--dimension needs a dimension name"));
        } else if (a == QLatin1String("--none")) {
            m_none = true;
        } else if (a == QLatin1String("--attribute")) {
            QString pair;
            if (!value(pair))
                return usage(tr("--attribute needs NAME=VALUE, or NAME for export figure and export matrix"));
            m_attributes.append(pair);
        } else if (a == QLatin1String("--date")) {
            if (!value(m_date))
                return usage(tr("--date needs a date as YYYY-MM-DD"));
        } else if (a == QLatin1String("--verdict")) {
            if (!value(m_verdict))
                return usage(tr("--verdict needs confirmed, revised or questioned"));
        } else if (a == QLatin1String("--measure")) {
            if (!value(m_measure))
                return usage(tr("--measure needs segments or participants"));
        } else if (a == QLatin1String("--exemplars")) {
            m_exemplars = true;
        } else if (a == QLatin1String("--coded")) {
            m_coded = true;
        } else if (a == QLatin1String("--all-segments")) {
            m_report.exemplarsOnly = false;
        } else if (a == QLatin1String("--no-speaker")) {
            m_report.withSpeaker = false;
        } else if (a == QLatin1String("--pseudonymise") || a == QLatin1String("--pseudonymize")) {
            m_report.pseudonymise = true;
        } else if (a == QLatin1String("--pseudonym-attribute")) {
            if (!value(m_report.pseudonymAttribute))
                return usage(tr("--pseudonym-attribute needs an attribute name"));
            m_report.pseudonymise = true;
        } else if (a == QLatin1String("--context")) {
            QString number;
            bool ok = false;
            if (value(number))
                m_context = number.toInt(&ok);
            if (!ok || m_context < 0)
                return usage(tr("--context needs a number of characters"));
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
        const QString sub = args.value(0);
        if (sub == QLatin1String("add"))
            return runCodeAdd(args.mid(1));
        if (sub == QLatin1String("describe"))
            return runCodeDescribe(args.mid(1));
        if (sub == QLatin1String("move"))
            return runCodeMove(args.mid(1));
        if (sub == QLatin1String("merge"))
            return runCodeMerge(args.mid(1));
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
    if (command == QLatin1String("memos")) {
        if (!args.isEmpty() && args.first() == QLatin1String("add"))
            return runMemoAdd(args.mid(1));
        return runMemos(args);
    }
    if (command == QLatin1String("themes")) {
        const QString sub = args.value(0);
        if (sub == QLatin1String("add"))
            return runThemeAdd(args.mid(1));
        if (sub == QLatin1String("assign"))
            return runThemeAssign(args.mid(1));
        if (sub == QLatin1String("status"))
            return runThemeStatus(args.mid(1));
        return runThemes(args);
    }
    if (command == QLatin1String("dimensions") && args.value(0) == QLatin1String("add"))
        return runDimensionAdd(args.mid(1));
    if (command == QLatin1String("segments"))
        return runSegments(args);
    if (command == QLatin1String("meetings"))
        return args.value(0) == QLatin1String("add") ? runMeetingAdd(args.mid(1)) : runMeetings(args);
    if (command == QLatin1String("feedback"))
        return args.value(0) == QLatin1String("add") ? runFeedbackAdd(args.mid(1)) : runFeedback(args);
    if (command == QLatin1String("search"))
        return runSearch(args);
    if (command == QLatin1String("export") && !args.isEmpty() && args.first() == QLatin1String("table"))
        return runExportTable(args.mid(1));
    if (command == QLatin1String("export") && args.value(0) == QLatin1String("figure"))
        return runExportFigure(args.mid(1));
    if (command == QLatin1String("export") && args.value(0) == QLatin1String("matrix"))
        return runExportMatrix(args.mid(1));
    if (command == QLatin1String("export") && args.value(0) == QLatin1String("qdpx"))
        return runExportQdpx(args.mid(1));
    if (command == QLatin1String("export") && args.value(0) == QLatin1String("codebook"))
        return runExportCodebook(args.mid(1));
    if (command == QLatin1String("backup"))
        return runBackup(args);
    return usage(tr("unknown command %1").arg(command));
}

} // namespace tematik
