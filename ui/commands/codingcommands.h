#pragma once

#include "core/model/coding.h"
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

// Removing a coding: keeps the removed row to put it back.
class RemoveCodingCommand : public EditCommand
{
public:
    RemoveCodingCommand(Project &project, Editor &editor, const Coding &removed);

protected:
    Status applyUndo() override;
    Status applyRedo() override;

private:
    Coding m_coding;
};

} // namespace tematik
