#pragma once

#include "core/model/memo.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace tematik {

class Database;
class ProjectNotifier;

struct NewMemo
{
    MemoTarget target;
    QString title;
    QString body;
    MemoKind kind = MemoKind::Analytic;
    MeetingId meetingId = 0; // member-check feedback: the meeting where it was said
};

// Memos: the researcher's notes on the project, a source, a code, a coding, a case or a theme. A memo
// on a row goes with it when the row is deleted (ON DELETE CASCADE); the store that deletes the row
// reports memoRemoved for each memo it took along.
class MemoStore
{
    Q_DECLARE_TR_FUNCTIONS(MemoStore)

public:
    MemoStore(Database &db, ProjectNotifier &notifier, CoderId &coder)
        : m_db(db), m_notifier(notifier), m_coder(coder)
    {
    }

    // A new memo by the current coder; fails when the target does not exist.
    Result<MemoId> add(const NewMemo &memo);
    // Replaces title and body, and records the time as the memo's modification time.
    Status setText(MemoId id, const QString &title, const QString &body);
    Status remove(MemoId id);
    // Puts removed memos back under their old ids, guids, authors and times (for undo). A memo with id 0
    // takes a new id: an interchange import keeps the guid, author and times but has no id.
    Status restore(const QList<Memo> &memos);
    // Puts back a memo's title, body and modification time as they were (for undo).
    Status restoreText(const Memo &memo);

    std::optional<Memo> find(MemoId id) const;
    // Every memo, oldest first, with the names of what it is on.
    QList<ListedMemo> list() const;
    std::optional<ListedMemo> listed(MemoId id) const;
    // The memos on target, oldest first.
    QList<Memo> forTarget(const MemoTarget &target) const;
    // The memos on any of these targets.
    QList<Memo> forTargets(const QList<MemoTarget> &targets) const;
    // The names of what target is, or nothing when it does not exist.
    std::optional<MemoTargetNames> names(const MemoTarget &target) const;

private:
    Database &m_db;
    ProjectNotifier &m_notifier;
    CoderId &m_coder;
};

} // namespace tematik
