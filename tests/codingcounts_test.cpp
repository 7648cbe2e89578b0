#include "core/demo/demoproject.h"
#include "core/import/sourceimport.h"
#include "core/interchange/qdpxexporter.h"
#include "core/interchange/qdpximporter.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/database.h"
#include "core/store/project.h"
#include "core/store/schema.h"
#include "core/store/sourcestore.h"
#include "tests/support/projecttest.h"

#include <QTemporaryDir>

// The stored counts of codings per source and code (table coding_counts), and each code's totals (table
// code_totals), stay what a GROUP BY over the codings gives, through every way codings are written.

using namespace tematik;

namespace {

QStringList rows(Database &db, const char *sql)
{
    QStringList result;
    Result<Statement> q = db.prepare(sql);
    EXPECT_TRUE(q.ok()) << (q.ok() ? std::string() : q.error().toStdString());
    while (q.ok() && q->next())
        result.append(QStringLiteral("%1 %2 %3").arg(q->int64(0)).arg(q->int64(1)).arg(q->int64(2)));
    return result;
}

QStringList storedCounts(Database &db)
{
    return rows(db, "SELECT source_id, code_id, codings FROM coding_counts ORDER BY source_id, code_id");
}

QStringList countedCounts(Database &db)
{
    return rows(db, "SELECT source_id, code_id, count(*) FROM codings GROUP BY source_id, code_id "
                    "ORDER BY source_id, code_id");
}

QStringList storedTotals(Database &db)
{
    return rows(db, "SELECT code_id, codings, sources FROM code_totals ORDER BY code_id");
}

QStringList countedTotals(Database &db)
{
    return rows(db, "SELECT code_id, count(*), count(DISTINCT source_id) FROM codings GROUP BY code_id "
                    "ORDER BY code_id");
}

// Both tables exact, and not trivially so: there are codings.
void expectCountsExact(Database &db, const char *after)
{
    const QStringList counted = countedCounts(db);
    EXPECT_EQ(storedCounts(db), counted) << after;
    EXPECT_FALSE(counted.isEmpty()) << after;
    EXPECT_EQ(storedTotals(db), countedTotals(db)) << after;
}

class CodingCountsTest : public test::ProjectTest
{
protected:
    void SetUp() override
    {
        ProjectTest::SetUp();
        for (const char *file : {"interview-01.txt", "interview-02.txt"}) {
            Result<ImportReport> r = SourceImport::importFile(*project, test::corpusPath(QString::fromLatin1(file)));
            ASSERT_TRUE(r.ok()) << r.error().toStdString();
            sources.append(r->sourceId);
        }
        for (const char *name : {"Tid", "Pengar", "Oro"})
            codes.append(*project->codes().add(NewCode{QString::fromLatin1(name), std::nullopt, {}, {}}));
        length = project->sources().find(sources[1])->codePoints;
    }

    void expectExact(const char *after) { expectCountsExact(project->database(), after); }

    // count codings spread over both sources and all three codes, 0 … count - 1 in order.
    QList<NewCoding> spread(int count) const
    {
        QList<NewCoding> result;
        for (int i = 0; i < count; ++i) {
            const qint64 start = (i * 7) % (length - 20);
            result.append(NewCoding{sources[i % 2], codes[(i / 2) % 3], start, start + 1 + i % 19});
        }
        return result;
    }

    QList<SourceId> sources;
    QList<CodeId> codes;
    qint64 length = 0;
};

} // namespace

TEST_F(CodingCountsTest, AddRemoveAndMoveKeepTheCountsExact)
{
    CodingStore &codings = project->codings();
    const CodingId a = *codings.add(NewCoding{sources[0], codes[0], 0, 10});
    const CodingId b = *codings.add(NewCoding{sources[0], codes[0], 5, 15});
    ASSERT_TRUE(codings.add(NewCoding{sources[1], codes[1], 5, 15}).ok());
    expectExact("add");
    EXPECT_EQ(storedCounts(project->database()).first(), QStringLiteral("%1 %2 2").arg(sources[0]).arg(codes[0]));

    ASSERT_TRUE(codings.setBounds(a, 20, 40).ok());
    expectExact("setBounds");
    const Coding removed = *codings.find(b);
    ASSERT_TRUE(codings.remove(b).ok());
    expectExact("remove one of two");
    ASSERT_TRUE(codings.remove(a).ok());
    expectExact("remove the last of a pair");
    ASSERT_TRUE(codings.restore({removed}).ok());
    expectExact("restore (undo of a removal)");
    EXPECT_EQ(storedCounts(project->database()).first(), QStringLiteral("%1 %2 1").arg(sources[0]).arg(codes[0]));
    const QHash<CodeId, CodeUse> use = codings.useByCode();
    EXPECT_EQ(use.value(codes[0]).codings, 1);
    EXPECT_EQ(use.value(codes[1]).sources, 1);
}

