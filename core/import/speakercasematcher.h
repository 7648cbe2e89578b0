#pragma once

#include "core/model/ids.h"
#include "core/result.h"

#include <optional>

namespace tematik {

class Project;

// Links speakers to cases the way a researcher would, leaving speakers already linked alone:
//  1. a label that is a case's name or its value of an identifying attribute (one whose values are
//     unique among the cases, such as a pseudonym column) belongs to that case: "IP3", "Deltagare 2";
//  2. a generic interviewee label ("IP", "R", "Respondent", "Informant", "Intervjuperson") belongs to
//     the one case named in its source's header ("Respondent: IP1 (pseudonym)"), and the source is
//     linked to that case too.
// Interviewer labels are never guessed. A key that fits two cases links neither.
class SpeakerCaseMatcher
{
public:
    // Runs in one transaction; returns how many speakers it linked.
    static Result<int> match(Project &project, std::optional<SourceId> onlySource = std::nullopt);
};

} // namespace tematik
