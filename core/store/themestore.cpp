#include "core/store/themestore.h"

#include "core/store/database.h"
#include "core/store/memostore.h"
#include "core/store/projectnotifier.h"
#include "core/store/siblingorder.h"
#include "core/store/storedvalues.h"

#include <QStringList>

#include <algorithm>

namespace tematik {
namespace {

Theme readTheme(const Statement &q)
{
    Theme t;
    t.id = q.int64(0);
    t.guid = q.text(1);
    t.parentId = q.optionalInt64(2);
    t.kind = Theme::kindFromName(q.text(3)).value_or(Theme::Kind::Theme);
    t.name = q.text(4);
    t.definition = q.text(5);
    t.status = Theme::statusFromName(q.text(6)).value_or(Theme::Status::Candidate);
    t.position = int(q.int64(7));
    t.createdAt = q.text(8);
    return t;
}

} // namespace

Status ThemeStore::checkName(const QString &name, std::optional<ThemeId> parent, ThemeId except) const
{
    // The schema of version 1 has no unique index on theme names, so the rule is kept here.
    Statement &q = m_db.cached("SELECT count(*) FROM themes WHERE parent_id IS ? AND name = ? AND id != ?");
    q.bind(1, parent).bind(2, name).bind(3, except);
    const bool taken = q.next() && q.int64(0) > 0;
    q.reset();
    if (!taken)
        return {};
    if (!parent)
        return Error{tr("There is already a theme or dimension named “%1” at the top level.").arg(name)};
    const QString dimension = find(*parent).value_or(Theme{}).name;
    return Error{tr("There is already a theme named “%1” in the dimension “%2”.").arg(name, dimension)};
}

Result<ThemeId> ThemeStore::insert(Theme::Kind kind, const QString &name, std::optional<ThemeId> parent,
                                   const QString &definition, const QString &guid)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{kind == Theme::Kind::Dimension ? tr("A dimension needs a name.")
                                                    : tr("A theme needs a name.")};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().takeError();
    if (parent) {
        const std::optional<Theme> dimension = find(*parent);
        if (!dimension || dimension->kind != Theme::Kind::Dimension)
            return Error{tr("There is no dimension with id %1.").arg(*parent)};
    }
    if (Status s = checkName(trimmed, parent, 0); !s)
        return s.takeError();
    Statement &q = m_db.cached("INSERT INTO themes (guid, parent_id, kind, name, definition, position, "
                               "created_at) VALUES (?, ?, ?, ?, ?, "
                               "(SELECT ifnull(max(position), 0) + 1 FROM themes WHERE parent_id IS ?), ?)");
    q.bind(1, guid.isEmpty() ? newGuid() : guid).bind(2, parent).bind(3, Theme::kindName(kind)).bind(4, trimmed).bind(5, definition);
    q.bind(6, parent).bind(7, storedNow());
    if (!q.exec())
        return m_db.error(q);
    const ThemeId id = m_db.lastInsertId();
    m_db.afterCommit([this, id] { Q_EMIT m_notifier.themeAdded(id); });
    if (Status s = tx.commit(); !s)
        return s.takeError();
    return id;
}

Result<ThemeId> ThemeStore::addTheme(const QString &name, std::optional<ThemeId> dimension,
                                     const QString &definition, const QString &guid)
{
    return insert(Theme::Kind::Theme, name, dimension, definition, guid);
}

Result<ThemeId> ThemeStore::addDimension(const QString &name, const QString &definition, const QString &guid)
{
    return insert(Theme::Kind::Dimension, name, std::nullopt, definition, guid);
}

Status ThemeStore::update(ThemeId id, const char *sql, const QString &value)
{
    Statement &q = m_db.cached(sql);
    q.bind(1, value).bind(2, id);
    if (!q.exec())
        return m_db.error(q);
    if (m_db.changes() == 0)
        return Error{tr("There is no theme with id %1.").arg(id)};
    m_db.afterCommit([this, id] { Q_EMIT m_notifier.themeChanged(id); });
    return {};
}

