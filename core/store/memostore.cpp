#include "core/store/memostore.h"

#include "core/store/database.h"
#include "core/store/projectnotifier.h"
#include "core/store/storedvalues.h"

#include <array>

namespace tematik {
namespace {

constexpr const char *memoColumns =
    "SELECT id, guid, kind, title, body, source_id, code_id, coding_id, case_id, theme_id, ifnull(author_id, 0), "
    "created_at, modified_at, ifnull(meeting_id, 0) FROM memos ";

// The target columns in the order of memoColumns and of every statement that binds a target.
constexpr std::array<std::pair<MemoTarget::Kind, const char *>, 5> targetColumns{{
    {MemoTarget::Kind::Source, "source_id"},
    {MemoTarget::Kind::Code, "code_id"},
    {MemoTarget::Kind::Coding, "coding_id"},
    {MemoTarget::Kind::Case, "case_id"},
    {MemoTarget::Kind::Theme, "theme_id"},
}};

Memo readMemo(const Statement &q)
{
    Memo m;
    m.id = q.int64(0);
    m.guid = q.text(1);
    m.kind = memoKindFromName(q.text(2)).value_or(MemoKind::Analytic);
    m.title = q.text(3);
    m.body = q.text(4);
    for (size_t i = 0; i < targetColumns.size(); ++i) {
        if (!q.isNull(5 + int(i)))
            m.target = MemoTarget{targetColumns[i].first, q.int64(5 + int(i))};
    }
    m.authorId = q.int64(10);
    m.createdAt = q.text(11);
    m.modifiedAt = q.text(12);
    m.meetingId = q.int64(13);
    return m;
}

// Binds the five target columns from first on: the target's id in its column, NULL in the others.
void bindTarget(Statement &q, int first, const MemoTarget &target)
{
    for (size_t i = 0; i < targetColumns.size(); ++i) {
        if (targetColumns[i].first == target.kind)
            q.bind(first + int(i), target.id);
        else
            q.bindNull(first + int(i));
    }
}

// "WHERE source_id = ?" and so on for each kind; for the project, no target column set.
const char *selectForTarget(MemoTarget::Kind kind)
{
    static const std::array<QByteArray, 6> sql = [] {
        std::array<QByteArray, 6> s;
        QByteArray none = QByteArray(memoColumns) + "WHERE ";
        for (size_t i = 0; i < targetColumns.size(); ++i) {
            const auto &[k, column] = targetColumns[i];
            s[size_t(k)] = QByteArray(memoColumns) + "WHERE " + column + " = ? ORDER BY id";
            none += QByteArray(i > 0 ? " AND " : "") + column + " IS NULL";
        }
        s[size_t(MemoTarget::Kind::Project)] = none + " ORDER BY id";
        return s;
    }();
    return sql[size_t(kind)].constData();
}

std::optional<QString> textOf(Database &db, const char *sql, qint64 key)
{
    Statement &q = db.cached(sql);
    q.bind(1, key);
    if (!q.next())
        return std::nullopt;
    const QString text = q.text(0);
    q.reset();
    return text;
}

// "Parent/Child"; the depth bound stops a damaged file with a parent cycle.
constexpr const char *codePath =
    "WITH RECURSIVE up(parent_id, path, depth) AS ("
    " SELECT parent_id, name, 0 FROM codes WHERE id = ?"
    " UNION ALL SELECT c.parent_id, c.name || '/' || up.path, up.depth + 1"
    " FROM codes c JOIN up ON c.id = up.parent_id WHERE up.depth < 1000) "
    "SELECT path FROM up WHERE parent_id IS NULL";

} // namespace

Result<MemoId> MemoStore::add(const NewMemo &memo)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().takeError();
    if (!names(memo.target))
        return Error{tr("Cannot write the memo: what it is on no longer exists.")};
    if (memo.meetingId > 0 && !textOf(m_db, "SELECT title FROM meetings WHERE id = ?", memo.meetingId))
        return Error{tr("Cannot write the memo: its meeting no longer exists.")};
    Statement &q = m_db.cached("INSERT INTO memos (guid, kind, title, body, source_id, code_id, coding_id, "
                               "case_id, theme_id, author_id, created_at, modified_at, meeting_id) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QString now = storedNow();
    q.bind(1, newGuid()).bind(2, memoKindName(memo.kind)).bind(3, memo.title).bind(4, memo.body);
    bindTarget(q, 5, memo.target);
    q.bind(10, m_coder > 0 ? std::optional<qint64>(m_coder) : std::nullopt).bind(11, now).bind(12, now);
    q.bind(13, memo.meetingId > 0 ? std::optional<qint64>(memo.meetingId) : std::nullopt);
    if (!q.exec())
        return m_db.error(q);
    const MemoId id = m_db.lastInsertId();
    m_db.afterCommit([&notifier = m_notifier, id] { Q_EMIT notifier.memoAdded(id); });
    if (Status s = tx.commit(); !s)
        return s.takeError();
    return id;
}

Status MemoStore::setText(MemoId id, const QString &title, const QString &body)
{
    Memo memo;
    memo.id = id;
    memo.title = title;
    memo.body = body;
    memo.modifiedAt = storedNow();
    return restoreText(memo);
}

Status MemoStore::restoreText(const Memo &memo)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    Statement &q = m_db.cached("UPDATE memos SET title = ?, body = ?, modified_at = ? WHERE id = ?");
    q.bind(1, memo.title).bind(2, memo.body).bind(3, memo.modifiedAt).bind(4, memo.id);
    if (!q.exec())
        return m_db.error(q);
    if (m_db.changes() == 0)
        return Error{tr("There is no memo with id %1.").arg(memo.id)};
    m_db.afterCommit([&notifier = m_notifier, id = memo.id] { Q_EMIT notifier.memoChanged(id); });
    return tx.commit();
}

