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
    Status setCodingBounds(CodingId id, qint64 start, qint64 end);
    // Makes a new code and codes the range with it: one transaction and one undo step (quick coding
    // with a new name, in-vivo coding).
    Result<CodingId> addCodingWithNewCode(const NewCode &code, const NewCoding &coding);

    Result<CodeId> addCode(const NewCode &code);
    Status renameCode(CodeId id, const QString &name);
    Status setCodeColor(CodeId id, const QString &color);
    Status setCodeDescription(CodeId id, const QString &description);
    // Removes the code, its descendants and their codings, all restorable by undo.
    Status removeCode(CodeId id);

Q_SIGNALS:
    // An undo or redo the store refused; the message is for the user.
    void failed(const QString &message);

private:
    Project &m_project;
    QUndoStack &m_stack;
};

} // namespace tematik
