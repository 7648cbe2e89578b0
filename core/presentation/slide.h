#pragma once

#include "core/model/ids.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tematik {

// A quote on a slide: the words of an exemplar segment, and who said them as the meeting may see it.
struct SlideQuote
{
    CodingId coding = 0;
    // Whitespace folded to single spaces; unless real names are shown, the speaker labels of the turns
    // it spans taken out (one inside the quote becomes a dash). Never altered otherwise.
    QString text;
    QString attribution; // empty when quotes are shown without attribution (the default)
};

// One slide of a member-checking presentation: what participants see on the projector. It carries no
// colours and no internal ids beyond the theme it is about (for feedback, never shown), so nothing a
// painter can draw from it identifies codes, sources or cases unless the researcher chose to show them.
struct Slide
{
    enum class Kind
    {
        Title,     // the meeting: heading = its title, subheading = its date and the study, body = what it is for
        Dimension, // heading = name, body = definition, items = its themes' names
        Theme,     // heading = name, subheading = its dimension's name, body = definition, quotes
        Closing    // heading = thanks, body = an invitation to add what is missing
    };

    Kind kind = Kind::Title;
    // The theme or dimension shown, whose feedback the presenter window takes; 0 on title and closing.
    ThemeId theme = 0;
    QString heading;
    QString subheading;
    QString body;
    QStringList items;
    QList<SlideQuote> quotes;
    // A theme whose quotes do not fit one slide continues on the next: part 1 of 2, 2 of 2.
    int part = 1;
    int parts = 1;
    // For the presenter only: the theme's codes, its status, what to ask.
    QString notes;
};

} // namespace tematik