Status ThemeStore::rename(ThemeId id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("A theme needs a name.")};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    const std::optional<Theme> theme = find(id);
    if (!theme)
        return Error{tr("There is no theme with id %1.").arg(id)};
    if (Status s = checkName(trimmed, theme->parentId, id); !s)
        return s;
    if (Status s = update(id, "UPDATE themes SET name = ? WHERE id = ?", trimmed); !s)
        return s;
    return tx.commit();
}

Status ThemeStore::setDefinition(ThemeId id, const QString &definition)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = update(id, "UPDATE themes SET definition = ? WHERE id = ?", definition); !s)
        return s;
    return tx.commit();
}

Status ThemeStore::setStatus(ThemeId id, Theme::Status status)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = update(id, "UPDATE themes SET status = ? WHERE id = ?", Theme::statusName(status)); !s)
        return s;
    return tx.commit();
}

Result<QList<ThemePlacement>> ThemeStore::move(ThemeId id, std::optional<ThemeId> dimension, int index)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().takeError();
    const std::optional<Theme> theme = find(id);
    if (!theme)
        return Error{tr("There is no theme with id %1.").arg(id)};
    if (dimension) {
        if (theme->kind == Theme::Kind::Dimension)
            return Error{tr("The dimension “%1” cannot be put inside another dimension.").arg(theme->name)};
        const std::optional<Theme> target = find(*dimension);
        if (!target || target->kind != Theme::Kind::Dimension)
            return Error{tr("There is no dimension with id %1.").arg(*dimension)};
    }
    if (Status s = checkName(theme->name, dimension, id); !s)
        return s.takeError();

    Result<QList<ThemePlacement>> placed = placeAmongSiblings(
        m_db, "SELECT id, position FROM themes WHERE parent_id IS ? AND id != ? ORDER BY position, id",
        "UPDATE themes SET parent_id = ?, position = ? WHERE id = ?", ThemePlacement{id, theme->parentId, theme->position},
        dimension, index);
    if (!placed)
        return placed;
    const QList<ThemePlacement> before = *placed;
    m_db.afterCommit([this, before] {
        for (const ThemePlacement &p : before)
            Q_EMIT m_notifier.themeChanged(p.id);
    });
    if (Status s = tx.commit(); !s)
        return s.takeError();
    return before;
}

Status ThemeStore::place(const QList<ThemePlacement> &placements)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    Statement &update = m_db.cached("UPDATE themes SET parent_id = ?, position = ? WHERE id = ?");
    for (const ThemePlacement &p : placements) {
        update.bind(1, p.parentId).bind(2, p.position).bind(3, p.id);
        if (!update.exec())
            return m_db.error(update);
        if (m_db.changes() == 0)
            return Error{tr("There is no theme with id %1.").arg(p.id)};
    }
    m_db.afterCommit([this, placements] {
        for (const ThemePlacement &p : placements)
            Q_EMIT m_notifier.themeChanged(p.id);
    });
    return tx.commit();
}

