#include "ui/commands/meetingcommands.h"

#include "core/store/meetingstore.h"
#include "core/store/project.h"

#include <QCoreApplication>

namespace tematik {

SetVerdictCommand::SetVerdictCommand(Project &project, Editor &editor, MeetingId meeting, ThemeId theme,
                                     std::optional<Verdict> before, std::optional<Verdict> after)
    : EditCommand(project, editor,
                  after ? QCoreApplication::translate("tematik::Editor", "Mark theme as %1").arg(verdictDisplayName(*after).toLower())
                        : QCoreApplication::translate("tematik::Editor", "Clear verdict")),
      m_meeting(meeting), m_theme(theme), m_before(before), m_after(after)
{
}

Status SetVerdictCommand::applyUndo()
{
    Result<std::optional<Verdict>> replaced = m_project.meetings().setVerdict(m_meeting, m_theme, m_before);
    if (!replaced)
        return replaced.takeError();
    return {};
}

Status SetVerdictCommand::applyRedo()
{
    Result<std::optional<Verdict>> replaced = m_project.meetings().setVerdict(m_meeting, m_theme, m_after);
    if (!replaced)
        return replaced.takeError();
    return {};
}

RemoveMeetingCommand::RemoveMeetingCommand(Project &project, Editor &editor, MeetingRemoval removal)
    : EditCommand(project, editor,
                  QCoreApplication::translate("tematik::Editor", "Remove meeting “%1”").arg(removal.meeting.title)),
      m_removal(std::move(removal))
{
}

Status RemoveMeetingCommand::applyUndo()
{
    return m_project.meetings().restore(m_removal);
}

Status RemoveMeetingCommand::applyRedo()
{
    Result<MeetingRemoval> removed = m_project.meetings().remove(m_removal.meeting.id);
    if (!removed)
        return removed.takeError();
    return {};
}

} // namespace tematik
