#pragma once

#include "core/result.h"

#include <QUndoCommand>

namespace tematik {

class Editor;
class Project;

// Base of every undoable edit. A command is pushed only after its first redo has succeeded in the
// store (Editor runs the operation, then pushes the command with what it needs to reverse it), so the
// QUndoStack's own first call to redo() does nothing.
//
// Ownership of deleted data: a command that deletes rows keeps a full copy of them (ids and guids
// included) for as long as it lives on the undo stack; undo puts them back under the same ids, which
// the store never hands out again. When the stack drops the command, the copy goes with it.
//
// Should a later undo or redo fail in the store (a full disk, say), the command reports it through
// Editor::failed, is made obsolete, and the project stays as the failed transaction left it: unchanged.
class EditCommand : public QUndoCommand
{
public:
    // parent: set when the edit is one part of a larger undo step.
    EditCommand(Project &project, Editor &editor, const QString &text, QUndoCommand *parent = nullptr);

    void undo() final;
    void redo() final;

protected:
    virtual Status applyUndo() = 0;
    virtual Status applyRedo() = 0;

    Project &m_project;

private:
    void check(const Status &status);

    Editor &m_editor;
    bool m_firstRedo = true;
};

} // namespace tematik