Result<ThemeRemoval> ThemeStore::remove(ThemeId id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().takeError();
    const std::optional<Theme> theme = find(id);
    if (!theme)
        return Error{tr("There is no theme with id %1.").arg(id)};
    ThemeRemoval removal;
    removal.theme = *theme;

    // A dimension's themes join the top level after what is there, in their order.
    Statement &children =
        m_db.cached("SELECT id, position, name FROM themes WHERE parent_id = ? ORDER BY position, id");
    children.bind(1, id);
    QStringList names;
    while (children.next()) {
        removal.formerThemes.append(ThemePlacement{children.int64(0), id, int(children.int64(1))});
        names.append(children.text(2));
    }
    Statement &last = m_db.cached("SELECT ifnull(max(position), 0) FROM themes WHERE parent_id IS NULL");
    int position = last.next() ? int(last.int64(0)) : 0;
    last.reset();
    Statement &lift = m_db.cached("UPDATE themes SET parent_id = NULL, position = ? WHERE id = ?");
    for (qsizetype i = 0; i < removal.formerThemes.size(); ++i) {
        if (Status s = checkName(names[i], std::nullopt, id); !s)
            return Error{
                tr("Cannot remove the dimension “%1”: its theme “%2” would sit at the top level beside "
                   "another of the same name. Rename one of them first.")
                    .arg(theme->name, names[i])};
        lift.bind(1, ++position).bind(2, removal.formerThemes[i].id);
        if (!lift.exec())
            return m_db.error(lift);
    }

    Statement &codes = m_db.cached("SELECT id FROM codes WHERE theme_id = ? ORDER BY id");
    codes.bind(1, id);
    while (codes.next())
        removal.codes.append(codes.int64(0));
    MemoStore memos(m_db, m_notifier, m_coder);
    removal.memos = memos.forTarget(MemoTarget::theme(id));
    Statement &rows = m_db.cached(
        "SELECT meeting_id, 0, position, '' FROM meeting_themes WHERE theme_id = ?1 "
        "UNION ALL SELECT meeting_id, coding_id, position, '' FROM meeting_quotes WHERE theme_id = ?1 "
        "UNION ALL SELECT meeting_id, 0, 0, verdict FROM meeting_verdicts WHERE theme_id = ?1");
    rows.bind(1, id);
    while (rows.next())
        removal.meetingRows.append({rows.int64(0), rows.int64(1), int(rows.int64(2)), rows.text(3)});

    // The schema unlinks the codes (ON DELETE SET NULL) and deletes the memos (ON DELETE CASCADE).
    Statement &q = m_db.cached("DELETE FROM themes WHERE id = ?");
    q.bind(1, id);
    if (!q.exec())
        return m_db.error(q);
    m_db.afterCommit([this, removal] {
        for (const Memo &m : removal.memos)
            Q_EMIT m_notifier.memoRemoved(m.id);
        for (const ThemePlacement &p : removal.formerThemes)
            Q_EMIT m_notifier.themeChanged(p.id);
        for (CodeId c : removal.codes)
            Q_EMIT m_notifier.codeThemeChanged(c);
        Q_EMIT m_notifier.themeRemoved(removal.theme.id);
        for (const ThemeRemoval::MeetingRow &row : removal.meetingRows)
            Q_EMIT m_notifier.meetingChanged(row.meeting);
    });
    if (Status s = tx.commit(); !s)
        return s.takeError();
    return removal;
}

Status ThemeStore::restore(const ThemeRemoval &removal)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    const Theme &t = removal.theme;
    Statement &q =
        m_db.cached("INSERT INTO themes (id, guid, parent_id, kind, name, definition, status, position, "
                    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, t.id).bind(2, t.guid).bind(3, t.parentId).bind(4, Theme::kindName(t.kind)).bind(5, t.name);
    q.bind(6, t.definition).bind(7, Theme::statusName(t.status)).bind(8, t.position).bind(9, t.createdAt);
    if (!q.exec())
        return m_db.error(q);
    Statement &update = m_db.cached("UPDATE themes SET parent_id = ?, position = ? WHERE id = ?");
    for (const ThemePlacement &p : removal.formerThemes) {
        update.bind(1, p.parentId).bind(2, p.position).bind(3, p.id);
        if (!update.exec())
            return m_db.error(update);
    }
    Statement &link = m_db.cached("UPDATE codes SET theme_id = ? WHERE id = ?");
    for (CodeId c : removal.codes) {
        link.bind(1, t.id).bind(2, c);
        if (!link.exec())
            return m_db.error(link);
    }
    MemoStore memos(m_db, m_notifier, m_coder);
    if (Status s = memos.restore(removal.memos); !s)
        return s;
    Statement &place = m_db.cached("INSERT INTO meeting_themes (meeting_id, theme_id, position) VALUES (?, ?, ?)");
    Statement &quote = m_db.cached(
        "INSERT INTO meeting_quotes (meeting_id, theme_id, coding_id, position) VALUES (?, ?, ?, ?)");
    Statement &verdict = m_db.cached("INSERT INTO meeting_verdicts (meeting_id, theme_id, verdict) VALUES (?, ?, ?)");
    for (const ThemeRemoval::MeetingRow &row : removal.meetingRows) {
        Statement &insert = !row.verdict.isEmpty() ? verdict : row.coding != 0 ? quote : place;
        insert.bind(1, row.meeting).bind(2, t.id);
        if (!row.verdict.isEmpty())
            insert.bind(3, row.verdict);
        else if (row.coding != 0)
            insert.bind(3, row.coding).bind(4, row.position);
        else
            insert.bind(3, row.position);
        if (!insert.exec())
            return m_db.error(insert);
    }
    m_db.afterCommit([this, removal] {
        Q_EMIT m_notifier.themeAdded(removal.theme.id);
        for (const ThemeRemoval::MeetingRow &row : removal.meetingRows)
            Q_EMIT m_notifier.meetingChanged(row.meeting);
        for (const ThemePlacement &p : removal.formerThemes)
            Q_EMIT m_notifier.themeChanged(p.id);
        for (CodeId c : removal.codes)
            Q_EMIT m_notifier.codeThemeChanged(c);
    });
    return tx.commit();
}

