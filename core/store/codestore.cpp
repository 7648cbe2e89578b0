#include "core/store/codestore.h"

#include "core/store/database.h"
#include "core/store/projectnotifier.h"
#include "core/store/storedvalues.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>

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
    c.position = int(q.int64(6));
    c.createdAt = q.text(7);
    c.createdBy = q.int64(8);
    return c;
}

constexpr const char *selectCode =
    "SELECT id, guid, parent_id, name, color, description, position, created_at, ifnull(created_by, 0) FROM codes ";

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

    QString color = code.color;
    if (color.isEmpty()) {
        Statement &count = m_db.cached("SELECT count(*) FROM codes");
        count.next();
        color = paletteColor(int(count.int64(0)));
        count.reset();
    }
    Statement &q = m_db.cached(
        "INSERT INTO codes (guid, parent_id, name, color, description, position, created_at, created_by) "
        "VALUES (?, ?, ?, ?, ?, (SELECT ifnull(max(position), 0) + 1 FROM codes WHERE parent_id IS ?), ?, ?)");
    q.bind(1, newGuid()).bind(2, code.parentId).bind(3, name).bind(4, color.toLower());
    q.bind(5, code.description).bind(6, code.parentId).bind(7, storedNow());
    if (m_coder > 0)
        q.bind(8, m_coder);
    if (!q.exec()) {
        if (q.error().contains(QLatin1String("UNIQUE")))
            return Error{tr("There is already a code named “%1” here.").arg(name)};
        return m_db.error(q.error());
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
        return m_db.error(q.error());
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
    Statement &q = m_db.cached("INSERT INTO codes (id, guid, parent_id, name, color, description, position, created_at, "
                               "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const Code &c : codes) {
        q.bind(1, c.id).bind(2, c.guid).bind(3, c.parentId).bind(4, c.name).bind(5, c.color);
        q.bind(6, c.description).bind(7, c.position).bind(8, c.createdAt);
        q.bind(9, c.createdBy > 0 ? std::optional<qint64>(c.createdBy) : std::nullopt);
        if (!q.exec())
            return m_db.error(q.error());
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

QList<Code> CodeStore::list() const
{
    // Depth-first order, so that every parent comes before its children.
    Statement &q = m_db.cached(
        "WITH RECURSIVE tree(id, sort) AS ("
        " SELECT id, printf('%08d.%010d', position, id) FROM codes WHERE parent_id IS NULL"
        " UNION ALL SELECT c.id, tree.sort || '/' || printf('%08d.%010d', c.position, c.id)"
        " FROM codes c JOIN tree ON c.parent_id = tree.id) "
        "SELECT c.id, c.guid, c.parent_id, c.name, c.color, c.description, c.position, c.created_at, "
        "ifnull(c.created_by, 0) FROM codes c JOIN tree ON tree.id = c.id ORDER BY tree.sort");
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
