#include "core/import/sourceimport.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "core/store/projectnotifier.h"
#include "core/store/sourcestore.h"
#include "core/store/storedvalues.h"
#include "core/store/database.h"
#include "core/model/coding.h"
#include "tests/support/projecttest.h"

#include <QSignalSpy>
#include <QTimeZone>

using namespace tematik;

namespace {

class CodingStoreTest : public test::ProjectTest
{
protected:
    void SetUp() override
    {
        ProjectTest::SetUp();
        Result<ImportReport> r = SourceImport::importFile(*project, test::corpusPath(QStringLiteral("interview-01.txt")));
        ASSERT_TRUE(r.ok()) << r.error().toStdString();
        source = r->sourceId;
        code = *project->codes().add(NewCode{QStringLiteral("Tid"), std::nullopt, {}, {}});
    }

    SourceId source = 0;
    CodeId code = 0;
};

} // namespace

TEST_F(CodingStoreTest, SetBoundsMovesTheCodingAndTellsItsSource)
{
    const CodingId id = *project->codings().add(NewCoding{source, code, 10, 20});
    const Coding before = *project->codings().find(id);
    QSignalSpy changed(&project->notifier(), &ProjectNotifier::codingsChanged);
    ASSERT_TRUE(project->codings().setBounds(id, 5, 50).ok());
    const Coding after = *project->codings().find(id);
    EXPECT_EQ(after.start, 5);
    EXPECT_EQ(after.end, 50);
    // Only the span moves: the same coding, by the same coder, from the same time.
    EXPECT_EQ(after.guid, before.guid);
    EXPECT_EQ(after.createdAt, before.createdAt);
    EXPECT_EQ(after.codeId, before.codeId);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.first().first().value<SourceId>(), source);
}

TEST_F(CodingStoreTest, SetBoundsRefusesEmptyAndOutsideRanges)
{
    const CodingId id = *project->codings().add(NewCoding{source, code, 10, 20});
    QSignalSpy changed(&project->notifier(), &ProjectNotifier::codingsChanged);
    const Status empty = project->codings().setBounds(id, 30, 30);
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().contains(QLatin1String("non-empty"))) << empty.error().toStdString();
    const Status outside = project->codings().setBounds(id, 10, 1'000'000);
    ASSERT_FALSE(outside.ok());
    EXPECT_TRUE(outside.error().contains(QLatin1String("outside"))) << outside.error().toStdString();
    EXPECT_FALSE(project->codings().setBounds(id + 100, 1, 2).ok());
    EXPECT_EQ(project->codings().find(id)->start, 10);
    EXPECT_EQ(changed.size(), 0);
}

namespace {

// The codings table's trigger and indexes, each with its SQL.
QStringList codingsSchema(Project &project)
{
    Result<Statement> q = project.database().prepare(
        "SELECT type, name, ifnull(sql, '') FROM sqlite_schema WHERE tbl_name = 'codings' ORDER BY name");
    QStringList objects;
    while (q && q->next())
        objects.append(q->text(0) + u' ' + q->text(1) + u' ' + q->text(2));
    return objects;
}

bool integrityOk(Project &project)
{
    Result<Statement> q = project.database().prepare("PRAGMA integrity_check");
    return q && q->next() && q->text(0) == QLatin1String("ok");
}

} // namespace

// Many codings at once go in without the per-row trigger and, into a table they at least double, without
// its indexes (for speed), but under the same rule; trigger and indexes are there again, word for word,
// afterwards, and the indexes agree with the table.
TEST_F(CodingStoreTest, ManyCodingsAtOnceKeepTheRuleTheTriggerAndTheIndexes)
{
    const QStringList schema = codingsSchema(*project);
    // table, guid's index, 3 more, the 2 triggers of the range rule and the 3 that count codings
    ASSERT_EQ(schema.size(), 10) << schema.join(u'\n').toStdString();
    const qint64 length = project->sources().list().first().codePoints;
    QList<NewCoding> many;
    for (int i = 0; i < 600; ++i)
        many.append(NewCoding{source, code, i, i + 10});
    ASSERT_TRUE(project->codings().addAll(many).ok());
    EXPECT_EQ(codingsSchema(*project), schema);
    EXPECT_TRUE(integrityOk(*project));
    EXPECT_EQ(project->codings().forCode(code).size(), 600); // read through the index on the code

    QList<Coding> restored;
    for (int i = 0; i < 600; ++i) {
        Coding c;
        c.guid = newGuid();
        c.sourceId = source;
        c.codeId = code;
        c.start = i;
        c.end = i + 5;
        c.createdAt = QDateTime::currentDateTimeUtc();
        restored.append(c);
    }
    restored[599].end = length + 1;
    const Status refused = project->codings().restore(restored);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QLatin1String("interview-01"))) << refused.error().toStdString();
    EXPECT_EQ(project->counts().codings, 600); // none of the 600 restored
    EXPECT_EQ(codingsSchema(*project), schema);
    restored.resize(550);
    ASSERT_TRUE(project->codings().restore(restored).ok()); // 550 rows into 600: the indexes stay
    EXPECT_EQ(codingsSchema(*project), schema);
    EXPECT_TRUE(integrityOk(*project));
    EXPECT_EQ(project->codings().forSource(source).size(), 1150);

    // And the trigger still guards a single row written by anyone.
    Result<Statement> insert = project->database().prepare(
        "INSERT INTO codings (guid, source_id, code_id, start, end, created_at) VALUES ('x', ?, ?, 0, ?, '')");
    ASSERT_TRUE(insert.ok());
    insert->bind(1, source).bind(2, code).bind(3, length + 1);
    EXPECT_FALSE(insert->exec());
}

