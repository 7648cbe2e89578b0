#pragma once

#include "core/model/meeting.h"
#include "core/presentation/slide.h"
#include "core/store/segmentquery.h"

#include <QCoreApplication>

namespace tematik {

class Project;

// Who a quote on a slide is attributed to. Participants in the room may recognise each other, so the
// default names nobody; pseudonyms (see Pseudonyms) or real speaker labels and sources only on request.
enum class QuoteAttribution
{
    None,
    Pseudonym,
    RealNames
};

struct SlideOptions
{
    QuoteAttribution attribution = QuoteAttribution::None;
    // The case attribute holding pseudonyms; empty: the one called "pseudonym" or "alias".
    QString pseudonymAttribute;
};

// The slides of a member-checking meeting, made from its plan: a title slide; for each run of planned
// themes in one dimension, the dimension's slide, then each theme's slides (name, definition, the chosen
// quotes); a closing slide. Slides hold words only: no colours, codes, ids or source names.
class SlideDeck
{
    Q_DECLARE_TR_FUNCTIONS(SlideDeck)

public:
    // The plan a new meeting starts from: every theme in the order of the data structure, each with
    // its exemplar quotes in source order.
    static MeetingPlan defaultPlan(Project &project);
    // The quotes a theme can show: its segments marked as exemplars, in source order.
    static QList<RetrievedSegment> candidateQuotes(Project &project, ThemeId theme);
    // The slides for the meeting. Themes or quotes of the plan that no longer exist, or no longer
    // belong to the theme, are left out.
    static QList<Slide> build(Project &project, const Meeting &meeting, const MeetingPlan &plan,
                              const SlideOptions &options = {});
    // How many characters of definition and quotes one theme slide holds before its quotes go on to a
    // continuation slide: what fits at the smallest type a projector shows (28 pt at 1080 lines, about
    // 13 lines of 80 characters, less the room the quote blocks take).
    static constexpr qsizetype slideCharacters = 640;
    // Whitespace (line breaks of a transcript, tabs) folded to single spaces.
    static QString foldWhitespace(const QString &text);
};

} // namespace tematik
