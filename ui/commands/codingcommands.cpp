#include "ui/commands/codingcommands.h"

#include "core/store/codingstore.h"
#include "core/store/project.h"

namespace tematik {

AddCodingCommand::AddCodingCommand(Project &project, Editor &editor, const Coding &added)
    : EditCommand(project, editor, QCoreApplication::translate("tematik::Editor", "Add coding")), m_coding(added)
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

} // namespace tematik
