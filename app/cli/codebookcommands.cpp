#include "app/cli/commandline.h"

#include "core/model/code.h"
#include "core/model/coding.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <limits>

// tematik-cli commands on the codebook and codings: codes, codes add|describe|move|merge, code, codings.

namespace tematik {
int CommandLine::runCodes(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("codes takes one project file"));
    std::unique_ptr<Project> project = openProjectToRead(args[0]);
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
                                    {QStringLiteral("whenToUse"), c.whenToUse},
                                    {QStringLiteral("whenNotToUse"), c.whenNotToUse},
                                    {QStringLiteral("example"), c.example},
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
    code.description = m_description.value_or(QString());
    code.whenToUse = m_whenToUse.value_or(QString());
    code.whenNotToUse = m_whenNotToUse.value_or(QString());
    code.example = m_example.value_or(QString());
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

int CommandLine::runCodeDescribe(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("codes describe takes a project and a code"));
    if (!m_description && !m_whenToUse && !m_whenNotToUse && !m_example)
        return usage(tr("codes describe needs --definition, --when, --when-not or --example"));
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    const std::optional<Code> code = project->codes().findByPath(args[1]);
    if (!code)
        return fail(tr("no code “%1”").arg(args[1]));
    CodeDetails details = code->details();
    details.description = m_description.value_or(details.description);
    details.whenToUse = m_whenToUse.value_or(details.whenToUse);
    details.whenNotToUse = m_whenNotToUse.value_or(details.whenNotToUse);
    details.example = m_example.value_or(details.example);
    if (Status s = project->codes().setDetails(code->id, details); !s)
        return fail(s.error());
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("id"), double(code->id)},
                              {QStringLiteral("path"), project->codes().path(code->id)}});
    else
        m_out << tr("Described code %1").arg(project->codes().path(code->id)) << '\n';
    return 0;
}

int CommandLine::runCodeMove(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("codes move takes a project and a code"));
    if (m_top == !m_parent.isEmpty())
        return usage(tr("codes move needs either --parent PARENT or --top"));
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    const std::optional<Code> code = project->codes().findByPath(args[1]);
    if (!code)
        return fail(tr("no code “%1”").arg(args[1]));
    std::optional<CodeId> parent;
    if (!m_top) {
        const std::optional<Code> found = project->codes().findByPath(m_parent);
        if (!found)
            return fail(tr("no code “%1”").arg(m_parent));
        parent = found->id;
    }
    // Past the end is last: CodeStore::move clamps.
    const int index = m_position ? *m_position - 1 : std::numeric_limits<int>::max();
    Result<QList<CodePlacement>> moved = project->codes().move(code->id, parent, index);
    if (!moved)
        return fail(moved.error());
    const QString path = project->codes().path(code->id);
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("id"), double(code->id)}, {QStringLiteral("path"), path}});
    else
        m_out << tr("Moved code %1").arg(path) << '\n';
    return 0;
}

int CommandLine::runCodeMerge(const QStringList &args)
{
    if (args.size() != 3)
        return usage(tr("codes merge takes a project, the code to merge and the code to merge it into"));
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    const std::optional<Code> from = project->codes().findByPath(args[1]);
    if (!from)
        return fail(tr("no code “%1”").arg(args[1]));
    const std::optional<Code> into = project->codes().findByPath(args[2]);
    if (!into)
        return fail(tr("no code “%1”").arg(args[2]));
    Result<CodeMerge> merge = project->codes().merge(from->id, into->id);
    if (!merge)
        return fail(merge.error());
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("into"), double(into->id)},
                              {QStringLiteral("movedCodings"), int(merge->movedCodings.size())},
                              {QStringLiteral("droppedCodings"), int(merge->droppedCodings.size())},
                              {QStringLiteral("movedSubcodes"), int(merge->movedChildren.size())}});
    } else {
        m_out << tr("Merged %1 into %2 (codings moved: %3, already coded there: %4; subcodes moved: %5)")
                     .arg(args[1], project->codes().path(into->id))
                     .arg(merge->movedCodings.size())
                     .arg(merge->droppedCodings.size())
                     .arg(merge->movedChildren.size())
              << '\n';
    }
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
    return reportAdded(*id, tr("Added coding %1").arg(*id));
}

int CommandLine::runCodings(const QStringList &args)
{
    if (args.isEmpty() || args.size() > 2)
        return usage(tr("codings takes a project and optionally a source"));
    std::optional<SourceId> source;
    std::unique_ptr<Project> project = openProjectToRead(args, source);
    if (!project)
        return 1;
    const QList<Coding> codings = source ? project->codings().forSource(*source) : project->codings().all();
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

} // namespace tematik
