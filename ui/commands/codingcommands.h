#pragma once

#include "core/model/coding.h"
#include "core/model/memo.h"
#include "ui/commands/editcommand.h"

#include <utility>

namespace tematik {

// Adding a coding: undo removes it, redo restores the same row.
class AddCodingCommand : public EditCommand
{
public:
    AddCodingCommand(Project &project, Editor &editor, const Coding &added, QUndoCommand *parent = nullptr);

protected:
    Status applyUndo() override;
    Status applyRedo() override;

private:
    Coding m_coding;
};

// Adding several codings in one step (e.g. every hit of a search): undo removes them all, redo restores
// the same rows.
class AddCodingsCommand : public EditCommand
{
public:
    AddCodingsCommand(Project &project, Editor &editor, QList<Coding> added);

protected:
    Status applyUndo() override;
    Status applyRedo() override;

private:
    QList<Coding> m_codings;
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

// Moving a coding's start and end: undo puts back the old ones.
class ChangeCodingBoundsCommand : public EditCommand
{
public:
    ChangeCodingBoundsCommand(Project &project, Editor &editor, const Coding &before, qint64 start, qint64 end);

protected:
    Status applyUndo() override;
    Status applyRedo() override;

private:
    CodingId m_id;
    std::pair<qint64, qint64> m_before;
    std::pair<qint64, qint64> m_after;
};

} // namespace tematik
