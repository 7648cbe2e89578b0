#include "ui/commands/memocommands.h"

#include "core/store/memostore.h"
#include "core/store/project.h"

namespace tematik {
namespace {

// The edit that continues the same memo's session, or null.
const EditMemoCommand *continuation(const QUndoCommand *other, MemoId memo, int session)
{
    const auto *edit = dynamic_cast<const EditMemoCommand *>(other);
    return edit && edit->memoId() == memo && edit->session() == session ? edit : nullptr;
}

} // namespace

AddMemoCommand::AddMemoCommand(Project &project, Editor &editor, const Memo &added, int session)
    : EditCommand(project, editor, QCoreApplication::translate("tematik::Editor", "Add memo")), m_memo(added),
      m_session(session)
{
}

bool AddMemoCommand::mergeWith(const QUndoCommand *other)
{
    const EditMemoCommand *edit = continuation(other, m_memo.id, m_session);
    if (!edit)
        return false;
    m_memo.title = edit->after().title;
    m_memo.body = edit->after().body;
    m_memo.modifiedAt = edit->after().modifiedAt;
    return true;
}

Status AddMemoCommand::applyUndo()
{
    return m_project.memos().remove(m_memo.id);
}

Status AddMemoCommand::applyRedo()
{
    return m_project.memos().restore({m_memo});
}

EditMemoCommand::EditMemoCommand(Project &project, Editor &editor, const Memo &before, const Memo &after, int session)
    : EditCommand(project, editor, QCoreApplication::translate("tematik::Editor", "Edit memo")), m_before(before),
      m_after(after), m_session(session)
{
}

bool EditMemoCommand::mergeWith(const QUndoCommand *other)
{
    const EditMemoCommand *edit = continuation(other, m_after.id, m_session);
    if (!edit)
        return false;
    m_after = edit->m_after;
    return true;
}

Status EditMemoCommand::applyUndo()
{
    return m_project.memos().restoreText(m_before);
}

Status EditMemoCommand::applyRedo()
{
    return m_project.memos().restoreText(m_after);
}

RemoveMemoCommand::RemoveMemoCommand(Project &project, Editor &editor, const Memo &removed)
    : EditCommand(project, editor, QCoreApplication::translate("tematik::Editor", "Delete memo")), m_memo(removed)
{
}

Status RemoveMemoCommand::applyUndo()
{
    return m_project.memos().restore({m_memo});
}

Status RemoveMemoCommand::applyRedo()
{
    return m_project.memos().remove(m_memo.id);
}

} // namespace tematik