Status MemoStore::remove(MemoId id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    Statement &q = m_db.cached("DELETE FROM memos WHERE id = ?");
    q.bind(1, id);
    if (!q.exec())
        return m_db.error(q);
    if (m_db.changes() == 0)
        return Error{tr("There is no memo with id %1.").arg(id)};
    m_db.afterCommit([&notifier = m_notifier, id] { Q_EMIT notifier.memoRemoved(id); });
    return tx.commit();
}

Status MemoStore::restore(const QList<Memo> &memos)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    Statement &q = m_db.cached("INSERT INTO memos (id, guid, kind, title, body, source_id, code_id, coding_id, "
                               "case_id, theme_id, author_id, created_at, modified_at, meeting_id) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QList<MemoId> added;
    for (const Memo &m : memos) {
        q.bind(1, m.id > 0 ? std::optional<qint64>(m.id) : std::nullopt).bind(2, m.guid).bind(3, memoKindName(m.kind)).bind(4, m.title).bind(5, m.body);
        bindTarget(q, 6, m.target);
        q.bind(11, m.authorId > 0 ? std::optional<qint64>(m.authorId) : std::nullopt);
        q.bind(12, m.createdAt).bind(13, m.modifiedAt);
        q.bind(14, m.meetingId > 0 ? std::optional<qint64>(m.meetingId) : std::nullopt);
        if (!q.exec())
            return m_db.error(q);
        added.append(m.id > 0 ? m.id : m_db.lastInsertId());
    }
    // The notifier, not this store, which may be a temporary (MeetingStore::restore) gone by the time an
    // enclosing transaction commits.
    m_db.afterCommit([&notifier = m_notifier, added] {
        for (const MemoId id : added)
            Q_EMIT notifier.memoAdded(id);
    });
    return tx.commit();
}

std::optional<Memo> MemoStore::find(MemoId id) const
{
    static const QByteArray sql = QByteArray(memoColumns) + "WHERE id = ?";
    Statement &q = m_db.cached(sql.constData());
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    Memo m = readMemo(q);
    q.reset();
    return m;
}

QList<ListedMemo> MemoStore::list() const
{
    static const QByteArray sql = QByteArray(memoColumns) + "ORDER BY id";
    QList<Memo> memos;
    Statement &q = m_db.cached(sql.constData());
    while (q.next())
        memos.append(readMemo(q));
    // One small query per memo for the names: a project holds hundreds of memos, not millions.
    QList<ListedMemo> result;
    result.reserve(memos.size());
    for (const Memo &m : std::as_const(memos))
        result.append(ListedMemo{m, names(m.target).value_or(MemoTargetNames{})});
    return result;
}

std::optional<ListedMemo> MemoStore::listed(MemoId id) const
{
    std::optional<Memo> memo = find(id);
    if (!memo)
        return std::nullopt;
    return ListedMemo{*memo, names(memo->target).value_or(MemoTargetNames{})};
}

QList<Memo> MemoStore::forTarget(const MemoTarget &target) const
{
    QList<Memo> result;
    Statement &q = m_db.cached(selectForTarget(target.kind));
    if (target.kind != MemoTarget::Kind::Project)
        q.bind(1, target.id);
    while (q.next())
        result.append(readMemo(q));
    return result;
}

QList<Memo> MemoStore::forTargets(const QList<MemoTarget> &targets) const
{
    QList<Memo> result;
    for (const MemoTarget &t : targets)
        result += forTarget(t);
    return result;
}

std::optional<MemoTargetNames> MemoStore::names(const MemoTarget &target) const
{
    switch (target.kind) {
    case MemoTarget::Kind::Project:
        return MemoTargetNames{};
    case MemoTarget::Kind::Source:
        if (const auto name = textOf(m_db, "SELECT name FROM sources WHERE id = ?", target.id))
            return MemoTargetNames{*name, {}};
        return std::nullopt;
    case MemoTarget::Kind::Code:
        if (const auto path = textOf(m_db, codePath, target.id))
            return MemoTargetNames{*path, {}};
        return std::nullopt;
    case MemoTarget::Kind::Coding: {
        Statement &q = m_db.cached("SELECT g.code_id, s.name FROM codings g JOIN sources s ON s.id = g.source_id "
                                   "WHERE g.id = ?");
        q.bind(1, target.id);
        if (!q.next())
            return std::nullopt;
        const CodeId code = q.int64(0);
        const QString source = q.text(1);
        q.reset();
        return MemoTargetNames{textOf(m_db, codePath, code).value_or(QString()), source};
    }
    case MemoTarget::Kind::Case:
        if (const auto name = textOf(m_db, "SELECT name FROM cases WHERE id = ?", target.id))
            return MemoTargetNames{*name, {}};
        return std::nullopt;
    case MemoTarget::Kind::Theme:
        if (const auto name = textOf(m_db, "SELECT name FROM themes WHERE id = ?", target.id))
            return MemoTargetNames{*name, {}};
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace tematik
