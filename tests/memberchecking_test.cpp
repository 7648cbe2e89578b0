#include "core/demo/demoproject.h"
#include "core/presentation/slidedeck.h"
#include "core/report/membercheckingtable.h"
#include "core/report/pseudonyms.h"
#include "core/store/casestore.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/meetingstore.h"
#include "core/store/memostore.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "core/store/themestore.h"
#include "tests/support/testenvironment.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace tematik;

// Member checking: meetings and their plans and verdicts, feedback memos naming a meeting, the slides a
// meeting shows, and the feedback table.

namespace {

class MemberChecking : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("demo.tematik"));
        Result<std::unique_ptr<Project>> created = DemoProject::create(path);
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        project = std::move(*created);
    }

    MeetingStore &meetings() { return project->meetings(); }

    MeetingId addMeeting(const QString &title, const QDate &date, const MeetingPlan &plan)
    {
        Result<MeetingId> id = meetings().add(title, date, plan);
        EXPECT_TRUE(id.ok()) << (id.ok() ? std::string() : id.error().toStdString());
        return id.ok() ? *id : 0;
    }
    ThemeId themeNamed(const QString &name)
    {
        const std::optional<Theme> theme = project->themes().findByName(name);
        EXPECT_TRUE(theme.has_value()) << name.toStdString();
        return theme ? theme->id : 0;
    }
    QList<Theme> themesOnly()
    {
        QList<Theme> result;
        for (const Theme &t : project->themes().list()) {
            if (t.kind == Theme::Kind::Theme)
                result.append(t);
        }
        return result;
    }
    Meeting meeting(MeetingId id) { return meetings().find(id).value_or(Meeting{}); }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Project> project;
};

const QDate march12(2026, 3, 12);

// Whether text names `name` as a word of its own (a label "I" is not in "Inte", but is in "I:").
bool mentions(const QString &text, const QString &name)
{
    const QRegularExpression word(QStringLiteral("(^|\\W)") + QRegularExpression::escape(name) +
                                      QStringLiteral("($|\\W)"),
                                  QRegularExpression::UseUnicodePropertiesOption);
    return word.match(text).hasMatch();
}

} // namespace

TEST_F(MemberChecking, AMeetingKeepsItsPlan)
{
    const MeetingPlan plan = SlideDeck::defaultPlan(*project);
    ASSERT_EQ(plan.size(), 4);
    for (const PlannedTheme &planned : plan)
        EXPECT_EQ(planned.quotes.size(), 1);
    const MeetingId later = addMeeting(QStringLiteral("Uppföljning"), QDate(2026, 4, 2), {});
    const MeetingId id = addMeeting(QStringLiteral("  Dialogmöte "), march12, plan);
    const std::optional<Meeting> m = meetings().find(id);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->title, QStringLiteral("Dialogmöte"));
    EXPECT_EQ(m->heldOn, march12);
    EXPECT_FALSE(m->guid.isEmpty());
    EXPECT_EQ(meetings().plan(id), plan);
    EXPECT_TRUE(meetings().plan(later).isEmpty());
    // By date, not by when they were made.
    const QList<Meeting> listed = meetings().list();
    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(listed[0].id, id);
    EXPECT_EQ(listed[1].id, later);

    MeetingPlan reversed(plan.rbegin(), plan.rend());
    ASSERT_TRUE(meetings().setPlan(id, reversed).ok());
    EXPECT_EQ(meetings().plan(id), reversed);
    ASSERT_TRUE(meetings().setDetails(id, QStringLiteral("Dialogmöte 1"), march12.addDays(1)).ok());
    EXPECT_EQ(meeting(id).title, QStringLiteral("Dialogmöte 1"));
    EXPECT_EQ(meeting(id).heldOn, march12.addDays(1));
}

