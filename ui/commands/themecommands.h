#pragma once

#include "core/model/theme.h"
#include "core/store/themestore.h"
#include "ui/commands/editcommand.h"

#include <QList>
#include <optional>

namespace tematik {

// Adding a theme or dimension: undo removes it (nothing refers to it yet), redo restores the same row.
class AddThemeCommand : public EditCommand
{
public:
    AddThemeCommand(Project &project, Editor &editor, const Theme &added);

protected:
    Status applyUndo() override;
    Status applyRedo() override;

private:
    Theme m_theme;
};

// Removing a theme (its codes become unassigned) or a dimension (its themes go to the top level);
// undo puts the row, its memos and those links back.
class RemoveThemeCommand : public EditCommand
{
public:
    RemoveThemeCommand(Project &project, Editor &editor, ThemeRemoval removal);

protected:
    Status applyUndo() override;
    Status applyRedo() override;

private:
    ThemeRemoval m_removal;
};

// Renaming a theme, or changing its definition or status: one field, old and new value (a status by
// its stored name).
class ChangeThemeCommand : public EditCommand
{
public:
    enum class Field { Name, Definition, ReviewStatus };

    ChangeThemeCommand(Project &project, Editor &editor, ThemeId theme, Field field, QString before,
                       QString after);
    static Status apply(Project &project, ThemeId theme, Field field, const QString &value);

protected:
    Status applyUndo() override;
    Status applyRedo() override;

private:
    ThemeId m_theme;
    Field m_field;
    QString m_before;
    QString m_after;
};

// Moving a theme into another dimension or none, or to another place among its siblings.
class MoveThemeCommand : public EditCommand
{
public:
    MoveThemeCommand(Project &project, Editor &editor, const Theme &theme, std::optional<ThemeId> dimension,
                     int index, QList<ThemePlacement> before);

protected:
    Status applyUndo() override;
    Status applyRedo() override;

private:
    ThemeId m_theme;
    std::optional<ThemeId> m_dimension;
    int m_index;
    QList<ThemePlacement> m_before;
};

// Putting a code in a theme, in another, or in none.
class AssignCodeThemeCommand : public EditCommand
{
public:
    AssignCodeThemeCommand(Project &project, Editor &editor, CodeId code, std::optional<ThemeId> before,
                           std::optional<ThemeId> after);

protected:
    Status applyUndo() override;
    Status applyRedo() override;

private:
    CodeId m_code;
    std::optional<ThemeId> m_before;
    std::optional<ThemeId> m_after;
};

// Marking a coding as an exemplar quote, or unmarking it.
class SetExemplarCommand : public EditCommand
{
public:
    SetExemplarCommand(Project &project, Editor &editor, CodingId coding, bool exemplar);

protected:
    Status applyUndo() override;
    Status applyRedo() override;

private:
    CodingId m_coding;
    bool m_exemplar;
};

} // namespace tematik
