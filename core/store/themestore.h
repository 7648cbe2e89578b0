#pragma once

#include "core/model/memo.h"
#include "core/model/theme.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace tematik {

class Database;
class ProjectNotifier;

// Where a theme sits: under which dimension (none: the top level), at which position among its siblings.
struct ThemePlacement
{
    ThemeId id = 0;
    std::optional<ThemeId> parentId;
    int position = 0;
};

// What removing a theme or dimension changed: all that restore() needs to put it back.
struct ThemeRemoval
{
    Theme theme;                        // the removed row
    QList<ThemePlacement> formerThemes; // a dimension's themes as they were placed; now at the top level
    QList<CodeId> codes;                // a theme's codes, now assigned to no theme
    QList<Memo> memos;                  // memos on the theme, removed with it
    // Its place in meetings' plans, its quotes there and the verdicts on it, removed with it.
    struct MeetingRow
    {
        MeetingId meeting = 0;
        CodingId coding = 0; // a quote; 0 for the theme's own place or its verdict
        int position = 0;
        QString verdict;     // set for a verdict row
    };
    QList<MeetingRow> meetingRows;
};

// Themes and dimensions, and which codes belong to which theme. Names are unique among siblings (the
// top level counts as one set of siblings, dimensions and themes together); a code belongs to at most
// one theme, a theme to at most one dimension, and a dimension sits at the top level.
class ThemeStore
{
    Q_DECLARE_TR_FUNCTIONS(ThemeStore)

public:
    ThemeStore(Database &db, ProjectNotifier &notifier, CoderId &coder)
        : m_db(db), m_notifier(notifier), m_coder(coder)
    {
    }

    // A theme, last among the themes of dimension (none: the top level). guid: one it already has
    // elsewhere (an interchange import); empty for a new one.
    Result<ThemeId> addTheme(const QString &name, std::optional<ThemeId> dimension = std::nullopt,
                             const QString &definition = {}, const QString &guid = {});
    // A dimension, last at the top level.
    Result<ThemeId> addDimension(const QString &name, const QString &definition = {}, const QString &guid = {});
    Status rename(ThemeId id, const QString &name);
    Status setDefinition(ThemeId id, const QString &definition);
    Status setStatus(ThemeId id, Theme::Status status);
    // Moves a theme into dimension (none: the top level), to index among its new siblings (past the end
    // is last); a dimension moves only among the top level. Returns where every row whose place changed
    // was before (the moved one first; empty when nothing moved), for place() to undo.
    Result<QList<ThemePlacement>> move(ThemeId id, std::optional<ThemeId> dimension, int index);
    Status place(const QList<ThemePlacement> &placements);
    // Removes a theme (its codes become unassigned) or a dimension (its themes go to the end of the top
    // level; refused when one of them would have the name of a top-level row). Memos on it go with it.
    Result<ThemeRemoval> remove(ThemeId id);
    // Reverses remove(): the row, its memos and the links it changed come back with their old ids.
    Status restore(const ThemeRemoval &removal);

    // Top-level rows in order, each dimension followed by its themes in order.
    QList<Theme> list() const;
    std::optional<Theme> find(ThemeId id) const;
    // By name: a top-level row first, then a theme in any dimension (the first in list order).
    std::optional<Theme> findByName(const QString &name) const;

    // Puts the code in theme (none: in no theme). Returns the theme it was in, for undo.
    Result<std::optional<ThemeId>> assignCode(CodeId code, std::optional<ThemeId> theme);
    // A theme's codes, or for a dimension the codes of all its themes; in order of id.
    QList<CodeId> codesOf(ThemeId id) const;
    std::optional<ThemeId> themeOf(CodeId code) const;

private:
    Result<ThemeId> insert(Theme::Kind kind, const QString &name, std::optional<ThemeId> parent,
                           const QString &definition, const QString &guid);
    // An error when another row than except, under parent, has this name.
    Status checkName(const QString &name, std::optional<ThemeId> parent, ThemeId except) const;
    Status update(ThemeId id, const char *sql, const QString &value);

    Database &m_db;
    ProjectNotifier &m_notifier;
    CoderId &m_coder;
};

} // namespace tematik