TEST_F(MemberChecking, AMeetingNeedsATitleADateAndThemesThatExist)
{
    EXPECT_FALSE(meetings().add(QStringLiteral("  "), march12, {}).ok());
    EXPECT_FALSE(meetings().add(QStringLiteral("Dialogmöte"), QDate(), {}).ok());
    MeetingPlan plan = SlideDeck::defaultPlan(*project);
    plan.append(PlannedTheme{9999, {}});
    EXPECT_FALSE(meetings().add(QStringLiteral("Dialogmöte"), march12, plan).ok());
    plan.removeLast();
    plan[0].quotes.append(99999);
    EXPECT_FALSE(meetings().add(QStringLiteral("Dialogmöte"), march12, plan).ok());
    EXPECT_TRUE(meetings().list().isEmpty());
    MeetingPlan twice = SlideDeck::defaultPlan(*project);
    twice.append(twice.first());
    Result<MeetingId> refused = meetings().add(QStringLiteral("Dialogmöte"), march12, twice);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("twice"))) << refused.error().toStdString();
    twice.removeLast();
    twice[0].quotes.append(twice[0].quotes.first());
    EXPECT_FALSE(meetings().add(QStringLiteral("Dialogmöte"), march12, twice).ok());
    EXPECT_TRUE(meetings().list().isEmpty());

    // A refused plan leaves the one before it.
    const MeetingId id = addMeeting(QStringLiteral("Dialogmöte"), march12, SlideDeck::defaultPlan(*project));
    EXPECT_FALSE(meetings().setPlan(id, plan).ok());
    EXPECT_EQ(meetings().plan(id), SlideDeck::defaultPlan(*project));
    EXPECT_FALSE(meetings().setDetails(id, QString(), march12).ok());
    EXPECT_FALSE(meetings().setDetails(9999, QStringLiteral("x"), march12).ok());
    EXPECT_FALSE(meetings().setPlan(9999, {}).ok());
}

TEST_F(MemberChecking, VerdictsReplaceClearAndSurviveReopening)
{
    const MeetingId id = addMeeting(QStringLiteral("Dialogmöte"), march12, SlideDeck::defaultPlan(*project));
    const ThemeId theme = themesOnly().first().id;
    Result<std::optional<Verdict>> set = meetings().setVerdict(id, theme, Verdict::Confirmed);
    ASSERT_TRUE(set.ok());
    EXPECT_FALSE(set->has_value());
    set = meetings().setVerdict(id, theme, Verdict::Revised);
    ASSERT_TRUE(set.ok());
    EXPECT_EQ(*set, Verdict::Confirmed);
    EXPECT_EQ(meetings().verdicts(id).value(theme), Verdict::Revised);
    set = meetings().setVerdict(id, theme, std::nullopt);
    ASSERT_TRUE(set.ok());
    EXPECT_EQ(*set, Verdict::Revised);
    EXPECT_TRUE(meetings().verdicts(id).isEmpty());
    EXPECT_FALSE(meetings().setVerdict(id, 9999, Verdict::Questioned).ok());
    EXPECT_FALSE(meetings().setVerdict(9999, theme, Verdict::Questioned).ok());

    ASSERT_TRUE(meetings().setVerdict(id, theme, Verdict::Questioned).ok());
    project.reset();
    Result<std::unique_ptr<Project>> reopened = Project::open(path);
    ASSERT_TRUE(reopened.ok()) << reopened.error().toStdString();
    project = std::move(*reopened);
    EXPECT_EQ(meetings().verdicts(id), (QHash<ThemeId, Verdict>{{theme, Verdict::Questioned}}));
    EXPECT_EQ(meetings().plan(id), SlideDeck::defaultPlan(*project));
}

