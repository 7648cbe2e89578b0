#pragma once

#include "core/model/meeting.h"
#include "core/store/meetingstore.h"
#include "ui/commands/editcommand.h"

#include <optional>

namespace tematik {

// Recording what participants made of a theme at a meeting: undo puts back the verdict it replaced.
class SetVerdictCommand : public EditCommand
{
public:
    SetVerdictCommand(Project &project, Editor &editor, MeetingId meeting, ThemeId theme,
                      std::optional<Verdict> before, std::optional<Verdict> after);

protected:
    Status applyUndo() override;
    Status applyRedo() override;

private:
    MeetingId m_meeting;
    ThemeId m_theme;
    std::optional<Verdict> m_before;
    std::optional<Verdict> m_after;
};

// Removing a meeting with its plan, verdicts and feedback: undo puts them all back.
class RemoveMeetingCommand : public EditCommand
{
public:
    RemoveMeetingCommand(Project &project, Editor &editor, MeetingRemoval removal);

protected:
    Status applyUndo() override;
    Status applyRedo() override;

private:
    MeetingRemoval m_removal;
};

} // namespace tematik
