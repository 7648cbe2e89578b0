#include "ui/commands/editor.h"

#include "core/store/database.h"
#include "core/store/project.h"
#include "ui/commands/codecommands.h"
#include "ui/commands/codingcommands.h"

#include <QUndoStack>

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

Status Editor::removeCoding(CodingId id)
{
    const std::optional<Coding> coding = m_project.codings().find(id);
    if (!coding)
        return Error{tr("There is no coding with id %1.").arg(id)};
    if (Status s = m_project.codings().remove(id); !s)
        return s;
    m_stack.push(new RemoveCodingCommand(m_project, *this, *coding));
    return {};
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
    for (const Code &c : std::as_const(removed.codes))
        ids.append(c.id);
    removed.codings = m_project.codings().forCodes(ids);
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
    Result<CodeMerge> merge = m_project.codes().merge(from, into);
    if (!merge)
        return merge.takeError();
    const QString intoName = m_project.codes().find(into)->name;
    m_stack.push(new MergeCodesCommand(m_project, *this, std::move(*merge), intoName));
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

} // namespace tematik
