#include "core/store/codestore.h"

#include "core/store/codingstore.h"
#include "core/store/database.h"
#include "core/store/projectnotifier.h"
#include "core/store/siblingorder.h"
#include "core/store/storedvalues.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace tematik {
namespace {

Code readCode(const Statement &q)
{
    Code c;
    c.id = q.int64(0);
    c.guid = q.text(1);
    c.parentId = q.optionalInt64(2);
    c.name = q.text(3);
    c.color = q.text(4);
    c.description = q.text(5);
    c.whenToUse = q.text(6);
    c.whenNotToUse = q.text(7);
    c.example = q.text(8);
    c.position = int(q.int64(9));
    c.createdAt = q.text(10);
    c.createdBy = q.int64(11);
    return c;
}

constexpr const char *selectCode = "SELECT id, guid, parent_id, name, color, description, when_to_use, "
                                   "when_not_to_use, example, position, created_at, ifnull(created_by, 0) FROM codes ";

bool isColor(const QString &color)
{
    static const QRegularExpression re(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return re.match(color).hasMatch();
}

} // namespace

QString CodeStore::paletteColor(int n)
{
    // Twelve hues that stay apart on screen and in print and keep dark text readable on them.
    static constexpr std::array palette{"#f4a261", "#8ecae6", "#b5e48c", "#f28482", "#cdb4db", "#ffd166",
                                        "#90be6d", "#f9c74f", "#a2d2ff", "#e9c46a", "#bde0fe", "#ffafcc"};
    return QString::fromLatin1(palette[size_t(n) % palette.size()]);
}

Result<CodeId> CodeStore::add(const NewCode &code)
{
    const QString name = code.name.trimmed();
    if (name.isEmpty())
        return Error{tr("A code needs a name.")};
    if (name.contains(u'/'))
        return Error{tr("A code name cannot contain “/”: %1").arg(name)};
    if (!code.color.isEmpty() && !isColor(code.color))
        return Error{tr("“%1” is not a colour; write it as #rrggbb.").arg(code.color)};

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().takeError();
    if (code.parentId && !find(*code.parentId))
        return Error{tr("There is no parent code with id %1.").arg(*code.parentId)};
    if (!code.guid.isEmpty()) {
        Statement &taken = m_db.cached("SELECT count(*) FROM codes WHERE guid = ?");
        taken.bind(1, code.guid);
        taken.next();
        const bool exists = taken.int64(0) > 0;
        taken.reset();
        if (exists)
            return Error{tr("There is already a code with the GUID %1.").arg(code.guid)};
    }

    QString color = code.color;
    if (color.isEmpty()) {
        Statement &count = m_db.cached("SELECT count(*) FROM codes");
        count.next();
        color = paletteColor(int(count.int64(0)));
        count.reset();
    }
    Statement &q = m_db.cached(
        "INSERT INTO codes (guid, parent_id, name, color, description, when_to_use, when_not_to_use, example, "
        "position, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "(SELECT ifnull(max(position), 0) + 1 FROM codes WHERE parent_id IS ?), ?, ?)");
    q.bind(1, code.guid.isEmpty() ? newGuid() : code.guid).bind(2, code.parentId).bind(3, name).bind(4, color.toLower());
    q.bind(5, code.description).bind(6, code.whenToUse).bind(7, code.whenNotToUse).bind(8, code.example);
    q.bind(9, code.parentId).bind(10, storedNow());
    if (m_coder > 0)
        q.bind(11, m_coder);
    if (!q.exec()) {
        if (q.error().contains(QLatin1String("UNIQUE")))
            return Error{tr("There is already a code named “%1” here.").arg(name)};
        return m_db.error(q);
    }
    const CodeId id = m_db.lastInsertId();
    m_db.afterCommit([this, id] { Q_EMIT m_notifier.codeAdded(id); });
    if (Status s = tx.commit(); !s)
        return s.takeError();
    return id;
}

Status CodeStore::update(CodeId id, const char *sql, const QString &value, const QString &failure)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    Statement &q = m_db.cached(sql);
    q.bind(1, value).bind(2, id);
    if (!q.exec()) {
        if (q.error().contains(QLatin1String("UNIQUE")))
            return Error{tr("There is already a code named “%1” here.").arg(value)};
        return Error{failure.arg(q.error())};
    }
    if (m_db.changes() == 0)
        return Error{tr("There is no code with id %1.").arg(id)};
    m_db.afterCommit([this, id] { Q_EMIT m_notifier.codeChanged(id); });
    return tx.commit();
}

