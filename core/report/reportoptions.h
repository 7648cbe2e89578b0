#pragma once

#include <QString>

namespace tematik {

// What a person chooses when exporting a report table; each table uses what applies to it.
struct ReportOptions
{
    // Meaning units: only the segments marked as exemplar quotes, or every coded segment.
    bool exemplarsOnly = true;
    // Meaning units: the quote ends with who said it, e.g. (IP1).
    bool withSpeaker = true;
    // Source names, speaker labels and case names replaced by pseudonyms (see Pseudonyms).
    bool pseudonymise = false;
    // The case attribute holding the pseudonyms; empty: the one called "pseudonym" or "alias".
    QString pseudonymAttribute;
};

} // namespace tematik
