#include "ui/commands/codingcommands.h"

#include "core/store/codingstore.h"
#include "core/store/project.h"

namespace tematik {

AddCodingCommand::AddCodingCommand(Project &project, Editor &editor, const Coding &added, QUndoCommand *parent)
    : EditCommand(project, editor, QCoreApplication::translate("tematik::Editor", "Add coding"), parent),
      m_coding(added)
{
}

Status AddCodingCommand::applyUndo()
{
    return m_project.codings().remove(m_coding.id);
}

Status AddCodingCommand::applyRedo()
{
    return m_project.codings().restore({m_coding});
}

RemoveCodingCommand::RemoveCodingCommand(Project &project, Editor &editor, const Coding &removed)
    : EditCommand(project, editor, QCoreApplication::translate("tematik::Editor", "Remove coding")), m_coding(removed)
{
}

Status RemoveCodingCommand::applyUndo()
{
    return m_project.codings().restore({m_coding});
}

Status RemoveCodingCommand::applyRedo()
{
    return m_project.codings().remove(m_coding.id);
}

ChangeCodingBoundsCommand::ChangeCodingBoundsCommand(Project &project, Editor &editor, const Coding &before,
                                                     qint64 start, qint64 end)
    : EditCommand(project, editor, QCoreApplication::translate("tematik::Editor", "Change coding bounds")),
      m_id(before.id), m_before(before.start, before.end), m_after(start, end)
{
}

Status ChangeCodingBoundsCommand::applyUndo()
{
    return m_project.codings().setBounds(m_id, m_before.first, m_before.second);
}

Status ChangeCodingBoundsCommand::applyRedo()
{
    return m_project.codings().setBounds(m_id, m_after.first, m_after.second);
}

} // namespace tematik
