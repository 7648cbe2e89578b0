#pragma once

#include "core/model/memo.h"
#include "ui/commands/editcommand.h"

namespace tematik {

// Typing in a memo is stored as the researcher types, a save after each pause, but one editing
// session is one undo step: adding a memo and changing its text merge with the changes to the same
// memo that follow in the same session. Editor numbers the sessions; a command merges only with one
// of its own session.
constexpr int memoTextMergeId = 0x4d454d4f; // "MEMO"

// Adding a memo: undo removes it, redo restores the same row with the text it had last.
class AddMemoCommand : public EditCommand
{
public:
    AddMemoCommand(Project &project, Editor &editor, const Memo &added, int session);

    int id() const override { return memoTextMergeId; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    Status applyUndo() override;
    Status applyRedo() override;

private:
    Memo m_memo;
    int m_session;
};

// Changing a memo's title and body: undo and redo put back the text and its modification time.
class EditMemoCommand : public EditCommand
{
public:
    EditMemoCommand(Project &project, Editor &editor, const Memo &before, const Memo &after, int session);

    int id() const override { return memoTextMergeId; }
    bool mergeWith(const QUndoCommand *other) override;

    MemoId memoId() const { return m_after.id; }
    int session() const { return m_session; }
    const Memo &after() const { return m_after; }

protected:
    Status applyUndo() override;
    Status applyRedo() override;

private:
    Memo m_before;
    Memo m_after;
    int m_session;
};

// Removing a memo: keeps the removed row to put it back.
class RemoveMemoCommand : public EditCommand
{
public:
    RemoveMemoCommand(Project &project, Editor &editor, const Memo &removed);

protected:
    Status applyUndo() override;
    Status applyRedo() override;

private:
    Memo m_memo;
};

} // namespace tematik