Status CodeStore::rename(CodeId id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("A code needs a name.")};
    if (trimmed.contains(u'/'))
        return Error{tr("A code name cannot contain “/”: %1").arg(trimmed)};
    return update(id, "UPDATE codes SET name = ? WHERE id = ?", trimmed, tr("Cannot rename the code: %1"));
}

Status CodeStore::setColor(CodeId id, const QString &color)
{
    if (!isColor(color))
        return Error{tr("“%1” is not a colour; write it as #rrggbb.").arg(color)};
    return update(id, "UPDATE codes SET color = ? WHERE id = ?", color.toLower(), tr("Cannot change the colour of the code: %1"));
}

Status CodeStore::setDescription(CodeId id, const QString &description)
{
    return update(id, "UPDATE codes SET description = ? WHERE id = ?", description, tr("Cannot change the description of the code: %1"));
}

Status CodeStore::setDetails(CodeId id, const CodeDetails &details)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    Statement &q = m_db.cached(
        "UPDATE codes SET description = ?, when_to_use = ?, when_not_to_use = ?, example = ? WHERE id = ?");
    q.bind(1, details.description).bind(2, details.whenToUse).bind(3, details.whenNotToUse).bind(4, details.example);
    q.bind(5, id);
    if (!q.exec())
        return Error{tr("Cannot change the definition of the code: %1").arg(q.error())};
    if (m_db.changes() == 0)
        return Error{tr("There is no code with id %1.").arg(id)};
    m_db.afterCommit([this, id] { Q_EMIT m_notifier.codeChanged(id); });
    return tx.commit();
}

bool CodeStore::isWithin(CodeId code, CodeId ancestor) const
{
    // Walks up from code; UNION (not UNION ALL) ends the walk even in a damaged file with a cycle.
    Statement &q = m_db.cached("WITH RECURSIVE up(id) AS (SELECT ? UNION SELECT c.parent_id FROM codes c "
                               "JOIN up ON c.id = up.id WHERE c.parent_id IS NOT NULL) "
                               "SELECT count(*) FROM up WHERE id = ?");
    q.bind(1, code).bind(2, ancestor);
    const bool within = q.next() && q.int64(0) > 0;
    q.reset();
    return within;
}

QString CodeStore::clashMessage(const QString &name, std::optional<CodeId> parent) const
{
    if (!parent)
        return tr("There is already a code named “%1” at the top level.").arg(name);
    return tr("There is already a code named “%1” under “%2”.").arg(name, path(*parent));
}

Result<QList<CodePlacement>> CodeStore::move(CodeId id, std::optional<CodeId> newParent, int index)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().takeError();
    const std::optional<Code> code = find(id);
    if (!code)
        return Error{tr("There is no code with id %1.").arg(id)};
    if (newParent) {
        if (!find(*newParent))
            return Error{tr("There is no code with id %1.").arg(*newParent)};
        if (isWithin(*newParent, id))
            return Error{tr("“%1” cannot be moved under itself or one of its own subcodes.").arg(code->name)};
    }
    if (newParent != code->parentId) {
        Statement &clash = m_db.cached("SELECT count(*) FROM codes WHERE parent_id IS ? AND name = ?");
        clash.bind(1, newParent).bind(2, code->name);
        const bool taken = clash.next() && clash.int64(0) > 0;
        clash.reset();
        if (taken)
            return Error{clashMessage(code->name, newParent)};
    }

    Result<QList<CodePlacement>> placed = placeAmongSiblings(
        m_db, "SELECT id, position FROM codes WHERE parent_id IS ? AND id != ? ORDER BY position, id",
        "UPDATE codes SET parent_id = ?, position = ? WHERE id = ?", CodePlacement{id, code->parentId, code->position},
        newParent, index);
    if (!placed)
        return placed;
    const QList<CodePlacement> before = *placed;
    if (!before.isEmpty())
        m_db.afterCommit([this, id] { Q_EMIT m_notifier.codeMoved(id); });
    if (Status s = tx.commit(); !s)
        return s.takeError();
    return before;
}