namespace {

QList<Coding> someCodings(SourceId source, CodeId code, int count, qint64 end)
{
    QList<Coding> codings;
    for (int i = 0; i < count; ++i) {
        Coding c;
        c.guid = newGuid();
        c.sourceId = source;
        c.codeId = code;
        c.start = i;
        c.end = end;
        c.createdAt = QDateTime::currentDateTimeUtc();
        codings.append(c);
    }
    return codings;
}

} // namespace

// A load stores codings over several calls with the checks and indexes set aside, then checks all rows
// and builds the indexes again; a load abandoned with its transaction leaves the table as it was.
TEST_F(CodingStoreTest, ALoadOverSeveralCallsKeepsTheRuleAndTheIndexes)
{
    const QStringList schema = codingsSchema(*project);
    const qint64 length = project->sources().list().first().codePoints;
    {
        Transaction tx(project->database());
        CodingStore::Load load(project->codings());
        ASSERT_TRUE(load.begin().ok());
        EXPECT_FALSE(CodingStore::Load(project->codings()).begin().ok()); // one load at a time
        EXPECT_LT(codingsSchema(*project).size(), schema.size());
        ASSERT_TRUE(project->codings().restore(someCodings(source, code, 3, 10)).ok());
        ASSERT_TRUE(project->codings().restore(someCodings(source, code, 700, length)).ok());
        ASSERT_TRUE(load.finish().ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_EQ(codingsSchema(*project), schema);
    EXPECT_TRUE(integrityOk(*project));
    EXPECT_EQ(project->codings().forCode(code).size(), 703);

    {
        Transaction tx(project->database());
        CodingStore::Load load(project->codings());
        ASSERT_TRUE(load.begin().ok());
        ASSERT_TRUE(project->codings().restore(someCodings(source, code, 2, length + 1)).ok()); // not checked yet
        const Status refused = load.finish();
        ASSERT_FALSE(refused.ok());
        EXPECT_TRUE(refused.error().contains(QLatin1String("interview-01"))) << refused.error().toStdString();
    } // rolled back
    EXPECT_EQ(codingsSchema(*project), schema);
    EXPECT_EQ(project->counts().codings, 703);

    {
        Transaction tx(project->database());
        CodingStore::Load load(project->codings());
        ASSERT_TRUE(load.begin().ok());
    } // abandoned and rolled back: the next restore is checked row by row again
    EXPECT_EQ(codingsSchema(*project), schema);
    EXPECT_FALSE(project->codings().restore(someCodings(source, code, 1, length + 1)).ok());
    EXPECT_EQ(project->counts().codings, 703);
}

TEST(StoredValues, StoredTimesReadAsQtReadsThem)
{
    for (const QString &text : {QStringLiteral("2026-11-23T10:15:00.123Z"), QStringLiteral("1999-12-31T23:59:59.999Z"),
                                QStringLiteral("2024-02-29T00:00:00.000Z")}) {
        const QDateTime fast = fromStoredTime(text);
        EXPECT_TRUE(fast.isValid()) << text.toStdString();
        EXPECT_EQ(fast, QDateTime::fromString(text, Qt::ISODateWithMs)) << text.toStdString();
        EXPECT_EQ(fast.toString(Qt::ISODateWithMs), text);
    }
    // Other forms (older files, other tools) go to Qt's parser; impossible dates stay invalid.
    EXPECT_EQ(fromStoredTime(QStringLiteral("2026-11-23T10:15:00Z")),
              QDateTime::fromString(QStringLiteral("2026-11-23T10:15:00Z"), Qt::ISODate));
    EXPECT_FALSE(fromStoredTime(QStringLiteral("2026-02-30T10:15:00.000Z")).isValid());
    EXPECT_EQ(fromStoredTime(storedNow()).timeSpec(), Qt::UTC);
}

TEST(StoredValues, StoredTimesWrittenAsQtWritesThem)
{
    const QList<QDateTime> times{QDateTime(QDate(2026, 11, 23), QTime(10, 15, 0, 123), Qt::UTC),
                                 QDateTime(QDate(999, 1, 2), QTime(3, 4, 5, 6), Qt::UTC),
                                 QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), QTimeZone(3600))};
    for (const QDateTime &time : times) {
        EXPECT_EQ(toStoredTime(time), time.toUTC().toString(Qt::ISODateWithMs));
        EXPECT_EQ(toUtcIsoTime(time, false), time.toUTC().toString(Qt::ISODate));
    }
}

TEST_F(CodingStoreTest, SpansAreTheSourcesCodingsInOrder)
{
    const CodeId other = *project->codes().add(NewCode{QStringLiteral("Annan"), std::nullopt, {}, {}});
    ASSERT_TRUE(project->codings().add(NewCoding{source, other, 40, 90}).ok());
    ASSERT_TRUE(project->codings().add(NewCoding{source, code, 10, 20}).ok());
    ASSERT_TRUE(project->codings().add(NewCoding{source, code, 10, 15}).ok());
    const QList<Coding> full = project->codings().forSource(source);
    const QList<Coding> spans = project->codings().spansOf(source);
    ASSERT_EQ(spans.size(), full.size());
    for (qsizetype i = 0; i < spans.size(); ++i) {
        EXPECT_EQ(spans[i].id, full[i].id);
        EXPECT_EQ(spans[i].sourceId, source);
        EXPECT_EQ(spans[i].codeId, full[i].codeId);
        EXPECT_EQ(spans[i].start, full[i].start);
        EXPECT_EQ(spans[i].end, full[i].end);
    }
    EXPECT_EQ(spans.first().end, 15);
}
