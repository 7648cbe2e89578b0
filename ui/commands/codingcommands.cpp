#include "ui/commands/codingcommands.h"

#include "core/store/codingstore.h"
#include "core/store/database.h"
#include "core/store/memostore.h"
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

AddCodingsCommand::AddCodingsCommand(Project &project, Editor &editor, QList<Coding> added)
    : EditCommand(project, editor,
                  QCoreApplication::translate("tematik::Editor", "Add %Ln coding(s)", nullptr, int(added.size()))),
      m_codings(std::move(added))
{
}

Status AddCodingsCommand::applyUndo()
{
    Transaction tx(m_project.database());
    if (!tx.isActive())
        return tx.beginStatus();
    for (const Coding &c : std::as_const(m_codings)) {
        if (Status s = m_project.codings().remove(c.id); !s)
            return s;
    }
    return tx.commit();
}

Status AddCodingsCommand::applyRedo()
{
    return m_project.codings().restore(m_codings);
}

RemoveCodingCommand::RemoveCodingCommand(Project &project, Editor &editor, const Coding &removed, QList<Memo> memos)
    : EditCommand(project, editor, QCoreApplication::translate("tematik::Editor", "Remove coding")), m_coding(removed),
      m_memos(std::move(memos))
{
}

Status RemoveCodingCommand::applyUndo()
{
    Transaction tx(m_project.database());
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = m_project.codings().restore({m_coding}); !s)
        return s;
    if (Status s = m_project.memos().restore(m_memos); !s)
        return s;
    return tx.commit();
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
