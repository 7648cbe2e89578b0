#pragma once

#include "core/model/coding.h"
#include "core/model/memo.h"
#include "ui/commands/editcommand.h"

namespace tematik {

// Adding a coding: undo removes it, redo restores the same row.
class AddCodingCommand : public EditCommand
{
public:
    AddCodingCommand(Project &project, Editor &editor, const Coding &added);

protected:
    Status applyUndo() override;
    Status applyRedo() override;

private:
    Coding m_coding;
};

// Removing a coding: keeps the removed row, and the memos that went with it, to put them back.
class RemoveCodingCommand : public EditCommand
{
public:
    RemoveCodingCommand(Project &project, Editor &editor, const Coding &removed, QList<Memo> memos);

protected:
    Status applyUndo() override;
    Status applyRedo() override;

private:
    Coding m_coding;
    QList<Memo> m_memos;
};

} // namespace tematik