TEST_F(MemberChecking, RemovingAMeetingTakesItsFeedbackAndRestoringBringsAllBack)
{
    const MeetingId kept = addMeeting(QStringLiteral("Första"), march12, SlideDeck::defaultPlan(*project));
    const MeetingId id = addMeeting(QStringLiteral("Andra"), march12.addDays(7), SlideDeck::defaultPlan(*project));
    const ThemeId theme = themesOnly().first().id;
    ASSERT_TRUE(meetings().setVerdict(id, theme, Verdict::Revised).ok());
    ASSERT_TRUE(meetings().setVerdict(kept, theme, Verdict::Confirmed).ok());
    const MemoId remark = *project->memos().add({MemoTarget::theme(theme), {}, QStringLiteral("Stämmer inte helt"),
                                                 MemoKind::MemberCheck, id});
    const MemoId general = *project->memos().add({MemoTarget::project(), {}, QStringLiteral("Bra möte"),
                                                  MemoKind::MemberCheck, id});
    const MemoId other = *project->memos().add({MemoTarget::theme(theme), {}, QStringLiteral("Första mötets"),
                                                MemoKind::MemberCheck, kept});
    const Meeting before = meeting(id);
    const MeetingPlan plan = meetings().plan(id);

    Result<MeetingRemoval> removed = meetings().remove(id);
    ASSERT_TRUE(removed.ok()) << removed.error().toStdString();
    EXPECT_FALSE(meetings().find(id).has_value());
    EXPECT_FALSE(project->memos().find(remark).has_value());
    EXPECT_FALSE(project->memos().find(general).has_value());
    EXPECT_TRUE(project->memos().find(other).has_value()) << "another meeting's feedback stays";
    EXPECT_EQ(meetings().verdicts(kept).value(theme), Verdict::Confirmed);
    EXPECT_EQ(removed->feedback.size(), 2);
    EXPECT_FALSE(meetings().remove(id).ok());

    ASSERT_TRUE(meetings().restore(*removed).ok());
    const Meeting after = meeting(id);
    EXPECT_EQ(after.guid, before.guid);
    EXPECT_EQ(after.title, before.title);
    EXPECT_EQ(after.heldOn, before.heldOn);
    EXPECT_EQ(after.createdAt, before.createdAt);
    EXPECT_EQ(meetings().plan(id), plan);
    EXPECT_EQ(meetings().verdicts(id).value(theme), Verdict::Revised);
    ASSERT_TRUE(project->memos().find(remark).has_value());
    EXPECT_EQ(project->memos().find(remark)->meetingId, id);
    EXPECT_EQ(project->memos().find(general)->body, QStringLiteral("Bra möte"));
}

TEST_F(MemberChecking, DetailsAndPlanChangeTogetherOrNotAtAll)
{
    const MeetingId id = addMeeting(QStringLiteral("Dialogmöte"), march12, SlideDeck::defaultPlan(*project));
    MeetingPlan broken = SlideDeck::defaultPlan(*project);
    broken.append(PlannedTheme{987654, {}});
    EXPECT_FALSE(meetings().update(id, QStringLiteral("Nytt namn"), march12.addDays(1), broken).ok());
    EXPECT_EQ(meeting(id).title, QStringLiteral("Dialogmöte")) << "a failed plan leaves the details as they were";
    EXPECT_EQ(meeting(id).heldOn, march12);
    MeetingPlan shorter = SlideDeck::defaultPlan(*project);
    shorter.removeLast();
    ASSERT_TRUE(meetings().update(id, QStringLiteral("Nytt namn"), march12.addDays(1), shorter).ok());
    EXPECT_EQ(meeting(id).title, QStringLiteral("Nytt namn"));
    EXPECT_EQ(meetings().plan(id), shorter);
}

TEST_F(MemberChecking, VerdictNamesRoundTrip)
{
    for (const Verdict v : {Verdict::Confirmed, Verdict::Revised, Verdict::Questioned}) {
        EXPECT_EQ(verdictFromName(verdictName(v)), v);
        EXPECT_FALSE(verdictDisplayName(v).isEmpty());
    }
    EXPECT_FALSE(verdictFromName(QStringLiteral("Confirmed")).has_value());
}

