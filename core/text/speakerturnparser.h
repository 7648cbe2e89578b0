#pragma once

#include "core/model/source.h"

#include <QList>
#include <QString>

namespace tematik {

// Finds speaker turns in a plain-text transcript, the way transcribers write them: one paragraph per
// turn, opened by a label and a colon ("I:", "IP:", "IP5:", "Moderator:", "Deltagare 3:", "Forskare:").
//
// What is not a turn:
//  - the header block: a first paragraph of several "Key: value" lines, usually under a title
//    ("Datum: 2024-02-14", "Deltagare: Deltagare 1 (…), …"), is metadata even where a key is also a
//    speaker's name ("Moderator: forskare i projektgruppen");
//  - paragraphs with no label, such as "[flera skrattar]": they stay in the text with no speaker.
// A label is taken as a speaker when it opens at least two paragraphs, or when it looks like a
// transcription code on its own (upper-case letters with optional digits, or a word and a number:
// "IP", "R2", "Deltagare 4"); a one-off "Obs: …" in the running text is not a speaker.
class SpeakerTurnParser
{
public:
    // Turns in code points of text, in text order.
    static QList<SpeakerTurn> parse(const QString &text);
};

} // namespace tematik