TEST_F(CodingCountsTest, ChangingACodingsCodeOrSourceMovesItsCount)
{
    const CodingId id = *project->codings().add(NewCoding{sources[0], codes[0], 0, 10});
    ASSERT_TRUE(project->codings().add(NewCoding{sources[1], codes[2], 0, 10}).ok());
    // No store action moves a single coding to another source; the trigger keeps the count all the same.
    const QByteArray sql = "UPDATE codings SET code_id = " + QByteArray::number(codes[1])
                           + ", source_id = " + QByteArray::number(sources[1]) + " WHERE id = " + QByteArray::number(id);
    ASSERT_TRUE(project->database().exec(sql.constData()).ok());
    expectExact("recode and move to another source");
    EXPECT_EQ(storedCounts(project->database()),
              (QStringList{QStringLiteral("%1 %2 1").arg(sources[1]).arg(codes[1]),
                           QStringLiteral("%1 %2 1").arg(sources[1]).arg(codes[2])}));
}

TEST_F(CodingCountsTest, MergeAndUnmergeKeepTheCountsExact)
{
    CodingStore &codings = project->codings();
    ASSERT_TRUE(codings.addAll(spread(60)).ok());
    // A range both codes have, past every range of spread(): the merge drops the one of the merged code.
    ASSERT_TRUE(codings.add(NewCoding{sources[0], codes[1], length - 2, length - 1}).ok());
    ASSERT_TRUE(codings.add(NewCoding{sources[0], codes[0], length - 2, length - 1}).ok());
    const QStringList before = storedCounts(project->database());
    Result<CodeMerge> merge = project->codes().merge(codes[0], codes[1]);
    ASSERT_TRUE(merge.ok()) << merge.error().toStdString();
    ASSERT_EQ(merge->droppedCodings.size(), 1);
    expectExact("merge");
    EXPECT_FALSE(codings.useByCode().contains(codes[0]));
    // Undo, as the command does it: the code back, its codings recoded, the dropped one restored.
    ASSERT_TRUE(project->codes().unmerge(*merge).ok());
    ASSERT_TRUE(codings.restore(merge->droppedCodings).ok());
    expectExact("unmerge");
    EXPECT_EQ(storedCounts(project->database()), before);
}

TEST_F(CodingCountsTest, RemovingASourceOrACodeTakesItsCounts)
{
    ASSERT_TRUE(project->codings().addAll(spread(30)).ok());
    ASSERT_TRUE(project->sources().remove(sources[0]).ok());
    expectExact("source removed");
    for (CodeId code : std::as_const(codes))
        EXPECT_EQ(project->codings().useByCode().value(code).sources, 1);
    ASSERT_TRUE(project->codes().remove(codes[2]).ok());
    expectExact("code removed");
    EXPECT_FALSE(project->codings().useByCode().contains(codes[2]));
    EXPECT_EQ(project->codings().useOfCodes(codes).sources, 1);
}

