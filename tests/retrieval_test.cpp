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
    EXPECT_TRUE(query.ofTheme(time, exemplars).isEmpty());

    QSignalSpy changed(&project->notifier(), &ProjectNotifier::codingsChanged);
    ASSERT_TRUE(project->codings().setExemplar(all[1].codingId, true).ok());
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toLongLong(), all[1].sourceId);
    const QList<RetrievedSegment> marked = query.ofTheme(time, exemplars);
    ASSERT_EQ(marked.size(), 1);
    EXPECT_EQ(marked.first().codingId, all[1].codingId);
    EXPECT_TRUE(marked.first().exemplar);
    EXPECT_TRUE(project->codings().find(all[1].codingId)->exemplar);
    EXPECT_FALSE(project->codings().setExemplar(999999, true).ok());
}

TEST_F(Retrieval, EachSegmentHasTheSpeakerAndCaseOfItsOwnSource)
{
    QHash<SourceId, QHash<QString, QString>> caseOfSpeaker;
    for (const SpeakerInfo &s : project->cases().speakers())
        caseOfSpeaker[s.sourceId].insert(s.label,
                                         s.caseId ? project->cases().find(*s.caseId)->name : QString());
    QSet<QString> cases;
    for (const RetrievedSegment &s : SegmentQuery(project->database()).ofTheme(dimension)) {
        if (s.speaker.isEmpty())
            continue;
        ASSERT_TRUE(caseOfSpeaker.value(s.sourceId).contains(s.speaker))
            << s.sourceName.toStdString() << ": " << s.speaker.toStdString();
        EXPECT_EQ(s.caseName, caseOfSpeaker.value(s.sourceId).value(s.speaker)) << s.sourceName.toStdString();
        cases.insert(s.caseName);
    }
    EXPECT_GT(cases.size(), 1);

    // Two attribute values: the cases that have both.
    SegmentFilter both;
    both.attributes = {{QStringLiteral("nivå"), QStringLiteral("lokal")},
                       {QStringLiteral("kön"), QStringLiteral("kvinna")}};
    const QSet<QString> wanted = casesWith("nivå", "lokal") & casesWith("kön", "kvinna");
    ASSERT_FALSE(wanted.isEmpty());
    for (const RetrievedSegment &s : SegmentQuery(project->database()).ofTheme(dimension, both))
        EXPECT_TRUE(wanted.contains(s.caseName)) << s.caseName.toStdString();
}
