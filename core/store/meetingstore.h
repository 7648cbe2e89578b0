#pragma once

#include "core/model/meeting.h"
#include "core/model/memo.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace tematik {

class Database;
class ProjectNotifier;

// What removing a meeting took with it: all that restore() needs to put it back.
struct MeetingRemoval
{
    Meeting meeting;
    MeetingPlan plan;
    QHash<ThemeId, Verdict> verdicts;
    QList<Memo> feedback; // the member-check memos naming the meeting
};

// Member-checking meetings: each with the plan of themes and quotes it shows and the verdict the
// participants gave on each theme. What they said is kept as member-check memos on the themes, naming
// the meeting (MemoStore). Removing a theme takes its place in plans and its verdicts with it.
class MeetingStore
{
    Q_DECLARE_TR_FUNCTIONS(MeetingStore)

public:
    MeetingStore(Database &db, ProjectNotifier &notifier) : m_db(db), m_notifier(notifier) {}

    // A meeting with its plan, in one transaction. The title must not be empty, the date must be valid,
    // and every theme and coding of the plan must exist.
    Result<MeetingId> add(const QString &title, const QDate &heldOn, const MeetingPlan &plan);
    Status setDetails(MeetingId id, const QString &title, const QDate &heldOn);
    Status setPlan(MeetingId id, const MeetingPlan &plan);
    // Details and plan together, as one action.
    Status update(MeetingId id, const QString &title, const QDate &heldOn, const MeetingPlan &plan);
    // Removes the meeting with its plan, its verdicts and the feedback taken down at it.
    Result<MeetingRemoval> remove(MeetingId id);
    // Reverses remove(): the meeting, its plan, verdicts and feedback come back with their old ids.
    Status restore(const MeetingRemoval &removal);
    // Sets (or clears, with nothing) the verdict on a theme; returns the verdict it replaced, for undo.
    Result<std::optional<Verdict>> setVerdict(MeetingId meeting, ThemeId theme, std::optional<Verdict> verdict);

    // Meetings by date, then in the order they were made.
    QList<Meeting> list() const;
    std::optional<Meeting> find(MeetingId id) const;
    MeetingPlan plan(MeetingId id) const;
    QHash<ThemeId, Verdict> verdicts(MeetingId meeting) const;

private:
    Status validate(const QString &title, const QDate &heldOn) const;
    Status writePlan(MeetingId id, const MeetingPlan &plan);

    Database &m_db;
    ProjectNotifier &m_notifier;
    // Removing and restoring memos records no author: the memos keep theirs.
    CoderId m_noCoder = 0;
};

} // namespace tematik
