#pragma once

#include "core/model/code.h"
#include "core/model/coding.h"
#include "core/model/memo.h"
#include "core/store/codestore.h"
#include "ui/commands/editcommand.h"

#include <QHash>
#include <QList>

#include <optional>

namespace tematik {

// Adding a code: undo removes it (it has no codings yet), redo restores the same row.
class AddCodeCommand : public EditCommand
{
public:
    AddCodeCommand(Project &project, Editor &editor, const Code &added, QUndoCommand *parent = nullptr);

protected:
    Status applyUndo() override;
    Status applyRedo() override;

private:
    Code m_code;
};

// What removing a code took away: it and its descendants (parents before children), all their
// codings, and the memos on any of them, so that undo can put every row back under its old id.
struct RemovedCodes
{
    QList<Code> codes;
    QList<Coding> codings;
    QList<Memo> memos;
    QHash<CodeId, ThemeId> themes; // the theme each code was in, for those in one
};

// Removing a code with its descendants, their codings and memos; undo puts every row back.
class RemoveCodeCommand : public EditCommand
{
public:
    RemoveCodeCommand(Project &project, Editor &editor, RemovedCodes removed);

protected:
    Status applyUndo() override;
    Status applyRedo() override;

private:
    RemovedCodes m_removed;
};

// Renaming, recolouring or redescribing a code: one field, old and new value.
class ChangeCodeCommand : public EditCommand
{
public:
    enum class Field { Name, Color, Description };

    ChangeCodeCommand(Project &project, Editor &editor, CodeId code, Field field, QString before, QString after);
    static Status apply(Project &project, CodeId code, Field field, const QString &value);

protected:
    Status applyUndo() override;
    Status applyRedo() override;

private:
    CodeId m_code;
    Field m_field;
    QString m_before;
    QString m_after;
};

// Changing a code's definition, when to use, when not to use and example together.
class ChangeCodeDetailsCommand : public EditCommand
{
public:
    ChangeCodeDetailsCommand(Project &project, Editor &editor, const Code &before, CodeDetails after);

protected:
    Status applyUndo() override;
    Status applyRedo() override;

private:
    CodeId m_code;
    CodeDetails m_before;
    CodeDetails m_after;
};

// Moving a code to another parent or place: undo puts it and its renumbered siblings back exactly.
class MoveCodeCommand : public EditCommand
{
public:
    // before: what CodeStore::move reported when it moved the code.
    MoveCodeCommand(Project &project, Editor &editor, const Code &code, std::optional<CodeId> parent, int index,
                    QList<CodePlacement> before);

protected:
    Status applyUndo() override;
    Status applyRedo() override;

private:
    CodeId m_code;
    std::optional<CodeId> m_parent;
    int m_index;
    QList<CodePlacement> m_before;
};

// Merging a code into another: undo puts the merged code back with its codings, children and memos,
// under their old ids.
class MergeCodesCommand : public EditCommand
{
public:
    // fromTheme: the theme the merged code was in, which undo puts it back in.
    MergeCodesCommand(Project &project, Editor &editor, CodeMerge merge, const QString &intoName,
                      std::optional<ThemeId> fromTheme);

protected:
    Status applyUndo() override;
    Status applyRedo() override;

private:
    CodeMerge m_merge;
    std::optional<ThemeId> m_fromTheme;
};

} // namespace tematik