TEST_F(MemberChecking, RemovingAThemeAndRestoringItPutsBackItsPlaceQuotesAndVerdict)
{
    const MeetingPlan plan = SlideDeck::defaultPlan(*project);
    const MeetingId id = addMeeting(QStringLiteral("Dialogmöte"), march12, plan);
    const MeetingId other = addMeeting(QStringLiteral("Uppföljning"), march12.addDays(7), plan);
    const ThemeId theme = plan[1].theme;
    ASSERT_TRUE(meetings().setVerdict(id, theme, Verdict::Revised).ok());
    ASSERT_TRUE(meetings().setVerdict(other, plan[0].theme, Verdict::Confirmed).ok());

    Result<ThemeRemoval> removal = project->themes().remove(theme);
    ASSERT_TRUE(removal.ok()) << removal.error().toStdString();
    MeetingPlan without = plan;
    without.removeAt(1);
    EXPECT_EQ(meetings().plan(id), without);
    EXPECT_TRUE(meetings().verdicts(id).isEmpty());

    ASSERT_TRUE(project->themes().restore(*removal).ok());
    EXPECT_EQ(meetings().plan(id), plan);
    EXPECT_EQ(meetings().plan(other), plan);
    EXPECT_EQ(meetings().verdicts(id), (QHash<ThemeId, Verdict>{{theme, Verdict::Revised}}));
    EXPECT_EQ(meetings().verdicts(other), (QHash<ThemeId, Verdict>{{plan[0].theme, Verdict::Confirmed}}));
}

TEST_F(MemberChecking, FeedbackMemosNameTheirMeeting)
{
    const MeetingId id = addMeeting(QStringLiteral("Dialogmöte"), march12, {});
    const ThemeId theme = themesOnly().first().id;
    Result<MemoId> memo =
        project->memos().add(NewMemo{MemoTarget::theme(theme), QStringLiteral("Personberoende"),
                                     QStringLiteral("Stämmer."), MemoKind::MemberCheck, id});
    ASSERT_TRUE(memo.ok()) << memo.error().toStdString();
    const std::optional<Memo> stored = project->memos().find(*memo);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->meetingId, id);
    EXPECT_EQ(stored->kind, MemoKind::MemberCheck);
    EXPECT_EQ(stored->target, MemoTarget::theme(theme));
    EXPECT_FALSE(
        project->memos()
            .add(NewMemo{MemoTarget::theme(theme), {}, QStringLiteral("x"), MemoKind::MemberCheck, 9999})
            .ok());

    ASSERT_TRUE(project->memos().remove(*memo).ok());
    EXPECT_FALSE(project->memos().find(*memo));
    ASSERT_TRUE(project->memos().restore({*stored}).ok());
    const std::optional<Memo> restored = project->memos().find(*memo);
    ASSERT_TRUE(restored);
    EXPECT_EQ(restored->meetingId, id);
    EXPECT_EQ(restored->guid, stored->guid);
    EXPECT_EQ(restored->title, stored->title);

    // Removing the theme takes the memo along; restoring it brings the memo back with its meeting.
    Result<ThemeRemoval> removal = project->themes().remove(theme);
    ASSERT_TRUE(removal.ok());
    EXPECT_FALSE(project->memos().find(*memo));
    ASSERT_TRUE(project->themes().restore(*removal).ok());
    ASSERT_TRUE(project->memos().find(*memo));
    EXPECT_EQ(project->memos().find(*memo)->meetingId, id);
}

