#include "core/import/sourceimport.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/database.h"
#include "core/store/project.h"
#include "core/store/projectnotifier.h"
#include "core/store/sourcestore.h"
#include "tests/support/projecttest.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace tematik;

namespace {

class Transactions : public test::ProjectTest
{
protected:
    void SetUp() override
    {
        ProjectTest::SetUp();
        Result<ImportReport> r = SourceImport::importFile(*project, test::corpusPath(QStringLiteral("interview-01.txt")));
        ASSERT_TRUE(r.ok());
        source = r->sourceId;
        Result<CodeId> c = project->codes().add(NewCode{QStringLiteral("Tid"), std::nullopt, {}, {}});
        ASSERT_TRUE(c.ok());
        code = *c;
    }

    SourceId source = 0;
    CodeId code = 0;
};

} // namespace

TEST_F(Transactions, FailedSourceAddLeavesNothing)
{
    const ProjectCounts before = project->counts();
    NewSource bad;
    bad.name = QStringLiteral("trasig");
    bad.format = QStringLiteral("txt");
    bad.text = QStringLiteral("I: kort\n");
    // The second turn lies past the end of the text.
    bad.turns = {SpeakerTurn{0, QStringLiteral("I"), 0, 3, 7, {}, {}}, SpeakerTurn{0, QStringLiteral("IP"), 8, 12, 40, {}, {}}};
    QSignalSpy added(&project->notifier(), &ProjectNotifier::sourceAdded);
    Result<SourceId> r = project->sources().add(bad);
    EXPECT_FALSE(r.ok());
    const ProjectCounts after = project->counts();
    EXPECT_EQ(after.sources, before.sources);
    EXPECT_EQ(after.turns, before.turns);
    EXPECT_EQ(after.speakers, before.speakers);
    EXPECT_EQ(added.count(), 0);
}

TEST_F(Transactions, BatchOfCodingsIsAllOrNothing)
{
    QSignalSpy changed(&project->notifier(), &ProjectNotifier::codingsChanged);
    const QList<NewCoding> batch{{source, code, 0, 10}, {source, code, 20, 30}, {source, code, 50, 999999}};
    Result<QList<CodingId>> r = project->codings().addAll(batch);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QLatin1String("outside the source")));
    EXPECT_EQ(project->counts().codings, 0);
    EXPECT_EQ(changed.count(), 0);

    Result<QList<CodingId>> ok = project->codings().addAll(batch.mid(0, 2));
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(project->counts().codings, 2);
    EXPECT_EQ(changed.count(), 1);
}

TEST_F(Transactions, NotificationsComeOnlyAfterTheOutermostCommit)
{
    QSignalSpy changed(&project->notifier(), &ProjectNotifier::codingsChanged);
    Database &db = project->database();
    {
        Transaction outer(db);
        ASSERT_TRUE(outer.isActive());
        ASSERT_TRUE(project->codings().add(NewCoding{source, code, 0, 5}).ok());
        EXPECT_EQ(changed.count(), 0); // still inside the outer transaction
        ASSERT_TRUE(outer.commit().ok());
    }
    EXPECT_EQ(changed.count(), 1);
    {
        Transaction outer(db);
        ASSERT_TRUE(project->codings().add(NewCoding{source, code, 5, 9}).ok());
        // Dropped without commit: rolled back, and nobody hears of it.
    }
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(project->counts().codings, 1);
}

TEST_F(Transactions, InnerRollbackKeepsOuterWork)
{
    Database &db = project->database();
    Transaction outer(db);
    ASSERT_TRUE(project->codings().add(NewCoding{source, code, 0, 5}).ok());
    EXPECT_FALSE(project->codings().addAll({{source, code, 1, 2}, {source, code, 3, 1}}).ok());
    ASSERT_TRUE(outer.commit().ok());
    EXPECT_EQ(project->counts().codings, 1);
}

TEST_F(Transactions, ForeignKeysCascadeAndProtect)
{
    ASSERT_TRUE(project->codings().add(NewCoding{source, code, 0, 5}).ok());
    // A coding of a code that does not exist is refused.
    Result<CodingId> orphan = project->codings().add(NewCoding{source, code + 100, 0, 5});
    ASSERT_FALSE(orphan.ok());
    EXPECT_TRUE(orphan.error().contains(QLatin1String("no code")));
    // Removing the source removes its text, turns, speakers and codings with it.
    ASSERT_TRUE(project->sources().remove(source).ok());
    const ProjectCounts c = project->counts();
    EXPECT_EQ(c.sources, 0);
    EXPECT_EQ(c.turns, 0);
    EXPECT_EQ(c.speakers, 0);
    EXPECT_EQ(c.codings, 0);
    Result<Statement> q = project->database().prepare("SELECT count(*) FROM source_texts");
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_EQ(q->int64(0), 0);
}

TEST_F(Transactions, TheStoreItselfRefusesCodingsOutsideTheText)
{
    // Even SQL that bypasses CodingStore cannot put a coding past the end of its text.
    const QByteArray sql = "INSERT INTO codings (guid, source_id, code_id, start, end, created_at) VALUES ('x', "
                           + QByteArray::number(source) + ", " + QByteArray::number(code) + ", 0, 100000, '')";
    Status s = project->database().exec(sql.constData());
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().contains(QLatin1String("past the end")));
    const QByteArray empty = "INSERT INTO codings (guid, source_id, code_id, start, end, created_at) VALUES ('y', "
                             + QByteArray::number(source) + ", " + QByteArray::number(code) + ", 5, 5, '')";
    EXPECT_FALSE(project->database().exec(empty.constData()).ok());
}

TEST_F(Transactions, ReadOnlyProjectRefusesChanges)
{
    const QString path = project->path();
    project.reset();
    auto readOnly = Project::open(path, true);
    ASSERT_TRUE(readOnly.ok()) << readOnly.error().toStdString();
    Result<CodeId> r = (*readOnly)->codes().add(NewCode{QStringLiteral("Ny"), std::nullopt, {}, {}});
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QLatin1String("read-only")));
    EXPECT_EQ((*readOnly)->counts().sources, 1);
}

TEST_F(Transactions, CommittedWorkIsInTheFileWhileTheProjectIsStillOpen)
{
    ASSERT_TRUE(project->codings().add(NewCoding{source, code, 0, 5}).ok());
    // A second connection (another process would see the same) reads the committed coding at once.
    auto other = Project::open(project->path(), true);
    ASSERT_TRUE(other.ok()) << other.error().toStdString();
    EXPECT_EQ((*other)->counts().codings, 1);
}

// A statement run to its last row and then bound anew must run with the new value: SQLite refuses the
// bind of a statement that was not reset and would repeat the old query.
TEST_F(Transactions, AStatementBoundAgainAfterItsLastRowUsesTheNewValue)
{
    Statement &q = project->database().cached("SELECT ?1 * 2");
    for (qint64 value : {3, 5, 7}) {
        q.bind(1, value);
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.int64(0), value * 2);
        EXPECT_FALSE(q.next());
    }
}
