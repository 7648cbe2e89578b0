#include "ui/commands/themecommands.h"

#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "core/store/themestore.h"

#include <QCoreApplication>

namespace tematik {

AddThemeCommand::AddThemeCommand(Project &project, Editor &editor, const Theme &added)
    : EditCommand(project, editor,
                  added.kind == Theme::Kind::Dimension
                      ? QCoreApplication::translate("tematik::Editor", "Add dimension “%1”").arg(added.name)
                      : QCoreApplication::translate("tematik::Editor", "Add theme “%1”").arg(added.name)),
      m_theme(added)
{
}

Status AddThemeCommand::applyUndo()
{
    Result<ThemeRemoval> removed = m_project.themes().remove(m_theme.id);
    return removed ? Status() : removed.takeError();
}

Status AddThemeCommand::applyRedo()
{
    ThemeRemoval removal;
    removal.theme = m_theme;
    return m_project.themes().restore(removal);
}

RemoveThemeCommand::RemoveThemeCommand(Project &project, Editor &editor, ThemeRemoval removal)
    : EditCommand(
          project, editor,
          removal.theme.kind == Theme::Kind::Dimension
              ? QCoreApplication::translate("tematik::Editor", "Delete dimension “%1”")
                    .arg(removal.theme.name)
              : QCoreApplication::translate("tematik::Editor", "Delete theme “%1”").arg(removal.theme.name)),
      m_removal(std::move(removal))
{
}

Status RemoveThemeCommand::applyUndo()
{
    return m_project.themes().restore(m_removal);
}

Status RemoveThemeCommand::applyRedo()
{
    Result<ThemeRemoval> removed = m_project.themes().remove(m_removal.theme.id);
    if (!removed)
        return removed.takeError();
    m_removal = std::move(*removed);
    return {};
}

ChangeThemeCommand::ChangeThemeCommand(Project &project, Editor &editor, ThemeId theme, Field field,
                                       QString before, QString after)
    : EditCommand(project, editor,
                  field == Field::Name ? QCoreApplication::translate("tematik::Editor", "Rename theme")
                  : field == Field::Definition
                      ? QCoreApplication::translate("tematik::Editor", "Change theme definition")
                      : QCoreApplication::translate("tematik::Editor", "Change theme status")),
      m_theme(theme), m_field(field), m_before(std::move(before)), m_after(std::move(after))
{
}

Status ChangeThemeCommand::apply(Project &project, ThemeId theme, Field field, const QString &value)
{
    switch (field) {
    case Field::Name:
        return project.themes().rename(theme, value);
    case Field::Definition:
        return project.themes().setDefinition(theme, value);
    case Field::ReviewStatus:
        return project.themes().setStatus(theme,
                                          Theme::statusFromName(value).value_or(Theme::Status::Candidate));
    }
    return {};
}

Status ChangeThemeCommand::applyUndo()
{
    return apply(m_project, m_theme, m_field, m_before);
}

Status ChangeThemeCommand::applyRedo()
{
    return apply(m_project, m_theme, m_field, m_after);
}

MoveThemeCommand::MoveThemeCommand(Project &project, Editor &editor, const Theme &theme,
                                   std::optional<ThemeId> dimension, int index, QList<ThemePlacement> before)
    : EditCommand(project, editor,
                  QCoreApplication::translate("tematik::Editor", "Move theme “%1”").arg(theme.name)),
      m_theme(theme.id), m_dimension(dimension), m_index(index), m_before(std::move(before))
{
}

Status MoveThemeCommand::applyUndo()
{
    return m_project.themes().place(m_before);
}

Status MoveThemeCommand::applyRedo()
{
    // Undo restored the store as it was, so the same move renumbers the same siblings.
    Result<QList<ThemePlacement>> before = m_project.themes().move(m_theme, m_dimension, m_index);
    if (!before)
        return before.takeError();
    m_before = std::move(*before);
    return {};
}

AssignCodeThemeCommand::AssignCodeThemeCommand(Project &project, Editor &editor, CodeId code,
                                               std::optional<ThemeId> before, std::optional<ThemeId> after)
    : EditCommand(project, editor,
                  after ? QCoreApplication::translate("tematik::Editor", "Put code in theme")
                        : QCoreApplication::translate("tematik::Editor", "Take code out of its theme")),
      m_code(code), m_before(before), m_after(after)
{
}

Status AssignCodeThemeCommand::applyUndo()
{
    Result<std::optional<ThemeId>> previous = m_project.themes().assignCode(m_code, m_before);
    return previous ? Status() : previous.takeError();
}

Status AssignCodeThemeCommand::applyRedo()
{
    Result<std::optional<ThemeId>> previous = m_project.themes().assignCode(m_code, m_after);
    return previous ? Status() : previous.takeError();
}

SetExemplarCommand::SetExemplarCommand(Project &project, Editor &editor, CodingId coding, bool exemplar)
    : EditCommand(project, editor,
                  exemplar ? QCoreApplication::translate("tematik::Editor", "Mark as exemplar")
                           : QCoreApplication::translate("tematik::Editor", "Unmark exemplar")),
      m_coding(coding), m_exemplar(exemplar)
{
}

Status SetExemplarCommand::applyUndo()
{
    return m_project.codings().setExemplar(m_coding, !m_exemplar);
}

Status SetExemplarCommand::applyRedo()
{
    return m_project.codings().setExemplar(m_coding, m_exemplar);
}

} // namespace tematik