TEST_F(MemberChecking, SlidesShowTheDimensionsBeforeTheirThemesAndTheExemplars)
{
    const MeetingPlan plan = SlideDeck::defaultPlan(*project);
    const MeetingId id = addMeeting(QStringLiteral("Återkoppling"), march12, plan);
    const QList<Slide> slides = SlideDeck::build(*project, meeting(id), plan);
    ASSERT_GE(slides.size(), 2 + 2 + 4);
    EXPECT_EQ(slides.first().kind, Slide::Kind::Title);
    EXPECT_EQ(slides.first().heading, QStringLiteral("Återkoppling"));
    EXPECT_EQ(slides.first().subheading,
              QLocale().toString(march12, QLocale::LongFormat) + QStringLiteral(" · ") + project->name());
    EXPECT_EQ(slides.last().kind, Slide::Kind::Closing);

    QHash<ThemeId, Theme> byId;
    for (const Theme &t : project->themes().list())
        byId.insert(t.id, t);
    QSet<ThemeId> dimensionsShown;
    QList<ThemeId> themesShown;
    for (qsizetype i = 1; i + 1 < slides.size(); ++i) {
        const Slide &slide = slides[i];
        ASSERT_TRUE(slide.kind == Slide::Kind::Dimension || slide.kind == Slide::Kind::Theme);
        ASSERT_TRUE(byId.contains(slide.theme));
        const Theme &theme = byId[slide.theme];
        EXPECT_EQ(slide.heading, theme.name);
        if (slide.kind == Slide::Kind::Dimension) {
            EXPECT_EQ(theme.kind, Theme::Kind::Dimension);
            dimensionsShown.insert(theme.id);
            continue;
        }
        ASSERT_TRUE(theme.parentId);
        EXPECT_TRUE(dimensionsShown.contains(*theme.parentId)) << theme.name.toStdString();
        EXPECT_EQ(slide.subheading, byId[*theme.parentId].name);
        themesShown.append(theme.id);
        QList<CodingId> exemplars;
        for (const RetrievedSegment &segment : SlideDeck::candidateQuotes(*project, theme.id))
            exemplars.append(segment.codingId);
        QList<CodingId> shown;
        for (const SlideQuote &quote : slide.quotes) {
            shown.append(quote.coding);
            EXPECT_FALSE(quote.text.isEmpty());
        }
        EXPECT_EQ(shown, exemplars) << theme.name.toStdString();
    }
    QList<ThemeId> planned;
    for (const PlannedTheme &p : plan)
        planned.append(p.theme);
    EXPECT_EQ(themesShown, planned);
    EXPECT_EQ(dimensionsShown.size(), 2);
}

TEST_F(MemberChecking, SlidesNameNobodyByDefault)
{
    const MeetingPlan plan = SlideDeck::defaultPlan(*project);
    const MeetingId id = addMeeting(QStringLiteral("Återkoppling"), march12, plan);
    QStringList names;
    for (const SourceInfo &source : project->sources().list())
        names << source.name << source.fileName;
    for (const CaseInfo &c : project->cases().list())
        names << c.name;
    QStringList labels;
    for (const SpeakerInfo &speaker : project->cases().speakers())
        labels << speaker.label;
    labels.removeDuplicates();
    ASSERT_TRUE(labels.contains(QStringLiteral("IP")));

    int quotes = 0;
    for (const Slide &slide : SlideDeck::build(*project, meeting(id), plan)) {
        const QString shown =
            QStringList{slide.heading, slide.subheading, slide.body, slide.items.join(u'\n')}.join(u'\n');
        for (const QString &name : names + labels)
            EXPECT_FALSE(mentions(shown, name)) << name.toStdString() << " on " << shown.toStdString();
        for (const SlideQuote &quote : slide.quotes) {
            ++quotes;
            EXPECT_TRUE(quote.attribution.isEmpty()) << quote.attribution.toStdString();
            for (const QString &label : labels)
                EXPECT_FALSE(quote.text.startsWith(label + u':')) << quote.text.toStdString();
            EXPECT_EQ(quote.text, SlideDeck::foldWhitespace(quote.text));
        }
    }
    EXPECT_EQ(quotes, 4);
}

