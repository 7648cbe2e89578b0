#include "ui/commands/codecommands.h"

#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/database.h"
#include "core/store/memostore.h"
#include "core/store/project.h"
#include "core/store/themestore.h"

namespace tematik {

AddCodeCommand::AddCodeCommand(Project &project, Editor &editor, const Code &added, QUndoCommand *parent)
    : EditCommand(project, editor, QCoreApplication::translate("tematik::Editor", "Add code “%1”").arg(added.name),
                  parent),
      m_code(added)
{
}

Status AddCodeCommand::applyUndo()
{
    return m_project.codes().remove(m_code.id);
}

Status AddCodeCommand::applyRedo()
{
    return m_project.codes().restore({m_code});
}

RemoveCodeCommand::RemoveCodeCommand(Project &project, Editor &editor, RemovedCodes removed)
    : EditCommand(project, editor,
                  QCoreApplication::translate("tematik::Editor", "Delete code “%1”").arg(removed.codes.value(0).name)),
      m_removed(std::move(removed))
{
}

Status RemoveCodeCommand::applyUndo()
{
    // Codes first, so that the codings' foreign keys find them, and memos last; one transaction for all.
    Transaction tx(m_project.database());
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = m_project.codes().restore(m_removed.codes); !s)
        return s;
    // A restored row is in no theme: the store keeps a code's theme in the code's row.
    for (auto it = m_removed.themes.cbegin(); it != m_removed.themes.cend(); ++it) {
        if (Result<std::optional<ThemeId>> s = m_project.themes().assignCode(it.key(), it.value()); !s)
            return s.takeError();
    }
    if (Status s = m_project.codings().restore(m_removed.codings); !s)
        return s;
    if (Status s = m_project.memos().restore(m_removed.memos); !s)
        return s;
    return tx.commit();
}

Status RemoveCodeCommand::applyRedo()
{
    return m_project.codes().remove(m_removed.codes.value(0).id);
}

ChangeCodeCommand::ChangeCodeCommand(Project &project, Editor &editor, CodeId code, Field field, QString before,
                                     QString after)
    : EditCommand(project, editor,
                  field == Field::Name    ? QCoreApplication::translate("tematik::Editor", "Rename code")
                  : field == Field::Color ? QCoreApplication::translate("tematik::Editor", "Change code colour")
                                          : QCoreApplication::translate("tematik::Editor", "Change code description")),
      m_code(code), m_field(field), m_before(std::move(before)), m_after(std::move(after))
{
}

Status ChangeCodeCommand::apply(Project &project, CodeId code, Field field, const QString &value)
{
    switch (field) {
    case Field::Name:
        return project.codes().rename(code, value);
    case Field::Color:
        return project.codes().setColor(code, value);
    case Field::Description:
        return project.codes().setDescription(code, value);
    }
    return {};
}

Status ChangeCodeCommand::applyUndo()
{
    return apply(m_project, m_code, m_field, m_before);
}

Status ChangeCodeCommand::applyRedo()
{
    return apply(m_project, m_code, m_field, m_after);
}

ChangeCodeDetailsCommand::ChangeCodeDetailsCommand(Project &project, Editor &editor, const Code &before,
                                                   CodeDetails after)
    : EditCommand(project, editor,
                  QCoreApplication::translate("tematik::Editor", "Change the definition of “%1”").arg(before.name)),
      m_code(before.id), m_before(before.details()), m_after(std::move(after))
{
}

Status ChangeCodeDetailsCommand::applyUndo()
{
    return m_project.codes().setDetails(m_code, m_before);
}

Status ChangeCodeDetailsCommand::applyRedo()
{
    return m_project.codes().setDetails(m_code, m_after);
}

MoveCodeCommand::MoveCodeCommand(Project &project, Editor &editor, const Code &code, std::optional<CodeId> parent,
                                 int index, QList<CodePlacement> before)
    : EditCommand(project, editor, QCoreApplication::translate("tematik::Editor", "Move code “%1”").arg(code.name)),
      m_code(code.id), m_parent(parent), m_index(index), m_before(std::move(before))
{
}

Status MoveCodeCommand::applyUndo()
{
    return m_project.codes().place(m_before);
}

Status MoveCodeCommand::applyRedo()
{
    // Undo restored the store as it was, so the same move renumbers the same siblings.
    Result<QList<CodePlacement>> before = m_project.codes().move(m_code, m_parent, m_index);
    if (!before)
        return before.takeError();
    m_before = std::move(*before);
    return {};
}

MergeCodesCommand::MergeCodesCommand(Project &project, Editor &editor, CodeMerge merge, const QString &intoName,
                                     std::optional<ThemeId> fromTheme)
    : EditCommand(project, editor,
                  QCoreApplication::translate("tematik::Editor", "Merge code “%1” into “%2”")
                      .arg(merge.from.name, intoName)),
      m_merge(std::move(merge)), m_fromTheme(fromTheme)
{
}

Status MergeCodesCommand::applyUndo()
{
    Transaction tx(m_project.database());
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = m_project.codes().unmerge(m_merge); !s)
        return s;
    if (m_fromTheme) {
        if (Result<std::optional<ThemeId>> s = m_project.themes().assignCode(m_merge.from.id, m_fromTheme); !s)
            return s.takeError();
    }
    if (Status s = m_project.codings().restore(m_merge.droppedCodings); !s)
        return s;
    return tx.commit();
}

Status MergeCodesCommand::applyRedo()
{
    Result<CodeMerge> merge = m_project.codes().merge(m_merge.from.id, m_merge.into);
    if (!merge)
        return merge.takeError();
    m_merge = std::move(*merge);
    return {};
}

} // namespace tematik