Status CodeStore::place(const QList<CodePlacement> &placements)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    Statement &update = m_db.cached("UPDATE codes SET parent_id = ?, position = ? WHERE id = ?");
    for (const CodePlacement &p : placements) {
        update.bind(1, p.parentId).bind(2, p.position).bind(3, p.id);
        if (!update.exec()) {
            if (update.error().contains(QLatin1String("UNIQUE")))
                return Error{clashMessage(find(p.id).value_or(Code{}).name, p.parentId)};
            return m_db.error(update);
        }
        if (m_db.changes() == 0)
            return Error{tr("There is no code with id %1.").arg(p.id)};
    }
    m_db.afterCommit([this, placements] {
        for (const CodePlacement &p : placements)
            Q_EMIT m_notifier.codeMoved(p.id);
    });
    return tx.commit();
}

Result<CodeMerge> CodeStore::merge(CodeId from, CodeId into)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().takeError();
    const std::optional<Code> source = find(from);
    if (!source)
        return Error{tr("There is no code with id %1.").arg(from)};
    const std::optional<Code> target = find(into);
    if (!target)
        return Error{tr("There is no code with id %1.").arg(into)};
    if (isWithin(into, from))
        return Error{tr("“%1” cannot be merged into itself or one of its own subcodes.").arg(source->name)};
    // Two subcodes of one name under the target would be ambiguous; the researcher decides which goes.
    Statement &clash = m_db.cached("SELECT a.name FROM codes a JOIN codes b ON a.name = b.name "
                                   "WHERE a.parent_id = ? AND b.parent_id = ? AND b.id != ?");
    clash.bind(1, from).bind(2, into).bind(3, from);
    if (clash.next()) {
        const QString name = clash.text(0);
        clash.reset();
        return Error{tr("Cannot merge “%1” into “%2”: both have a subcode named “%3”. Rename or merge one "
                        "of them first.")
                         .arg(source->name, target->name, name)};
    }

    CodeMerge merge;
    merge.from = *source;
    merge.into = into;
    QSet<SourceId> touched;
    // Codings of a range the target codes already would be doubled: they go, kept whole for undo.
    CodingStore codings(m_db, m_notifier, m_coder);
    Statement &dup = m_db.cached("SELECT id FROM codings d WHERE code_id = ? AND EXISTS (SELECT 1 FROM codings t "
                                 "WHERE t.code_id = ? AND t.source_id = d.source_id AND t.start = d.start "
                                 "AND t.end = d.end) ORDER BY id");
    dup.bind(1, from).bind(2, into);
    QList<CodingId> dropped;
    while (dup.next())
        dropped.append(dup.int64(0));
    Statement &drop = m_db.cached("DELETE FROM codings WHERE id = ?");
    for (CodingId id : std::as_const(dropped)) {
        const std::optional<Coding> c = codings.find(id);
        if (!c)
            return Error{tr("There is no coding with id %1.").arg(id)};
        merge.droppedCodings.append(*c);
        touched.insert(c->sourceId);
        drop.bind(1, id);
        if (!drop.exec())
            return m_db.error(drop);
    }
    Statement &moving = m_db.cached("SELECT id, source_id FROM codings WHERE code_id = ? ORDER BY id");
    moving.bind(1, from);
    while (moving.next()) {
        merge.movedCodings.append(moving.int64(0));
        touched.insert(moving.int64(1));
    }
    Statement &recode = m_db.cached("UPDATE codings SET code_id = ? WHERE code_id = ?");
    recode.bind(1, into).bind(2, from);
    if (!recode.exec())
        return m_db.error(recode);

    Statement &memos = m_db.cached("SELECT id FROM memos WHERE code_id = ? ORDER BY id");
    memos.bind(1, from);
    while (memos.next())
        merge.movedMemos.append(memos.int64(0));
    Statement &rememo = m_db.cached("UPDATE memos SET code_id = ? WHERE code_id = ?");
    rememo.bind(1, into).bind(2, from);
    if (!rememo.exec())
        return m_db.error(rememo);

    // A child may share the merged code's name (A/A merged into A's parent): the merged code, about to
    // go, takes its unique guid as a name so that the child can take its place.
    Statement &aside = m_db.cached("UPDATE codes SET name = guid WHERE id = ?");
    aside.bind(1, from);
    if (!aside.exec())
        return m_db.error(aside);
    Statement &children = m_db.cached("SELECT id, position FROM codes WHERE parent_id = ? ORDER BY position, id");
    children.bind(1, from);
    while (children.next())
        merge.movedChildren.append(CodePlacement{children.int64(0), from, int(children.int64(1))});
    Statement &last = m_db.cached("SELECT ifnull(max(position), 0) FROM codes WHERE parent_id = ?");
    last.bind(1, into);
    int position = last.next() ? int(last.int64(0)) : 0;
    last.reset();
    Statement &adopt = m_db.cached("UPDATE codes SET parent_id = ?, position = ? WHERE id = ?");
    for (const CodePlacement &child : std::as_const(merge.movedChildren)) {
        adopt.bind(1, into).bind(2, ++position).bind(3, child.id);
        if (!adopt.exec())
            return m_db.error(adopt);
    }

    Statement &remove = m_db.cached("DELETE FROM codes WHERE id = ?");
    remove.bind(1, from);
    if (!remove.exec())
        return m_db.error(remove);
    m_db.afterCommit([this, merge, touched] {
        for (const CodePlacement &child : merge.movedChildren)
            Q_EMIT m_notifier.codeMoved(child.id);
        Q_EMIT m_notifier.codeRemoved(merge.from.id);
        for (SourceId s : touched)
            Q_EMIT m_notifier.codingsChanged(s);
        for (MemoId memo : merge.movedMemos)
            Q_EMIT m_notifier.memoChanged(memo);
    });
    if (Status s = tx.commit(); !s)
        return s.takeError();
    return merge;
}

