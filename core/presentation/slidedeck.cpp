#include "core/presentation/slidedeck.h"

#include "core/report/pseudonyms.h"
#include "core/report/themeorder.h"
#include "core/store/codestore.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "core/store/themestore.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace tematik {
namespace {

QString attributionOf(const RetrievedSegment &segment, const SlideOptions &options, const Pseudonyms &pseudonyms)
{
    switch (options.attribution) {
    case QuoteAttribution::None:
        return {};
    case QuoteAttribution::Pseudonym:
        return segment.speaker.isEmpty() ? pseudonyms.source(segment.sourceId, segment.sourceName)
                                         : pseudonyms.speaker(segment.sourceId, segment.speaker);
    case QuoteAttribution::RealNames: {
        const QString who = !segment.caseName.isEmpty() ? segment.caseName : segment.speaker;
        return who.isEmpty() ? segment.sourceName : who + QStringLiteral(", ") + segment.sourceName;
    }
    }
    return {};
}

// The quote's text without the speaker labels of the turns it spans ("IP1: "), which may name who
// speaks: a label at its start goes, one inside becomes a dash, the transcript's mark of a new speaker.
// Positions are code points, as the turns and the segment's start are.
QString withoutSpeakerLabels(const RetrievedSegment &segment, const QList<SpeakerTurn> &turns)
{
    QString result;
    qint64 position = segment.start;
    for (qsizetype i = 0; i < segment.text.size(); ++position) {
        const qsizetype width = segment.text.at(i).isHighSurrogate() && i + 1 < segment.text.size() ? 2 : 1;
        const auto label = std::find_if(turns.begin(), turns.end(), [position](const SpeakerTurn &t) {
            return !t.speaker.isEmpty() && position >= t.start && position < t.textStart;
        });
        if (label == turns.end())
            result += QStringView(segment.text).mid(i, width);
        else if (position == label->start && position != segment.start)
            result += QStringLiteral("– ");
        i += width;
    }
    return result;
}

// The theme's slides: its quotes go on in order, as many to a slide as slideCharacters allows; a quote
// longer than that has a slide of its own.
QList<Slide> themeSlides(const Slide &first, const QList<SlideQuote> &quotes)
{
    QList<Slide> slides{first};
    qsizetype used = first.body.size();
    for (const SlideQuote &quote : quotes) {
        Slide &current = slides.last();
        if (!current.quotes.isEmpty() && used + quote.text.size() > SlideDeck::slideCharacters) {
            Slide next = first;
            next.body.clear();
            next.quotes.clear();
            slides.append(next);
            used = 0;
        }
        slides.last().quotes.append(quote);
        used += quote.text.size();
    }
    for (qsizetype i = 0; i < slides.size(); ++i) {
        slides[i].part = int(i + 1);
        slides[i].parts = int(slides.size());
    }
    return slides;
}

} // namespace

QString SlideDeck::foldWhitespace(const QString &text)
{
    return text.simplified();
}

QList<RetrievedSegment> SlideDeck::candidateQuotes(Project &project, ThemeId theme)
{
    SegmentFilter filter;
    filter.exemplarsOnly = true;
    return SegmentQuery(project.database()).ofTheme(theme, filter);
}

MeetingPlan SlideDeck::defaultPlan(Project &project)
{
    MeetingPlan plan;
    for (const Theme &theme : themesInDataStructureOrder(project.themes().list())) {
        PlannedTheme planned{theme.id, {}};
        for (const RetrievedSegment &segment : candidateQuotes(project, theme.id))
            planned.quotes.append(segment.codingId);
        plan.append(planned);
    }
    return plan;
}

