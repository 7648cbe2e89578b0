#include "core/store/meetingstore.h"

#include "core/store/database.h"
#include "core/store/memostore.h"
#include "core/store/projectnotifier.h"
#include "core/store/storedvalues.h"

#include <QSet>

namespace tematik {
namespace {

Meeting readMeeting(const Statement &q)
{
    Meeting m;
    m.id = q.int64(0);
    m.guid = q.text(1);
    m.title = q.text(2);
    m.heldOn = QDate::fromString(q.text(3), Qt::ISODate);
    m.createdAt = q.text(4);
    return m;
}

constexpr const char *meetingColumns = "SELECT id, guid, title, held_on, created_at FROM meetings ";

} // namespace

Status MeetingStore::validate(const QString &title, const QDate &heldOn) const
{
    if (title.trimmed().isEmpty())
        return Error{tr("A meeting needs a title.")};
    if (!heldOn.isValid())
        return Error{tr("A meeting needs a valid date.")};
    return {};
}

Result<MeetingId> MeetingStore::add(const QString &title, const QDate &heldOn, const MeetingPlan &plan)
{
    if (Status s = validate(title, heldOn); !s)
        return s.takeError();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().takeError();
    Statement &q = m_db.cached("INSERT INTO meetings (guid, title, held_on, created_at) VALUES (?, ?, ?, ?)");
    q.bind(1, newGuid()).bind(2, title.trimmed()).bind(3, heldOn.toString(Qt::ISODate)).bind(4, storedNow());
    if (!q.exec())
        return m_db.error(q);
    const MeetingId id = m_db.lastInsertId();
    if (Status s = writePlan(id, plan); !s)
        return s.takeError();
    m_db.afterCommit([this, id] { Q_EMIT m_notifier.meetingChanged(id); });
    if (Status s = tx.commit(); !s)
        return s.takeError();
    return id;
}

Status MeetingStore::setDetails(MeetingId id, const QString &title, const QDate &heldOn)
{
    if (Status s = validate(title, heldOn); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    Statement &q = m_db.cached("UPDATE meetings SET title = ?, held_on = ? WHERE id = ?");
    q.bind(1, title.trimmed()).bind(2, heldOn.toString(Qt::ISODate)).bind(3, id);
    if (!q.exec())
        return m_db.error(q);
    if (m_db.changes() == 0)
        return Error{tr("There is no meeting with id %1.").arg(id)};
    m_db.afterCommit([this, id] { Q_EMIT m_notifier.meetingChanged(id); });
    return tx.commit();
}

Status MeetingStore::setPlan(MeetingId id, const MeetingPlan &plan)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    if (!find(id))
        return Error{tr("There is no meeting with id %1.").arg(id)};
    for (const char *sql : {"DELETE FROM meeting_themes WHERE meeting_id = ?", "DELETE FROM meeting_quotes WHERE meeting_id = ?"}) {
        Statement &q = m_db.cached(sql);
        q.bind(1, id);
        if (!q.exec())
            return m_db.error(q);
    }
    if (Status s = writePlan(id, plan); !s)
        return s;
    m_db.afterCommit([this, id] { Q_EMIT m_notifier.meetingChanged(id); });
    return tx.commit();
}

Status MeetingStore::update(MeetingId id, const QString &title, const QDate &heldOn, const MeetingPlan &plan)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = setDetails(id, title, heldOn); !s)
        return s;
    if (Status s = setPlan(id, plan); !s)
        return s;
    return tx.commit();
}

Result<MeetingRemoval> MeetingStore::remove(MeetingId id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().takeError();
    const std::optional<Meeting> meeting = find(id);
    if (!meeting)
        return Error{tr("There is no meeting with id %1.").arg(id)};
    MeetingRemoval removal{*meeting, plan(id), verdicts(id), {}};
    MemoStore memos(m_db, m_notifier, m_noCoder);
    for (const ListedMemo &listed : memos.list()) {
        if (listed.memo.meetingId == id)
            removal.feedback.append(listed.memo);
    }
    Statement &feedback = m_db.cached("DELETE FROM memos WHERE meeting_id = ?");
    feedback.bind(1, id);
    if (!feedback.exec())
        return m_db.error(feedback);
    // The plan and the verdicts go with the row (ON DELETE CASCADE).
    Statement &q = m_db.cached("DELETE FROM meetings WHERE id = ?");
    q.bind(1, id);
    if (!q.exec())
        return m_db.error(q);
    m_db.afterCommit([this, removal] {
        for (const Memo &m : removal.feedback)
            Q_EMIT m_notifier.memoRemoved(m.id);
        Q_EMIT m_notifier.meetingChanged(removal.meeting.id);
    });
    if (Status s = tx.commit(); !s)
        return s.takeError();
    return removal;
}

Status MeetingStore::restore(const MeetingRemoval &removal)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    const Meeting &m = removal.meeting;
    Statement &q = m_db.cached("INSERT INTO meetings (id, guid, title, held_on, created_at) VALUES (?, ?, ?, ?, ?)");
    q.bind(1, m.id).bind(2, m.guid).bind(3, m.title).bind(4, m.heldOn.toString(Qt::ISODate)).bind(5, m.createdAt);
    if (!q.exec())
        return m_db.error(q);
    if (Status s = writePlan(m.id, removal.plan); !s)
        return s;
    Statement &verdict = m_db.cached("INSERT INTO meeting_verdicts (meeting_id, theme_id, verdict) VALUES (?, ?, ?)");
    for (auto it = removal.verdicts.cbegin(); it != removal.verdicts.cend(); ++it) {
        verdict.bind(1, m.id).bind(2, it.key()).bind(3, verdictName(it.value()));
        if (!verdict.exec())
            return m_db.error(verdict);
    }
    if (Status s = MemoStore(m_db, m_notifier, m_noCoder).restore(removal.feedback); !s)
        return s;
    m_db.afterCommit([this, id = m.id] { Q_EMIT m_notifier.meetingChanged(id); });
    return tx.commit();
}