Status CodeStore::unmerge(const CodeMerge &merge)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    // The merged code comes back under a stand-in name (its guid) until its children have left the
    // target: one of them may have its name (see merge()).
    Code standIn = merge.from;
    standIn.name = standIn.guid;
    if (Status s = restore({standIn}); !s)
        return s;
    if (Status s = place(merge.movedChildren); !s)
        return s;
    Statement &name = m_db.cached("UPDATE codes SET name = ? WHERE id = ?");
    name.bind(1, merge.from.name).bind(2, merge.from.id);
    if (!name.exec())
        return name.error().contains(QLatin1String("UNIQUE"))
                   ? Error{clashMessage(merge.from.name, merge.from.parentId)}
                   : m_db.error(name);
    QSet<SourceId> touched;
    Statement &recode = m_db.cached("UPDATE codings SET code_id = ? WHERE id = ? RETURNING source_id");
    for (CodingId id : merge.movedCodings) {
        recode.bind(1, merge.from.id).bind(2, id);
        if (!recode.next())
            return recode.failed() ? m_db.error(recode) : Error{tr("There is no coding with id %1.").arg(id)};
        touched.insert(recode.int64(0));
        recode.reset();
    }
    Statement &rememo = m_db.cached("UPDATE memos SET code_id = ? WHERE id = ?");
    for (MemoId id : merge.movedMemos) {
        rememo.bind(1, merge.from.id).bind(2, id);
        if (!rememo.exec())
            return m_db.error(rememo);
    }
    m_db.afterCommit([this, touched, memos = merge.movedMemos] {
        for (SourceId s : touched)
            Q_EMIT m_notifier.codingsChanged(s);
        for (MemoId memo : memos)
            Q_EMIT m_notifier.memoChanged(memo);
    });
    return tx.commit();
}

Status CodeStore::remove(CodeId id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    // The sources whose codings go with the code (and its descendants, by ON DELETE CASCADE).
    QList<SourceId> touched;
    Statement &sources = m_db.cached(
        "WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL SELECT c.id FROM codes c JOIN tree ON c.parent_id = tree.id) "
        "SELECT DISTINCT source_id FROM codings WHERE code_id IN tree");
    sources.bind(1, id);
    while (sources.next())
        touched.append(sources.int64(0));
    // The memos on those codes and codings go too.
    QList<MemoId> memos;
    Statement &memoQuery = m_db.cached(
        "WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL SELECT c.id FROM codes c JOIN tree ON c.parent_id = tree.id) "
        "SELECT id FROM memos WHERE code_id IN tree OR coding_id IN (SELECT id FROM codings WHERE code_id IN tree)");
    memoQuery.bind(1, id);
    while (memoQuery.next())
        memos.append(memoQuery.int64(0));
    Statement &q = m_db.cached("DELETE FROM codes WHERE id = ?");
    q.bind(1, id);
    if (!q.exec())
        return m_db.error(q);
    if (m_db.changes() == 0)
        return Error{tr("There is no code with id %1.").arg(id)};
    m_db.afterCommit([this, id, touched, memos] {
        for (MemoId m : memos)
            Q_EMIT m_notifier.memoRemoved(m);
        Q_EMIT m_notifier.codeRemoved(id);
        for (SourceId s : touched)
            Q_EMIT m_notifier.codingsChanged(s);
    });
    return tx.commit();
}

