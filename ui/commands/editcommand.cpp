#include "ui/commands/editcommand.h"

#include "ui/commands/editor.h"

namespace tematik {

EditCommand::EditCommand(Project &project, Editor &editor, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_project(project), m_editor(editor)
{
}

void EditCommand::undo()
{
    check(applyUndo());
}

void EditCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    check(applyRedo());
}

void EditCommand::check(const Status &status)
{
    if (status)
        return;
    setObsolete(true);
    Q_EMIT m_editor.failed(status.error());
}

} // namespace tematik