QList<Theme> ThemeStore::list() const
{
    // Each dimension's themes follow it: they sort by their dimension's position, then their own.
    Statement &q = m_db.cached(
        "SELECT t.id, t.guid, t.parent_id, t.kind, t.name, t.definition, t.status, t.position, t.created_at "
        "FROM themes t LEFT JOIN themes d ON d.id = t.parent_id "
        "ORDER BY ifnull(d.position, t.position), ifnull(d.id, t.id), t.parent_id IS NOT NULL, t.position, "
        "t.id");
    QList<Theme> result;
    while (q.next())
        result.append(readTheme(q));
    return result;
}

std::optional<Theme> ThemeStore::find(ThemeId id) const
{
    Statement &q =
        m_db.cached("SELECT id, guid, parent_id, kind, name, definition, status, position, created_at "
                    "FROM themes WHERE id = ?");
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    Theme t = readTheme(q);
    q.reset();
    return t;
}

std::optional<Theme> ThemeStore::findByName(const QString &name) const
{
    const QString trimmed = name.trimmed();
    for (const Theme &t : list()) {
        if (t.name == trimmed && !t.parentId)
            return t;
    }
    for (const Theme &t : list()) {
        if (t.name == trimmed)
            return t;
    }
    return std::nullopt;
}

Result<std::optional<ThemeId>> ThemeStore::assignCode(CodeId code, std::optional<ThemeId> theme)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().takeError();
    if (theme) {
        const std::optional<Theme> target = find(*theme);
        if (!target || target->kind != Theme::Kind::Theme)
            return Error{
                tr("There is no theme with id %1; codes belong to themes, not to dimensions.").arg(*theme)};
    }
    Statement &previous = m_db.cached("SELECT theme_id FROM codes WHERE id = ?");
    previous.bind(1, code);
    if (!previous.next())
        return Error{tr("There is no code with id %1.").arg(code)};
    const std::optional<ThemeId> before = previous.optionalInt64(0);
    previous.reset();
    Statement &q = m_db.cached("UPDATE codes SET theme_id = ? WHERE id = ?");
    q.bind(1, theme).bind(2, code);
    if (!q.exec())
        return m_db.error(q);
    if (before != theme)
        m_db.afterCommit([this, code] { Q_EMIT m_notifier.codeThemeChanged(code); });
    if (Status s = tx.commit(); !s)
        return s.takeError();
    return before;
}

QList<CodeId> ThemeStore::codesOf(ThemeId id) const
{
    Statement &q = m_db.cached("SELECT id FROM codes WHERE theme_id = ?1 "
                               "OR theme_id IN (SELECT id FROM themes WHERE parent_id = ?1) ORDER BY id");
    q.bind(1, id);
    QList<CodeId> result;
    while (q.next())
        result.append(q.int64(0));
    return result;
}

std::optional<ThemeId> ThemeStore::themeOf(CodeId code) const
{
    Statement &q = m_db.cached("SELECT theme_id FROM codes WHERE id = ?");
    q.bind(1, code);
    if (!q.next())
        return std::nullopt;
    const std::optional<ThemeId> theme = q.optionalInt64(0);
    q.reset();
    return theme;
}

} // namespace tematik