Status CodeStore::restore(const QList<Code> &codes)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    Statement &q = m_db.cached("INSERT INTO codes (id, guid, parent_id, name, color, description, when_to_use, "
                               "when_not_to_use, example, position, created_at, created_by) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const Code &c : codes) {
        q.bind(1, c.id).bind(2, c.guid).bind(3, c.parentId).bind(4, c.name).bind(5, c.color);
        q.bind(6, c.description).bind(7, c.whenToUse).bind(8, c.whenNotToUse).bind(9, c.example);
        q.bind(10, c.position).bind(11, c.createdAt);
        q.bind(12, c.createdBy > 0 ? std::optional<qint64>(c.createdBy) : std::nullopt);
        if (!q.exec())
            return m_db.error(q);
    }
    m_db.afterCommit([this, codes] {
        for (const Code &c : codes)
            Q_EMIT m_notifier.codeAdded(c.id);
    });
    return tx.commit();
}

QList<Code> CodeStore::subtree(CodeId id) const
{
    // list() is depth-first, so a subtree is a contiguous run starting at its root.
    QList<Code> result;
    QSet<CodeId> inside;
    for (const Code &c : list()) {
        if (c.id == id || (c.parentId && inside.contains(*c.parentId))) {
            inside.insert(c.id);
            result.append(c);
        }
    }
    return result;
}

qint64 CodeStore::count() const
{
    return m_db.cached("SELECT count(*) FROM codes").firstInt64();
}

QList<Code> CodeStore::list() const
{
    // Depth-first order, so that every parent comes before its children.
    Statement &q = m_db.cached(
        "WITH RECURSIVE tree(id, sort) AS ("
        " SELECT id, printf('%08d.%010d', position, id) FROM codes WHERE parent_id IS NULL"
        " UNION ALL SELECT c.id, tree.sort || '/' || printf('%08d.%010d', c.position, c.id)"
        " FROM codes c JOIN tree ON c.parent_id = tree.id) "
        "SELECT c.id, c.guid, c.parent_id, c.name, c.color, c.description, c.when_to_use, c.when_not_to_use, "
        "c.example, c.position, c.created_at, ifnull(c.created_by, 0) FROM codes c JOIN tree ON tree.id = c.id "
        "ORDER BY tree.sort");
    QList<Code> result;
    while (q.next())
        result.append(readCode(q));
    return result;
}

std::optional<Code> CodeStore::find(CodeId id) const
{
    static const QByteArray sql = QByteArray(selectCode) + "WHERE id = ?";
    Statement &q = m_db.cached(sql.constData());
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    Code c = readCode(q);
    q.reset();
    return c;
}

std::optional<Code> CodeStore::findByPath(const QString &path) const
{
    static const QByteArray sql = QByteArray(selectCode) + "WHERE parent_id IS ? AND name = ?";
    std::optional<Code> current;
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return std::nullopt;
    for (const QString &part : parts) {
        Statement &q = m_db.cached(sql.constData());
        q.bind(1, current ? std::optional<qint64>(current->id) : std::nullopt).bind(2, part.trimmed());
        if (!q.next())
            return std::nullopt;
        current = readCode(q);
        q.reset();
    }
    return current;
}

QString CodeStore::path(CodeId id) const
{
    QStringList parts;
    std::optional<CodeId> next = id;
    // Bounded by the tree's depth; the guard stops a damaged file with a parent cycle.
    for (int depth = 0; next && depth < 1000; ++depth) {
        const std::optional<Code> code = find(*next);
        if (!code)
            break;
        parts.prepend(code->name);
        next = code->parentId;
    }
    return parts.join(u'/');
}

} // namespace tematik