Status MeetingStore::writePlan(MeetingId id, const MeetingPlan &plan)
{
    Statement &theme = m_db.cached("INSERT INTO meeting_themes (meeting_id, theme_id, position) VALUES (?, ?, ?)");
    Statement &quote = m_db.cached(
        "INSERT INTO meeting_quotes (meeting_id, theme_id, coding_id, position) VALUES (?, ?, ?, ?)");
    // A theme or a quote shown twice would fail on the primary key; say so rather than blame a missing row.
    QSet<ThemeId> themes;
    for (const PlannedTheme &planned : plan) {
        const QSet<CodingId> quotes(planned.quotes.begin(), planned.quotes.end());
        if (themes.contains(planned.theme) || quotes.size() != planned.quotes.size())
            return Error{tr("Cannot plan the meeting: it shows a theme or a quote twice.")};
        themes.insert(planned.theme);
    }
    for (int i = 0; i < plan.size(); ++i) {
        theme.bind(1, id).bind(2, plan[i].theme).bind(3, i);
        if (!theme.exec())
            return Error{tr("Cannot plan the meeting: a theme it shows no longer exists.")};
        for (int j = 0; j < plan[i].quotes.size(); ++j) {
            quote.bind(1, id).bind(2, plan[i].theme).bind(3, plan[i].quotes[j]).bind(4, j);
            if (!quote.exec())
                return Error{tr("Cannot plan the meeting: a quote it shows no longer exists.")};
        }
    }
    return {};
}

Result<std::optional<Verdict>> MeetingStore::setVerdict(MeetingId meeting, ThemeId theme, std::optional<Verdict> verdict)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().takeError();
    const QHash<ThemeId, Verdict> before = verdicts(meeting);
    const std::optional<Verdict> previous =
        before.contains(theme) ? std::optional<Verdict>(before.value(theme)) : std::nullopt;
    if (verdict) {
        Statement &q = m_db.cached("INSERT INTO meeting_verdicts (meeting_id, theme_id, verdict) VALUES (?, ?, ?) "
                                   "ON CONFLICT (meeting_id, theme_id) DO UPDATE SET verdict = excluded.verdict");
        q.bind(1, meeting).bind(2, theme).bind(3, verdictName(*verdict));
        if (!q.exec())
            return Error{tr("Cannot record the verdict: the meeting or the theme no longer exists.")};
    } else {
        Statement &q = m_db.cached("DELETE FROM meeting_verdicts WHERE meeting_id = ? AND theme_id = ?");
        q.bind(1, meeting).bind(2, theme);
        if (!q.exec())
            return m_db.error(q);
    }
    m_db.afterCommit([this, meeting] { Q_EMIT m_notifier.meetingChanged(meeting); });
    if (Status s = tx.commit(); !s)
        return s.takeError();
    return previous;
}

QList<Meeting> MeetingStore::list() const
{
    static const QByteArray sql = QByteArray(meetingColumns) + "ORDER BY held_on, id";
    QList<Meeting> result;
    Statement &q = m_db.cached(sql.constData());
    while (q.next())
        result.append(readMeeting(q));
    return result;
}

std::optional<Meeting> MeetingStore::find(MeetingId id) const
{
    static const QByteArray sql = QByteArray(meetingColumns) + "WHERE id = ?";
    Statement &q = m_db.cached(sql.constData());
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    Meeting m = readMeeting(q);
    q.reset();
    return m;
}

MeetingPlan MeetingStore::plan(MeetingId id) const
{
    MeetingPlan result;
    QHash<ThemeId, qsizetype> index;
    Statement &themes = m_db.cached("SELECT theme_id FROM meeting_themes WHERE meeting_id = ? ORDER BY position");
    themes.bind(1, id);
    while (themes.next()) {
        index.insert(themes.int64(0), result.size());
        result.append(PlannedTheme{themes.int64(0), {}});
    }
    Statement &quotes = m_db.cached(
        "SELECT theme_id, coding_id FROM meeting_quotes WHERE meeting_id = ? ORDER BY theme_id, position");
    quotes.bind(1, id);
    while (quotes.next()) {
        if (const auto it = index.constFind(quotes.int64(0)); it != index.constEnd())
            result[*it].quotes.append(quotes.int64(1));
    }
    return result;
}

QHash<ThemeId, Verdict> MeetingStore::verdicts(MeetingId meeting) const
{
    QHash<ThemeId, Verdict> result;
    Statement &q = m_db.cached("SELECT theme_id, verdict FROM meeting_verdicts WHERE meeting_id = ?");
    q.bind(1, meeting);
    while (q.next()) {
        if (const std::optional<Verdict> v = verdictFromName(q.text(1)))
            result.insert(q.int64(0), *v);
    }
    return result;
}

} // namespace tematik
