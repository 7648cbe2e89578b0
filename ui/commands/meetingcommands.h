#pragma once

#include "core/model/meeting.h"
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

} // namespace tematik
