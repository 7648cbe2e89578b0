#include "core/demo/demoproject.h"
#include "core/store/casestore.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/database.h"
#include "core/store/project.h"
#include "core/store/projectnotifier.h"
#include "core/store/segmentquery.h"
#include "core/store/sourcestore.h"
#include "core/store/statement.h"
#include "core/store/themestore.h"
#include "core/text/codepointindex.h"
#include "tests/support/testenvironment.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>

using namespace tematik;

namespace {

// The demo project with a dimension "Villkor" holding the theme "Tid" (the codes under "Tid och
// mandat") and the theme "Relationer" (the codes under "Relationer och nätverk").
class Retrieval : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto created = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")));
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        project = std::move(*created);
        ThemeStore &themes = project->themes();
        dimension = *themes.addDimension(QStringLiteral("Villkor"));
        time = *themes.addTheme(QStringLiteral("Tid"), dimension);
        relations = *themes.addTheme(QStringLiteral("Relationer"), dimension);
        for (const Code &c : project->codes().list()) {
            const QString path = project->codes().path(c.id);
            if (path.startsWith(QLatin1String("Tid och mandat/")))
                timeCodes.append(c.id);
            else if (path.startsWith(u"Relationer och nätverk/"))
                relationCodes.append(c.id);
        }
        ASSERT_FALSE(timeCodes.isEmpty());
        ASSERT_FALSE(relationCodes.isEmpty());
        for (CodeId c : std::as_const(timeCodes))
            ASSERT_TRUE(themes.assignCode(c, time).ok());
        for (CodeId c : std::as_const(relationCodes))
            ASSERT_TRUE(themes.assignCode(c, relations).ok());
    }

    // Names of the cases whose attribute has the value, read straight from the tables.
    QSet<QString> casesWith(const char *attribute, const char *value)
    {
        Result<Statement> q = project->database().prepare(
            "SELECT c.name FROM cases c JOIN case_values v ON v.case_id = c.id JOIN attributes a "
            "ON a.id = v.attribute_id WHERE a.name = ? AND v.value = ?");
        EXPECT_TRUE(q.ok());
        q->bind(1, QString::fromUtf8(attribute)).bind(2, QString::fromUtf8(value));
        QSet<QString> names;
        while (q->next())
            names.insert(q->text(0));
        return names;
    }

    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    ThemeId dimension = 0, time = 0, relations = 0;
    QList<CodeId> timeCodes, relationCodes;
};

} // namespace

TEST_F(Retrieval, AThemeGathersTheCodingsOfItsCodesWithTextAndContext)
{
    const SegmentQuery query(project->database());
    const QList<RetrievedSegment> segments = query.ofTheme(time);
    EXPECT_EQ(segments.size(), project->codings().forCodes(timeCodes).size());
    ASSERT_FALSE(segments.isEmpty());
    bool anyCase = false;
    for (const RetrievedSegment &s : segments) {
        EXPECT_TRUE(timeCodes.contains(s.codeId));
        const QString text = *project->sources().text(s.sourceId);
        EXPECT_EQ(s.text, CodePointIndex::slice(text, CodePointIndex(text), s.start, s.end));
        EXPECT_FALSE(s.sourceName.isEmpty());
        anyCase = anyCase || !s.caseName.isEmpty();
    }
    EXPECT_TRUE(anyCase);
    EXPECT_EQ(query.ofTheme(dimension).size(), segments.size() + query.ofTheme(relations).size());
    EXPECT_EQ(query.ofCode(timeCodes.first()).size(), project->codings().forCode(timeCodes.first()).size());
}

TEST_F(Retrieval, FiltersByCaseAttributeSpeakerSourceAndCode)
{
    const SegmentQuery query(project->database());
    const QList<RetrievedSegment> all = query.ofTheme(dimension);

    SegmentFilter regional;
    regional.attributes = {{QStringLiteral("nivå"), QStringLiteral("regional")}};
    const QSet<QString> regionalCases = casesWith("nivå", "regional");
    ASSERT_FALSE(regionalCases.isEmpty());
    const QList<RetrievedSegment> some = query.ofTheme(dimension, regional);
    qsizetype expected = 0;
    for (const RetrievedSegment &s : all)
        expected += regionalCases.contains(s.caseName) ? 1 : 0;
    EXPECT_EQ(some.size(), expected);
    for (const RetrievedSegment &s : some)
        EXPECT_TRUE(regionalCases.contains(s.caseName)) << s.caseName.toStdString();

    const RetrievedSegment &first = all.first();
    SegmentFilter bySource;
    bySource.sources = {first.sourceId};
    for (const RetrievedSegment &s : query.ofTheme(dimension, bySource))
        EXPECT_EQ(s.sourceId, first.sourceId);

    const auto spokenSegment = std::find_if(all.begin(), all.end(), [](const RetrievedSegment &s) {
        return !s.speaker.isEmpty();
    });
    ASSERT_NE(spokenSegment, all.end());
    SegmentFilter bySpeaker;
    bySpeaker.speakers = {spokenSegment->speaker};
    const QList<RetrievedSegment> spoken = query.ofTheme(dimension, bySpeaker);
    EXPECT_FALSE(spoken.isEmpty());
    for (const RetrievedSegment &s : spoken)
        EXPECT_EQ(s.speaker, spokenSegment->speaker);

    SegmentFilter byCode;
    byCode.codes = {timeCodes.first()};
    EXPECT_EQ(query.ofTheme(dimension, byCode).size(), query.ofCode(timeCodes.first()).size());
    SegmentFilter byCoder;
    byCoder.coders = {9999};
    EXPECT_TRUE(query.ofTheme(dimension, byCoder).isEmpty());
}

