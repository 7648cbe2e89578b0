#pragma once

#include "core/model/code.h"
#include "core/model/coding.h"
#include "core/model/meeting.h"
#include "core/model/theme.h"
#include "core/result.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/memostore.h"

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
    // Adds all the codings (e.g. every chosen hit of a search) in one transaction and one undo step.
    Result<QList<CodingId>> addCodings(const QList<NewCoding> &codings);
    Status removeCoding(CodingId id);
    Status setCodingBounds(CodingId id, qint64 start, qint64 end);
    // Makes a new code and codes the range with it: one transaction and one undo step (quick coding
    // with a new name, in-vivo coding).
    Result<CodingId> addCodingWithNewCode(const NewCode &code, const NewCoding &coding);

    Result<CodeId> addCode(const NewCode &code);
    Status renameCode(CodeId id, const QString &name);
    Status setCodeColor(CodeId id, const QString &color);
    Status setCodeDescription(CodeId id, const QString &description);
    // Definition, when to use, when not to use and example as one action; nothing when they are unchanged.
    Status setCodeDetails(CodeId id, const CodeDetails &details);
    // Removes the code, its descendants, their codings and the memos on them, all restorable by undo.
    Status removeCode(CodeId id);
    // Nests the code under parent (none: the top level) at index among its new siblings; see
    // CodeStore::move. Nothing happens, and nothing is pushed, when the code is there already.
    Status moveCode(CodeId id, std::optional<CodeId> parent, int index);
    // Merges from into into: codings, subcodes and memos move over and from goes; see CodeStore::merge.
    Status mergeCodes(CodeId from, CodeId into);

    // A memo is stored with every change, yet one editing session of it is one undo step: the memo's
    // addition and the changes to its text that follow merge until endMemoEdit().
    Result<MemoId> addMemo(const NewMemo &memo);
    // Changing nothing pushes nothing.
    Status setMemoText(MemoId id, const QString &title, const QString &body);
    Status removeMemo(MemoId id);
    // Ends the current memo editing session (the memo lost focus, another was shown): the next change
    // to a memo is a new undo step.
    void endMemoEdit();

    // Themes and dimensions; see ThemeStore for the rules. Changing nothing pushes nothing.
    Result<ThemeId> addTheme(const QString &name, std::optional<ThemeId> dimension = std::nullopt,
                             const QString &definition = {});
    Result<ThemeId> addDimension(const QString &name, const QString &definition = {});
    Status renameTheme(ThemeId id, const QString &name);
    Status setThemeDefinition(ThemeId id, const QString &definition);
    Status setThemeStatus(ThemeId id, Theme::Status status);
    Status moveTheme(ThemeId id, std::optional<ThemeId> dimension, int index);
    // A theme's codes become unassigned, a dimension's themes go to the top level; undo restores both.
    Status removeTheme(ThemeId id);
    // Puts the code in theme (none: in no theme).
    Status assignCodeToTheme(CodeId code, std::optional<ThemeId> theme);
    Status setExemplar(CodingId coding, bool exemplar);

    // Member checking: what participants made of a theme at a meeting (none: no verdict). The feedback
    // itself is a member-check memo naming the meeting (addMemo).
    Status setVerdict(MeetingId meeting, ThemeId theme, std::optional<Verdict> verdict);
    // Removes a meeting with its plan, verdicts and the feedback taken down at it; undo restores them.
    Status removeMeeting(MeetingId meeting);

Q_SIGNALS:
    // An undo or redo the store refused; the message is for the user.
    void failed(const QString &message);

private:
    Project &m_project;
    QUndoStack &m_stack;
    int m_memoSession = 0;
};

} // namespace tematik