TEST_F(MemberChecking, PseudonymsNameNobodyByTheirRealNames)
{
    const MeetingPlan plan = SlideDeck::defaultPlan(*project);
    const MeetingId id = addMeeting(QStringLiteral("Återkoppling"), march12, plan);
    const Pseudonyms pseudonyms = Pseudonyms::build(*project);
    ASSERT_TRUE(pseudonyms.active());
    QSet<QString> pseudonymsGiven;
    QStringList names;
    for (const CaseInfo &c : project->cases().list()) {
        names << c.name;
        pseudonymsGiven.insert(pseudonyms.caseName(c.name));
    }
    for (const SourceInfo &source : project->sources().list())
        names << source.name;
    // A speaker label the demo also uses as a pseudonym ("Deltagare 1") cannot tell the two apart.
    for (const SpeakerInfo &speaker : project->cases().speakers()) {
        if (!pseudonymsGiven.contains(speaker.label))
            names << speaker.label;
    }

    int attributed = 0;
    for (const Slide &slide :
         SlideDeck::build(*project, meeting(id), plan, SlideOptions{QuoteAttribution::Pseudonym, {}})) {
        for (const SlideQuote &quote : slide.quotes) {
            ++attributed;
            EXPECT_FALSE(quote.attribution.isEmpty());
            for (const QString &name : names)
                EXPECT_FALSE(mentions(quote.attribution, name)) << quote.attribution.toStdString();
        }
    }
    EXPECT_EQ(attributed, 4);
}

TEST_F(MemberChecking, AQuoteSpanningTurnsShowsNoSpeakerLabels)
{
    const SourceInfo source = *project->sources().findByName(QStringLiteral("interview-01"));
    const QList<SpeakerTurn> turns = project->sources().turns(source.id);
    ASSERT_GE(turns.size(), 4);
    // From the start of a turn, with its label, through the labels of the next two turns.
    const qint64 start = turns[1].start, end = turns[3].end;
    Result<CodeId> code = project->codes().add(NewCode{QStringLiteral("Växlingar"), std::nullopt, {}, {}});
    ASSERT_TRUE(code.ok());
    Result<ThemeId> theme = project->themes().addTheme(QStringLiteral("Samtalet"));
    ASSERT_TRUE(theme.ok());
    ASSERT_TRUE(project->themes().assignCode(*code, *theme).ok());
    Result<CodingId> coding = project->codings().add(NewCoding{source.id, *code, start, end});
    ASSERT_TRUE(coding.ok());
    const MeetingPlan plan{PlannedTheme{*theme, {*coding}}};
    const MeetingId id = addMeeting(QStringLiteral("Återkoppling"), march12, plan);

    const auto quoteWith = [&](QuoteAttribution attribution) {
        for (const Slide &slide :
             SlideDeck::build(*project, meeting(id), plan, SlideOptions{attribution, {}})) {
            if (!slide.quotes.isEmpty())
                return slide.quotes.first().text;
        }
        return QString();
    };
    const QString shown = quoteWith(QuoteAttribution::None);
    ASSERT_FALSE(shown.isEmpty());
    for (const SpeakerTurn &turn : turns.mid(1, 3)) {
        EXPECT_FALSE(shown.contains(turn.speaker + u':')) << shown.toStdString();
        const QString spoken = project->sources().text(source.id)->mid(turn.textStart, 12);
        EXPECT_TRUE(shown.contains(SlideDeck::foldWhitespace(spoken))) << spoken.toStdString();
    }
    // Each new speaker after the first is marked with a dash.
    for (const SpeakerTurn &turn : turns.mid(2, 2)) {
        const QString spoken = project->sources().text(source.id)->mid(turn.textStart, 12);
        EXPECT_TRUE(shown.contains(QStringLiteral("– ") + spoken)) << shown.toStdString();
    }
    EXPECT_EQ(quoteWith(QuoteAttribution::Pseudonym), shown);
    // Real names, asked for, show the transcript as it is.
    EXPECT_TRUE(quoteWith(QuoteAttribution::RealNames).startsWith(turns[1].speaker + u':'));
}