// Many codings go in with the counting trigger set aside and are counted at once afterwards, when they
// at least double the table; into a larger table the trigger counts each.
TEST_F(CodingCountsTest, BulkInsertsKeepTheCountsExact)
{
    CodingStore &codings = project->codings();
    Result<QList<CodingId>> first = codings.addAll(spread(1200));
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    expectExact("bulk insert into an empty table");
    Result<QList<CodingId>> second = codings.addAll(spread(600));
    ASSERT_TRUE(second.ok()) << second.error().toStdString();
    expectExact("bulk insert into a larger table");
    // Undo of a bulk removal is a bulk restore.
    QList<Coding> removed;
    for (CodingId id : *first) {
        removed.append(*codings.find(id));
        ASSERT_TRUE(codings.remove(id).ok());
    }
    expectExact("1,200 removed");
    ASSERT_TRUE(codings.restore(removed).ok());
    expectExact("1,200 restored");
    // The set-aside trigger is back: one more coding is counted.
    ASSERT_TRUE(codings.add(NewCoding{sources[0], codes[0], 0, 3}).ok());
    expectExact("one more after the bulk insert");
    QHash<CodeId, CodeUse> use = codings.useByCode();
    EXPECT_EQ(use.value(codes[0]).codings + use.value(codes[1]).codings + use.value(codes[2]).codings, 1801);
    EXPECT_EQ(use.value(codes[0]).sources, 2);
    EXPECT_EQ(codings.count(), 1801);
    EXPECT_EQ(project->codes().count(), 3);
    EXPECT_EQ(project->sources().count(), 2);
}

TEST(CodingCounts, ARefiQdaImportIsCountedExactly)
{
    // The samples from other programs code no texts, so the project is the demo's, exported and imported.
    QTemporaryDir dir;
    Result<std::unique_ptr<Project>> demo = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")));
    ASSERT_TRUE(demo.ok()) << demo.error().toStdString();
    Result<QByteArray> qdpx = QdpxExporter::write(**demo);
    ASSERT_TRUE(qdpx.ok()) << qdpx.error().toStdString();
    Result<std::unique_ptr<Project>> copy = Project::create(dir.filePath(QStringLiteral("copy.tematik")));
    ASSERT_TRUE(copy.ok()) << copy.error().toStdString();
    Result<InterchangeReport> imported = QdpxImporter::importBytes(**copy, *qdpx, QStringLiteral("demo.qdpx"));
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    expectCountsExact((*copy)->database(), "REFI-QDA import");
}

// A project of format 5 has codings but no stored counts, one of format 6 counts but no totals; the
// upgrade counts what is missing.
class CodingCountsUpgrade : public testing::TestWithParam<int>
{
};

TEST_P(CodingCountsUpgrade, AnOlderProjectIsCountedOnUpgrade)
{
    const int version = GetParam();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.tematik"));
    QStringList counted;
    QStringList totals;
    {
        auto created = Project::create(path);
        ASSERT_TRUE(created.ok());
        Project &project = **created;
        Result<ImportReport> r = SourceImport::importFile(project, test::corpusPath(QStringLiteral("interview-01.txt")));
        ASSERT_TRUE(r.ok());
        const CodeId a = *project.codes().add(NewCode{QStringLiteral("A"), std::nullopt, {}, {}});
        const CodeId b = *project.codes().add(NewCode{QStringLiteral("B"), std::nullopt, {}, {}});
        for (int i = 0; i < 10; ++i)
            ASSERT_TRUE(project.codings().add(NewCoding{r->sourceId, i % 3 ? a : b, i, i + 5}).ok());
        counted = countedCounts(project.database());
        totals = countedTotals(project.database());
        QByteArray downgrade = "DROP TRIGGER code_totals_insert; DROP TRIGGER code_totals_delete; "
                               "DROP TRIGGER code_totals_update; DROP INDEX coding_counts_code; DROP TABLE code_totals; ";
        if (version == 5)
            downgrade += "DROP TRIGGER coding_counts_insert; DROP TRIGGER coding_counts_delete; "
                         "DROP TRIGGER coding_counts_update; DROP TABLE coding_counts; ";
        downgrade += "PRAGMA user_version = " + QByteArray::number(version);
        ASSERT_TRUE(project.database().exec(downgrade.constData()).ok());
    }
    auto project = Project::open(path);
    ASSERT_TRUE(project.ok()) << project.error().toStdString();
    Database &db = (*project)->database();
    EXPECT_EQ(counted.size(), 2);
    EXPECT_EQ(storedCounts(db), counted);
    EXPECT_EQ(storedTotals(db), totals);
    ASSERT_TRUE((*project)->codings().add(NewCoding{1, 1, 0, 1}).ok());
    expectCountsExact(db, "a coding added after the upgrade");
}

INSTANTIATE_TEST_SUITE_P(FromFormat, CodingCountsUpgrade, testing::Values(5, 6));
