#include "app/cli/commandline.h"
#include "core/model/meeting.h"
#include "core/model/memo.h"
#include "core/presentation/slidedeck.h"
#include "core/report/markdowntablewriter.h"
#include "core/report/membercheckingtable.h"
#include "core/store/meetingstore.h"
#include "core/store/memostore.h"
#include "core/store/project.h"
#include "core/store/themestore.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

// tematik-cli commands on member checking: meetings, meetings add, feedback, feedback add.

namespace tematik {

int CommandLine::runMeetings(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("meetings takes one project file"));
    std::unique_ptr<Project> project = openProjectToRead(args[0]);
    if (!project)
        return 1;
    QHash<ThemeId, QString> themeNames;
    for (const Theme &t : project->themes().list())
        themeNames.insert(t.id, t.name);
    QHash<MeetingId, int> remarks;
    for (const ListedMemo &l : project->memos().list()) {
        if (l.memo.kind == MemoKind::MemberCheck && l.memo.meetingId != 0)
            ++remarks[l.memo.meetingId];
    }
    QJsonArray list;
    for (const Meeting &m : project->meetings().list()) {
        const MeetingPlan plan = project->meetings().plan(m.id);
        const QHash<ThemeId, Verdict> verdicts = project->meetings().verdicts(m.id);
        if (!m_json) {
            m_out << m.id << '\t' << m.heldOn.toString(Qt::ISODate) << '\t' << oneLine(m.title) << '\t'
                  << tr("%n theme(s)", nullptr, int(plan.size())) << '\t'
                  << tr("%n verdict(s)", nullptr, int(verdicts.size())) << '\t'
                  << tr("%n remark(s)", nullptr, remarks.value(m.id)) << '\n';
            continue;
        }
        QJsonArray themes;
        for (const PlannedTheme &planned : plan) {
            QJsonObject theme{{QStringLiteral("id"), double(planned.theme)},
                              {QStringLiteral("name"), themeNames.value(planned.theme)},
                              {QStringLiteral("quotes"), int(planned.quotes.size())}};
            if (const auto v = verdicts.constFind(planned.theme); v != verdicts.constEnd())
                theme.insert(QStringLiteral("verdict"), verdictName(*v));
            themes.append(theme);
        }
        // Verdicts on themes the plan does not show (a dimension, a theme added later) are listed too.
        QJsonObject allVerdicts;
        for (auto v = verdicts.constBegin(); v != verdicts.constEnd(); ++v)
            allVerdicts.insert(themeNames.value(v.key()), verdictName(v.value()));
        list.append(QJsonObject{{QStringLiteral("id"), double(m.id)},
                                {QStringLiteral("title"), m.title},
                                {QStringLiteral("date"), m.heldOn.toString(Qt::ISODate)},
                                {QStringLiteral("themes"), themes},
                                {QStringLiteral("verdicts"), allVerdicts},
                                {QStringLiteral("remarks"), remarks.value(m.id)}});
    }
    if (m_json)
        printJson(list);
    return 0;
}

int CommandLine::runMeetingAdd(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("meetings add takes a project and the meeting’s title"));
    const QDate date = QDate::fromString(m_date, Qt::ISODate);
    if (!date.isValid())
        return usage(tr("meetings add needs --date YYYY-MM-DD"));
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    Result<MeetingId> id = project->meetings().add(args[1], date, SlideDeck::defaultPlan(*project));
    if (!id)
        return fail(id.error());
    return reportAdded(*id, tr("Added meeting %1").arg(*id));
}

std::optional<MeetingId> CommandLine::meetingIdOf(Project &project, const QString &titleOrId)
{
    QList<MeetingId> titled;
    for (const Meeting &m : project.meetings().list()) {
        if (m.title == titleOrId)
            titled.append(m.id);
    }
    if (titled.size() == 1)
        return titled.first();
    if (titled.size() > 1) {
        fail(tr("%1 meetings are titled “%2”: give the meeting’s id").arg(titled.size()).arg(titleOrId));
        return std::nullopt;
    }
    bool numeric = false;
    const qint64 id = titleOrId.toLongLong(&numeric);
    if (numeric && project.meetings().find(id))
        return id;
    fail(tr("no meeting titled “%1” in %2").arg(titleOrId, QFileInfo(project.path()).fileName()));
    return std::nullopt;
}

int CommandLine::runFeedbackAdd(const QStringList &args)
{
    if (args.size() != 4)
        return usage(tr("feedback add takes a project, a meeting, a theme and the feedback’s text"));
    std::optional<Verdict> verdict;
    if (!m_verdict.isEmpty()) {
        verdict = verdictFromName(m_verdict);
        if (!verdict)
            return usage(tr("--verdict needs confirmed, revised or questioned"));
    }
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    const std::optional<MeetingId> meeting = meetingIdOf(*project, args[1]);
    if (!meeting)
        return 1;
    // "-" for a remark on the whole meeting, kept as a member-check memo on the project.
    const bool wholeMeeting = args[2] == QLatin1String("-");
    if (wholeMeeting && verdict)
        return usage(tr("a verdict is on a theme, not on the whole meeting"));
    const std::optional<Theme> theme = wholeMeeting ? std::nullopt : project->themes().findByName(args[2]);
    if (!wholeMeeting && !theme)
        return fail(tr("no theme or dimension named “%1”").arg(args[2]));
    const MemoTarget target = wholeMeeting ? MemoTarget::project() : MemoTarget::theme(theme->id);
    Result<MemoId> id = project->memos().add(NewMemo{target, {}, args[3], MemoKind::MemberCheck, *meeting});
    if (!id)
        return fail(id.error());
    if (verdict) {
        if (Result<std::optional<Verdict>> set = project->meetings().setVerdict(*meeting, theme->id, verdict);
            !set)
            return fail(set.error());
    }
    return reportAdded(*id, tr("Added feedback %1").arg(*id));
}

int CommandLine::runFeedback(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("feedback takes one project file"));
    std::unique_ptr<Project> project = openProjectToRead(args[0]);
    if (!project)
        return 1;
    // The table as Markdown reads well in a terminal and pastes into notes as it is.
    Result<QByteArray> text = MarkdownTableWriter().render(MemberCheckingTable::build(*project));
    if (!text)
        return fail(text.error());
    m_out << QString::fromUtf8(*text);
    return 0;
}

} // namespace tematik