QList<Slide> SlideDeck::build(Project &project, const Meeting &meeting, const MeetingPlan &plan,
                              const SlideOptions &options)
{
    ThemeStore &themes = project.themes();
    QHash<ThemeId, Theme> byId;
    for (const Theme &theme : themes.list())
        byId.insert(theme.id, theme);
    const Pseudonyms pseudonyms = options.attribution == QuoteAttribution::Pseudonym
                                      ? Pseudonyms::build(project, options.pseudonymAttribute)
                                      : Pseudonyms();

    QList<PlannedTheme> shown;
    for (const PlannedTheme &planned : plan) {
        const auto theme = byId.constFind(planned.theme);
        if (theme != byId.constEnd() && theme->kind == Theme::Kind::Theme)
            shown.append(planned);
    }

    QList<Slide> slides;
    Slide title;
    title.kind = Slide::Kind::Title;
    title.heading = meeting.title;
    title.subheading = QLocale().toString(meeting.heldOn, QLocale::LongFormat);
    if (const QString study = project.name(); !study.isEmpty())
        title.subheading += QStringLiteral(" · ") + study;
    title.body = tr("Preliminary themes for discussion");
    title.notes = tr("%Ln theme(s) to discuss.", nullptr, int(shown.size())) + u' '
                  + tr("Welcome everyone, explain that these are preliminary themes, and that their "
                       "corrections are as welcome as their agreement.");
    slides.append(title);

    SegmentQuery segments(project.database());
    QHash<SourceId, QList<SpeakerTurn>> turns; // read once per source quoted
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const Theme &theme = byId[shown[i].theme];
        const std::optional<ThemeId> dimension = theme.parentId;
        const bool newDimension = dimension && (i == 0 || byId[shown[i - 1].theme].parentId != dimension);
        if (newDimension && byId.contains(*dimension)) {
            const Theme &d = byId[*dimension];
            Slide slide;
            slide.kind = Slide::Kind::Dimension;
            slide.theme = d.id;
            slide.heading = d.name;
            slide.body = d.definition;
            for (qsizetype j = i; j < shown.size() && byId[shown[j].theme].parentId == dimension; ++j)
                slide.items.append(byId[shown[j].theme].name);
            slide.notes = tr("An overview: the themes that follow belong to this dimension.");
            slides.append(slide);
        }

        Slide first;
        first.kind = Slide::Kind::Theme;
        first.theme = theme.id;
        first.heading = theme.name;
        if (dimension && byId.contains(*dimension))
            first.subheading = byId[*dimension].name;
        first.body = theme.definition;
        QStringList codeNames;
        for (const CodeId code : themes.codesOf(theme.id)) {
            if (const std::optional<Code> c = project.codes().find(code))
                codeNames.append(c->name);
        }
        first.notes = tr("Codes: %1.").arg(codeNames.join(QStringLiteral(", "))) + u'\n'
                      + tr("Ask: Does this match your experience? What is missing, what would you put differently?");

        // The theme's own segments, so a quote whose code has left the theme is not shown under it.
        QHash<CodingId, RetrievedSegment> ofTheme;
        for (const RetrievedSegment &segment : segments.ofTheme(theme.id))
            ofTheme.insert(segment.codingId, segment);
        QList<SlideQuote> quotes;
        for (const CodingId coding : shown[i].quotes) {
            const auto segment = ofTheme.constFind(coding);
            if (segment == ofTheme.constEnd())
                continue;
            // Real names on request show the transcript as it is; otherwise its labels must not name anyone.
            QString text = segment->text;
            if (options.attribution != QuoteAttribution::RealNames) {
                auto known = turns.find(segment->sourceId);
                if (known == turns.end())
                    known = turns.insert(segment->sourceId, project.sources().turns(segment->sourceId));
                text = withoutSpeakerLabels(*segment, *known);
            }
            quotes.append(
                SlideQuote{coding, foldWhitespace(text), attributionOf(*segment, options, pseudonyms)});
        }
        slides += themeSlides(first, quotes);
    }

    Slide closing;
    closing.kind = Slide::Kind::Closing;
    closing.heading = tr("Thank you!");
    closing.body = tr("Is anything missing? Is there something you would describe differently?");
    closing.notes = tr("Ask for anything the themes left out, and note it as feedback on the whole meeting.");
    slides.append(closing);
    return slides;
}

} // namespace tematik