TEST_F(MemberChecking, LongQuotesGoOnToContinuationSlides)
{
    const SourceInfo source = project->sources().list().first();
    Result<CodeId> code = project->codes().add(NewCode{QStringLiteral("Långa svar"), std::nullopt, {}, {}});
    ASSERT_TRUE(code.ok());
    Result<ThemeId> theme =
        project->themes().addTheme(QStringLiteral("Långt tema"), std::nullopt, QStringLiteral("Kort."));
    ASSERT_TRUE(theme.ok());
    ASSERT_TRUE(project->themes().assignCode(*code, *theme).ok());
    // Three quotes of 400 code points and one longer than a slide holds.
    for (const auto &[start, end] :
         QList<std::pair<qint64, qint64>>{{0, 400}, {400, 800}, {800, 1200}, {1200, 2200}}) {
        Result<CodingId> coding = project->codings().add(NewCoding{source.id, *code, start, end});
        ASSERT_TRUE(coding.ok()) << coding.error().toStdString();
        ASSERT_TRUE(project->codings().setExemplar(*coding, true).ok());
    }
    PlannedTheme planned{*theme, {}};
    for (const RetrievedSegment &segment : SlideDeck::candidateQuotes(*project, *theme))
        planned.quotes.append(segment.codingId);
    ASSERT_EQ(planned.quotes.size(), 4);
    const MeetingId id = addMeeting(QStringLiteral("Återkoppling"), march12, {planned});

    QList<Slide> themeSlides;
    for (const Slide &slide : SlideDeck::build(*project, meeting(id), meetings().plan(id))) {
        if (slide.kind == Slide::Kind::Theme)
            themeSlides.append(slide);
    }
    ASSERT_GE(themeSlides.size(), 3);
    QList<CodingId> shown;
    for (qsizetype i = 0; i < themeSlides.size(); ++i) {
        const Slide &slide = themeSlides[i];
        EXPECT_EQ(slide.part, i + 1);
        EXPECT_EQ(slide.parts, themeSlides.size());
        EXPECT_EQ(slide.heading, QStringLiteral("Långt tema"));
        EXPECT_EQ(slide.body.isEmpty(), i > 0); // the definition once, on the first part
        qsizetype characters = slide.body.size();
        for (const SlideQuote &quote : slide.quotes) {
            shown.append(quote.coding);
            characters += quote.text.size();
        }
        ASSERT_FALSE(slide.quotes.isEmpty());
        EXPECT_TRUE(characters <= SlideDeck::slideCharacters || slide.quotes.size() == 1) << i;
    }
    EXPECT_EQ(shown, planned.quotes);
    EXPECT_EQ(themeSlides.last().quotes.size(), 1); // the longest on a slide of its own
}

TEST_F(MemberChecking, SlidesKeepThePlansOrderAndSkipQuotesThatLeftTheTheme)
{
    MeetingPlan plan = SlideDeck::defaultPlan(*project);
    std::reverse(plan.begin(), plan.end());
    const MeetingId id = addMeeting(QStringLiteral("Återkoppling"), march12, plan);

    // The codes of the first planned theme leave it: its exemplar no longer belongs there.
    const ThemeId left = plan[0].theme;
    const CodingId quote = plan[0].quotes.first();
    const QList<CodeId> codes = project->themes().codesOf(left);
    ASSERT_FALSE(codes.isEmpty());
    for (const CodeId c : codes)
        ASSERT_TRUE(project->themes().assignCode(c, std::nullopt).ok());

    QList<ThemeId> order;
    for (const Slide &slide : SlideDeck::build(*project, meeting(id), meetings().plan(id))) {
        if (slide.kind != Slide::Kind::Theme)
            continue;
        order.append(slide.theme);
        for (const SlideQuote &q : slide.quotes)
            EXPECT_NE(q.coding, quote);
        if (slide.theme == left) {
            EXPECT_TRUE(slide.quotes.isEmpty());
        }
    }
    QList<ThemeId> planned;
    for (const PlannedTheme &p : plan)
        planned.append(p.theme);
    EXPECT_EQ(order, planned);
}

