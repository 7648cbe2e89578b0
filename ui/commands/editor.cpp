#include "ui/commands/editor.h"

#include "core/store/database.h"
#include "core/store/meetingstore.h"
#include "core/store/project.h"
#include "core/store/themestore.h"
#include "ui/commands/codecommands.h"
#include "ui/commands/codingcommands.h"
#include "ui/commands/meetingcommands.h"
#include "ui/commands/memocommands.h"
#include "ui/commands/themecommands.h"

#include <QUndoStack>

#include <functional>


namespace tematik {

Editor::Editor(Project &project, QUndoStack &stack, QObject *parent) : QObject(parent), m_project(project), m_stack(stack)
{
}

Result<CodingId> Editor::addCoding(const NewCoding &coding)
{
    Result<CodingId> id = m_project.codings().add(coding);
    if (!id)
        return id;
    const std::optional<Coding> added = m_project.codings().find(*id);
    m_stack.push(new AddCodingCommand(m_project, *this, *added));
    return id;
}

Result<QList<CodingId>> Editor::addCodings(const QList<NewCoding> &codings)
{
    Result<QList<CodingId>> ids = m_project.codings().addAll(codings);
    if (!ids || ids->isEmpty())
        return ids;
    QList<Coding> added;
    added.reserve(ids->size());
    for (CodingId id : std::as_const(*ids)) {
        if (const std::optional<Coding> coding = m_project.codings().find(id))
            added.append(*coding);
    }
    m_stack.push(new AddCodingsCommand(m_project, *this, std::move(added)));
    return ids;
}

Status Editor::removeCoding(CodingId id)
{
    const std::optional<Coding> coding = m_project.codings().find(id);
    if (!coding)
        return Error{tr("There is no coding with id %1.").arg(id)};
    QList<Memo> memos = m_project.memos().forTarget(MemoTarget::coding(id));
    if (Status s = m_project.codings().remove(id); !s)
        return s;
    m_stack.push(new RemoveCodingCommand(m_project, *this, *coding, std::move(memos)));
    return {};
}

Status Editor::setCodingBounds(CodingId id, qint64 start, qint64 end)
{
    const std::optional<Coding> coding = m_project.codings().find(id);
    if (!coding)
        return Error{tr("There is no coding with id %1.").arg(id)};
    if (coding->start == start && coding->end == end)
        return {};
    if (Status s = m_project.codings().setBounds(id, start, end); !s)
        return s;
    m_stack.push(new ChangeCodingBoundsCommand(m_project, *this, *coding, start, end));
    return {};
}

Result<CodingId> Editor::addCodingWithNewCode(const NewCode &code, const NewCoding &coding)
{
    Transaction tx(m_project.database());
    if (!tx.isActive())
        return tx.beginStatus().takeError();
    Result<CodeId> codeId = m_project.codes().add(code);
    if (!codeId)
        return codeId.takeError();
    NewCoding withCode = coding;
    withCode.codeId = *codeId;
    Result<CodingId> codingId = m_project.codings().add(withCode);
    if (!codingId)
        return codingId;
    if (Status s = tx.commit(); !s)
        return s.takeError();
    // One undo step with two parts: undo removes the coding, then the code.
    const std::optional<Code> addedCode = m_project.codes().find(*codeId);
    auto *step = new QUndoCommand(tr("Code with new code “%1”").arg(addedCode->name));
    new AddCodeCommand(m_project, *this, *addedCode, step);
    new AddCodingCommand(m_project, *this, *m_project.codings().find(*codingId), step);
    m_stack.push(step);
    return codingId;
}

Result<CodeId> Editor::addCode(const NewCode &code)
{
    Result<CodeId> id = m_project.codes().add(code);
    if (!id)
        return id;
    m_stack.push(new AddCodeCommand(m_project, *this, *m_project.codes().find(*id)));
    return id;
}

Status Editor::removeCode(CodeId id)
{
    RemovedCodes removed;
    removed.codes = m_project.codes().subtree(id);
    if (removed.codes.isEmpty())
        return Error{tr("There is no code with id %1.").arg(id)};
    QList<CodeId> ids;
    QList<MemoTarget> targets;
    for (const Code &c : std::as_const(removed.codes)) {
        ids.append(c.id);
        targets.append(MemoTarget::code(c.id));
        if (const std::optional<ThemeId> theme = m_project.themes().themeOf(c.id))
            removed.themes.insert(c.id, *theme);
    }
    removed.codings = m_project.codings().forCodes(ids);
    for (const Coding &c : std::as_const(removed.codings))
        targets.append(MemoTarget::coding(c.id));
    removed.memos = m_project.memos().forTargets(targets);
    if (Status s = m_project.codes().remove(id); !s)
        return s;
    m_stack.push(new RemoveCodeCommand(m_project, *this, std::move(removed)));
    return {};
}

Status Editor::setCodeDetails(CodeId id, const CodeDetails &details)
{
    const std::optional<Code> before = m_project.codes().find(id);
    if (!before)
        return Error{tr("There is no code with id %1.").arg(id)};
    if (before->details() == details)
        return {};
    if (Status s = m_project.codes().setDetails(id, details); !s)
        return s;
    m_stack.push(new ChangeCodeDetailsCommand(m_project, *this, *before, details));
    return {};
}

Status Editor::moveCode(CodeId id, std::optional<CodeId> parent, int index)
{
    Result<QList<CodePlacement>> before = m_project.codes().move(id, parent, index);
    if (!before)
        return before.takeError();
    if (before->isEmpty())
        return {};
    m_stack.push(new MoveCodeCommand(m_project, *this, *m_project.codes().find(id), parent, index, std::move(*before)));
    return {};
}

Status Editor::mergeCodes(CodeId from, CodeId into)
{
    const std::optional<ThemeId> fromTheme = m_project.themes().themeOf(from);
    Result<CodeMerge> merge = m_project.codes().merge(from, into);
    if (!merge)
        return merge.takeError();
    const QString intoName = m_project.codes().find(into)->name;
    m_stack.push(new MergeCodesCommand(m_project, *this, std::move(*merge), intoName, fromTheme));
    return {};
}

namespace {

Status changeCode(Project &project, Editor &editor, QUndoStack &stack, CodeId id, ChangeCodeCommand::Field field,
                  const QString &value, QString Code::*member)
{
    const std::optional<Code> before = project.codes().find(id);
    if (!before)
        return Error{Editor::tr("There is no code with id %1.").arg(id)};
    if (Status s = ChangeCodeCommand::apply(project, id, field, value); !s)
        return s;
    // The store may have tidied the value (trimmed a name, lower-cased a colour): undo and redo use what it kept.
    const QString after = (*project.codes().find(id)).*member;
    stack.push(new ChangeCodeCommand(project, editor, id, field, (*before).*member, after));
    return {};
}

} // namespace

Status Editor::renameCode(CodeId id, const QString &name)
{
    return changeCode(m_project, *this, m_stack, id, ChangeCodeCommand::Field::Name, name, &Code::name);
}

Status Editor::setCodeColor(CodeId id, const QString &color)
{
    return changeCode(m_project, *this, m_stack, id, ChangeCodeCommand::Field::Color, color, &Code::color);
}

Status Editor::setCodeDescription(CodeId id, const QString &description)
{
    return changeCode(m_project, *this, m_stack, id, ChangeCodeCommand::Field::Description, description,
                      &Code::description);
}

Result<MemoId> Editor::addMemo(const NewMemo &memo)
{
    Result<MemoId> id = m_project.memos().add(memo);
    if (!id)
        return id;
    m_stack.push(new AddMemoCommand(m_project, *this, *m_project.memos().find(*id), m_memoSession));
    return id;
}

Status Editor::setMemoText(MemoId id, const QString &title, const QString &body)
{
    const std::optional<Memo> before = m_project.memos().find(id);
    if (!before)
        return Error{tr("There is no memo with id %1.").arg(id)};
    if (before->title == title && before->body == body)
        return {};
    if (Status s = m_project.memos().setText(id, title, body); !s)
        return s;
    m_stack.push(new EditMemoCommand(m_project, *this, *before, *m_project.memos().find(id), m_memoSession));
    return {};
}

Status Editor::removeMemo(MemoId id)
{
    const std::optional<Memo> memo = m_project.memos().find(id);
    if (!memo)
        return Error{tr("There is no memo with id %1.").arg(id)};
    if (Status s = m_project.memos().remove(id); !s)
        return s;
    m_stack.push(new RemoveMemoCommand(m_project, *this, *memo));
    return {};
}

void Editor::endMemoEdit()
{
    ++m_memoSession;
}

Result<ThemeId> Editor::addTheme(const QString &name, std::optional<ThemeId> dimension, const QString &definition)
{
    Result<ThemeId> id = m_project.themes().addTheme(name, dimension, definition);
    if (!id)
        return id;
    m_stack.push(new AddThemeCommand(m_project, *this, *m_project.themes().find(*id)));
    return id;
}

Result<ThemeId> Editor::addDimension(const QString &name, const QString &definition)
{
    Result<ThemeId> id = m_project.themes().addDimension(name, definition);
    if (!id)
        return id;
    m_stack.push(new AddThemeCommand(m_project, *this, *m_project.themes().find(*id)));
    return id;
}

namespace {

Status changeTheme(Project &project, Editor &editor, QUndoStack &stack, ThemeId id, ChangeThemeCommand::Field field,
                   const QString &value, const std::function<QString(const Theme &)> &read)
{
    const std::optional<Theme> before = project.themes().find(id);
    if (!before)
        return Error{Editor::tr("There is no theme with id %1.").arg(id)};
    if (Status s = ChangeThemeCommand::apply(project, id, field, value); !s)
        return s;
    // The store may have trimmed a name: undo and redo use what it kept.
    const QString after = read(*project.themes().find(id));
    if (after != read(*before))
        stack.push(new ChangeThemeCommand(project, editor, id, field, read(*before), after));
    return {};
}

} // namespace

Status Editor::renameTheme(ThemeId id, const QString &name)
{
    return changeTheme(m_project, *this, m_stack, id, ChangeThemeCommand::Field::Name, name,
                       [](const Theme &t) { return t.name; });
}

Status Editor::setThemeDefinition(ThemeId id, const QString &definition)
{
    return changeTheme(m_project, *this, m_stack, id, ChangeThemeCommand::Field::Definition, definition,
                       [](const Theme &t) { return t.definition; });
}

Status Editor::setThemeStatus(ThemeId id, Theme::Status status)
{
    return changeTheme(m_project, *this, m_stack, id, ChangeThemeCommand::Field::ReviewStatus, Theme::statusName(status),
                       [](const Theme &t) { return Theme::statusName(t.status); });
}

Status Editor::moveTheme(ThemeId id, std::optional<ThemeId> dimension, int index)
{
    Result<QList<ThemePlacement>> before = m_project.themes().move(id, dimension, index);
    if (!before)
        return before.takeError();
    if (before->isEmpty())
        return {};
    m_stack.push(new MoveThemeCommand(m_project, *this, *m_project.themes().find(id), dimension, index,
                                      std::move(*before)));
    return {};
}

Status Editor::removeTheme(ThemeId id)
{
    Result<ThemeRemoval> removal = m_project.themes().remove(id);
    if (!removal)
        return removal.takeError();
    m_stack.push(new RemoveThemeCommand(m_project, *this, std::move(*removal)));
    return {};
}

Status Editor::assignCodeToTheme(CodeId code, std::optional<ThemeId> theme)
{
    Result<std::optional<ThemeId>> before = m_project.themes().assignCode(code, theme);
    if (!before)
        return before.takeError();
    if (*before != theme)
        m_stack.push(new AssignCodeThemeCommand(m_project, *this, code, *before, theme));
    return {};
}

Status Editor::setExemplar(CodingId coding, bool exemplar)
{
    const std::optional<Coding> before = m_project.codings().find(coding);
    if (!before)
        return Error{tr("There is no coding with id %1.").arg(coding)};
    if (before->exemplar == exemplar)
        return {};
    if (Status s = m_project.codings().setExemplar(coding, exemplar); !s)
        return s;
    m_stack.push(new SetExemplarCommand(m_project, *this, coding, exemplar));
    return {};
}

Status Editor::setVerdict(MeetingId meeting, ThemeId theme, std::optional<Verdict> verdict)
{
    Result<std::optional<Verdict>> before = m_project.meetings().setVerdict(meeting, theme, verdict);
    if (!before)
        return before.takeError();
    if (*before == verdict)
        return {};
    m_stack.push(new SetVerdictCommand(m_project, *this, meeting, theme, *before, verdict));
    return {};
}

Status Editor::removeMeeting(MeetingId meeting)
{
    Result<MeetingRemoval> removed = m_project.meetings().remove(meeting);
    if (!removed)
        return removed.takeError();
    m_stack.push(new RemoveMeetingCommand(m_project, *this, std::move(*removed)));
    return {};
}

} // namespace tematik