TEST_F(Retrieval, ExemplarsAreMarkedAndFiltered)
{
    const SegmentQuery query(project->database());
    const QList<RetrievedSegment> all = query.ofTheme(time);
    ASSERT_GE(all.size(), 2);
    SegmentFilter exemplars;
    exemplars.exemplarsOnly = true;
    const QList<RetrievedSegment> before = query.ofTheme(time, exemplars);
    EXPECT_TRUE(std::all_of(before.cbegin(), before.cend(), [](const RetrievedSegment &s) { return s.exemplar; }));
    const auto unmarked =
        std::find_if(all.cbegin(), all.cend(), [](const RetrievedSegment &s) { return !s.exemplar; });
    ASSERT_NE(unmarked, all.cend());
    EXPECT_EQ(before.size(), all.size() - std::count_if(all.cbegin(), all.cend(), [](const RetrievedSegment &s) {
                                 return !s.exemplar;
                             }));

    QSignalSpy changed(&project->notifier(), &ProjectNotifier::codingsChanged);
    ASSERT_TRUE(project->codings().setExemplar(unmarked->codingId, true).ok());
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toLongLong(), unmarked->sourceId);
    const QList<RetrievedSegment> marked = query.ofTheme(time, exemplars);
    ASSERT_EQ(marked.size(), before.size() + 1);
    const auto found = std::find_if(marked.cbegin(), marked.cend(), [&](const RetrievedSegment &s) {
        return s.codingId == unmarked->codingId;
    });
    ASSERT_NE(found, marked.cend());
    EXPECT_TRUE(found->exemplar);
    EXPECT_TRUE(project->codings().find(unmarked->codingId)->exemplar);
    EXPECT_FALSE(project->codings().setExemplar(999999, true).ok());
}

// Turns are read source by source with one statement bound anew for each: every segment must name the
// case of its own source's speaker, not one of the source read before.
TEST_F(Retrieval, EachSegmentNamesTheCaseOfItsOwnSpeaker)
{
    QList<CodeId> codes;
    for (const Code &c : project->codes().list())
        codes.append(c.id);
    const QList<RetrievedSegment> segments = SegmentQuery(project->database()).ofCodes(codes);
    QSet<SourceId> sources;
    for (const RetrievedSegment &s : segments) {
        if (s.speaker.isEmpty())
            continue;
        sources.insert(s.sourceId);
        QString expected;
        for (const SpeakerInfo &speaker : project->cases().speakersOf(s.sourceId)) {
            if (speaker.label == s.speaker && speaker.caseId)
                expected = project->cases().find(*speaker.caseId)->name;
        }
        EXPECT_EQ(s.caseName, expected) << s.sourceName.toStdString() << " " << s.speaker.toStdString();
    }
    EXPECT_GE(sources.size(), 5);
}

TEST_F(Retrieval, PagesTogetherAreTheWholeRetrieval)
{
    const SegmentQuery query(project->database());
    SegmentFilter filters[2];
    filters[1].speakers = {QStringLiteral("IP")};
    for (const SegmentFilter &filter : filters) {
        const QList<RetrievedSegment> all = query.ofTheme(dimension, filter);
        ASSERT_GE(all.size(), 7);
        QList<CodingId> whole;
        for (const RetrievedSegment &s : all)
            whole.append(s.codingId);
        for (qsizetype size : {1, 3, 5}) {
            QList<CodingId> paged;
            for (qsizetype offset = 0;; offset += size) {
                const QList<RetrievedSegment> page = query.ofTheme(dimension, filter, SegmentPage{offset, size});
                ASSERT_LE(page.size(), size);
                for (const RetrievedSegment &s : page) {
                    paged.append(s.codingId);
                    EXPECT_FALSE(s.text.isEmpty());
                }
                if (page.size() < size)
                    break;
            }
            EXPECT_EQ(paged, whole) << "page size " << size;
        }
        const QList<RetrievedSegment> tail = query.ofTheme(dimension, filter, SegmentPage{2, -1});
        ASSERT_EQ(tail.size(), all.size() - 2);
        EXPECT_EQ(tail.first().text, all[2].text);
    }
}

TEST_F(Retrieval, TwoAttributeValuesKeepTheCasesThatHaveBoth)
{
    // Two attribute values: the cases that have both.
    SegmentFilter both;
    both.attributes = {{QStringLiteral("nivå"), QStringLiteral("lokal")},
                       {QStringLiteral("kön"), QStringLiteral("kvinna")}};
    const QSet<QString> wanted = casesWith("nivå", "lokal") & casesWith("kön", "kvinna");
    ASSERT_FALSE(wanted.isEmpty());
    const QList<RetrievedSegment> segments = SegmentQuery(project->database()).ofTheme(dimension, both);
    ASSERT_FALSE(segments.isEmpty());
    for (const RetrievedSegment &s : segments)
        EXPECT_TRUE(wanted.contains(s.caseName)) << s.caseName.toStdString();
}
