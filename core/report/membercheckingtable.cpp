#include "core/report/membercheckingtable.h"

#include "core/store/meetingstore.h"
#include "core/store/memostore.h"
#include "core/store/project.h"
#include "core/store/themestore.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

namespace tematik {
namespace {

QString remarkText(const Memo &memo)
{
    return memo.title.isEmpty() ? memo.body : memo.title + u'\n' + memo.body;
}

} // namespace

ReportTable MemberCheckingTable::build(Project &project)
{
    ReportTable table;
    table.title = tr("Feedback from member checking");
    table.header = {tr("Dimension"), tr("Theme"), tr("Meeting"), tr("Verdict"), tr("Feedback")};

    const QList<Meeting> meetings = project.meetings().list();
    QHash<MeetingId, QString> meetingNames;
    QHash<MeetingId, QHash<ThemeId, Verdict>> verdicts;
    QStringList named;
    for (const Meeting &m : meetings) {
        const QString name = tr("%1 (%2)").arg(m.title, QLocale().toString(m.heldOn, QLocale::ShortFormat));
        meetingNames.insert(m.id, name);
        verdicts.insert(m.id, project.meetings().verdicts(m.id));
        named.append(name);
    }
    table.caption =
        meetings.isEmpty()
            ? tr("No member-checking meetings recorded.")
            : tr("%Ln meeting(s): %1", nullptr, int(meetings.size())).arg(named.join(QStringLiteral(", ")));

    // Member-check memos by what they are on; a meeting that no longer exists (or none) counts as 0.
    QHash<ThemeId, QList<Memo>> byTheme;
    QList<Memo> wholeMeeting;
    for (const ListedMemo &listed : project.memos().list()) {
        Memo memo = listed.memo;
        if (memo.kind != MemoKind::MemberCheck)
            continue;
        if (!meetingNames.contains(memo.meetingId))
            memo.meetingId = 0;
        if (memo.target.kind == MemoTarget::Kind::Theme)
            byTheme[memo.target.id].append(memo);
        else if (memo.target.kind == MemoTarget::Kind::Project)
            wholeMeeting.append(memo);
    }
    // Meetings in list order (by date), memos without one last, then by id.
    QHash<MeetingId, int> meetingOrder;
    for (int i = 0; i < meetings.size(); ++i)
        meetingOrder.insert(meetings[i].id, i);
    const auto inOrder = [&](QList<Memo> &memos) {
        std::stable_sort(memos.begin(), memos.end(), [&](const Memo &a, const Memo &b) {
            const int ma = meetingOrder.value(a.meetingId, int(meetings.size()));
            const int mb = meetingOrder.value(b.meetingId, int(meetings.size()));
            return ma != mb ? ma < mb : a.id < b.id;
        });
    };

    QHash<ThemeId, QString> names;
    for (const Theme &theme : project.themes().list()) {
        names.insert(theme.id, theme.name);
        const bool isDimension = theme.kind == Theme::Kind::Dimension;
        const QString dimension = isDimension      ? theme.name
                                  : theme.parentId ? names.value(*theme.parentId)
                                                   : QString();
        const QString themeCell = isDimension ? QString() : theme.name;
        QList<Memo> memos = byTheme.value(theme.id);
        inOrder(memos);
        for (const Meeting &meeting : meetings) {
            const auto verdict = verdicts[meeting.id].constFind(theme.id);
            const QString verdictCell =
                verdict != verdicts[meeting.id].constEnd() ? verdictDisplayName(*verdict) : QString();
            bool remarked = false;
            for (const Memo &memo : memos) {
                if (memo.meetingId != meeting.id)
                    continue;
                table.rows.append(
                    {dimension, themeCell, meetingNames[meeting.id], verdictCell, remarkText(memo)});
                remarked = true;
            }
            if (!remarked && !verdictCell.isEmpty())
                table.rows.append({dimension, themeCell, meetingNames[meeting.id], verdictCell, QString()});
        }
        for (const Memo &memo : memos) {
            if (memo.meetingId == 0)
                table.rows.append({dimension, themeCell, QString(), QString(), remarkText(memo)});
        }
    }

    inOrder(wholeMeeting);
    for (const Memo &memo : wholeMeeting)
        table.rows.append({QString(), tr("Whole meeting"), meetingNames.value(memo.meetingId), QString(),
                           remarkText(memo)});
    return table;
}

} // namespace tematik
