#pragma once

#include "core/model/code.h"
#include "core/model/coding.h"
#include "core/result.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"

#include <QObject>

class QUndoStack;

namespace tematik {

class Project;

// The app's one way to change a project: each method runs one core operation (one transaction) and,
// when it succeeds, pushes the command that undoes it. Widgets and models call this facade; they never
// write to the store themselves.
class Editor : public QObject
{
    Q_OBJECT

public:
    Editor(Project &project, QUndoStack &stack, QObject *parent = nullptr);

    QUndoStack &undoStack() { return m_stack; }

    Result<CodingId> addCoding(const NewCoding &coding);
    Status removeCoding(CodingId id);

    Result<CodeId> addCode(const NewCode &code);
    Status renameCode(CodeId id, const QString &name);
    Status setCodeColor(CodeId id, const QString &color);
    Status setCodeDescription(CodeId id, const QString &description);
    // Definition, when to use, when not to use and example as one action; nothing when they are unchanged.
    Status setCodeDetails(CodeId id, const CodeDetails &details);
    // Removes the code, its descendants and their codings, all restorable by undo.
    Status removeCode(CodeId id);
    // Nests the code under parent (none: the top level) at index among its new siblings; see
    // CodeStore::move. Nothing happens, and nothing is pushed, when the code is there already.
    Status moveCode(CodeId id, std::optional<CodeId> parent, int index);
    // Merges from into into: codings, subcodes and memos move over and from goes; see CodeStore::merge.
    Status mergeCodes(CodeId from, CodeId into);

Q_SIGNALS:
    // An undo or redo the store refused; the message is for the user.
    void failed(const QString &message);

private:
    Project &m_project;
    QUndoStack &m_stack;
};

} // namespace tematik