TEST_F(MemberChecking, TheFeedbackTableHasARowPerRemark)
{
    const QList<Theme> themes = themesOnly();
    // The third theme has neither remarks nor verdicts, so it has no row.
    const ThemeId first = themes[0].id, second = themes[1].id;
    const MeetingId later = addMeeting(QStringLiteral("Uppföljning"), QDate(2026, 4, 2), {});
    const MeetingId earlier = addMeeting(QStringLiteral("Dialogmöte"), march12, {});
    const auto remark = [&](MemoTarget target, const QString &title, const QString &body, MeetingId meeting,
                            MemoKind kind = MemoKind::MemberCheck) {
        ASSERT_TRUE(project->memos().add(NewMemo{target, title, body, kind, meeting}).ok());
    };
    remark(MemoTarget::theme(first), {}, QStringLiteral("Senare"), later);
    remark(MemoTarget::theme(first), QStringLiteral("Stämmer"), QStringLiteral("Helt rätt."), earlier);
    remark(MemoTarget::theme(first), {}, QStringLiteral("Utan möte"), 0);
    remark(MemoTarget::theme(first), {}, QStringLiteral("Egen analys"), 0, MemoKind::Analytic);
    remark(MemoTarget::project(), {}, QStringLiteral("Ekonomin saknas"), earlier);
    ASSERT_TRUE(meetings().setVerdict(earlier, first, Verdict::Confirmed).ok());
    ASSERT_TRUE(meetings().setVerdict(later, second, Verdict::Questioned).ok());

    const ReportTable table = MemberCheckingTable::build(*project);
    EXPECT_EQ(table.header,
              (QStringList{QStringLiteral("Dimension"), QStringLiteral("Theme"), QStringLiteral("Meeting"),
                           QStringLiteral("Verdict"), QStringLiteral("Feedback")}));
    const QString e =
        QStringLiteral("Dialogmöte (%1)").arg(QLocale().toString(march12, QLocale::ShortFormat));
    const QString l =
        QStringLiteral("Uppföljning (%1)").arg(QLocale().toString(QDate(2026, 4, 2), QLocale::ShortFormat));
    EXPECT_EQ(table.caption, QStringLiteral("2 meeting(s): %1, %2").arg(e, l));
    QList<QStringList> rows;
    for (const QList<ReportCell> &row : table.rows) {
        QStringList cells;
        for (const ReportCell &cell : row)
            cells.append(cell.text);
        rows.append(cells);
    }
    const QString d1 = project->themes().find(*themes[0].parentId)->name;
    const QString d2 = project->themes().find(*themes[1].parentId)->name;
    const QList<QStringList> expected{
        {d1, themes[0].name, e, QStringLiteral("Confirmed"), QStringLiteral("Stämmer\nHelt rätt.")},
        {d1, themes[0].name, l, QString(), QStringLiteral("Senare")},
        {d1, themes[0].name, QString(), QString(), QStringLiteral("Utan möte")},
        {d2, themes[1].name, l, QStringLiteral("Questioned"), QString()},
        {QString(), QStringLiteral("Whole meeting"), e, QString(), QStringLiteral("Ekonomin saknas")},
    };
    EXPECT_EQ(rows, expected);
}

TEST_F(MemberChecking, TheFeedbackTableSaysWhenThereWasNoMeeting)
{
    const ReportTable table = MemberCheckingTable::build(*project);
    EXPECT_TRUE(table.rows.isEmpty());
    EXPECT_FALSE(table.caption.isEmpty());
}
