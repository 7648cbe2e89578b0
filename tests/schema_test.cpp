#include "core/search/textsearch.h"
#include "core/store/codestore.h"
#include "core/store/database.h"
#include "core/store/project.h"
#include "core/store/schema.h"
#include "core/store/sourcestore.h"
#include "tests/support/testenvironment.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace tematik;

namespace {

qint64 pragma(Database &db, const char *sql)
{
    Result<Statement> q = db.prepare(sql);
    EXPECT_TRUE(q.ok());
    return q.ok() && q->next() ? q->int64(0) : -1;
}

QString pragmaText(Database &db, const char *sql)
{
    Result<Statement> q = db.prepare(sql);
    return q.ok() && q->next() ? q->text(0) : QString();
}

// Every table, index and trigger with its SQL, to compare two files' layouts.
QStringList layout(Database &db)
{
    QStringList rows;
    Result<Statement> q = db.prepare("SELECT type, name, ifnull(sql, '') FROM sqlite_schema "
                                     "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");
    while (q.ok() && q->next())
        rows.append(q->text(0) + u' ' + q->text(1) + u' ' + q->text(2).simplified());
    return rows;
}

} // namespace

TEST(Schema, NewProjectIsMarkedVersionedAndSafe)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.tematik"));
    auto project = Project::create(path, QStringLiteral("Studie"));
    ASSERT_TRUE(project.ok()) << project.error().toStdString();
    Database &db = (*project)->database();
    EXPECT_EQ(pragma(db, "PRAGMA application_id"), Schema::applicationId);
    EXPECT_EQ(pragma(db, "PRAGMA user_version"), Schema::currentVersion());
    EXPECT_EQ(pragma(db, "PRAGMA foreign_keys"), 1);
    EXPECT_EQ(pragmaText(db, "PRAGMA journal_mode"), QStringLiteral("wal"));
    EXPECT_EQ(pragma(db, "PRAGMA synchronous"), 2); // FULL
    EXPECT_EQ((*project)->name(), QStringLiteral("Studie"));
    EXPECT_EQ(pragmaText(db, "PRAGMA integrity_check"), QStringLiteral("ok"));
}

TEST(Schema, ReopenedProjectHasForeignKeysOn)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tematik"));
    ASSERT_TRUE(Project::create(path).ok());
    auto project = Project::open(path);
    ASSERT_TRUE(project.ok()) << project.error().toStdString();
    EXPECT_EQ(pragma((*project)->database(), "PRAGMA foreign_keys"), 1);
    EXPECT_EQ(pragma((*project)->database(), "PRAGMA synchronous"), 2);
}

TEST(Schema, CreateRefusesToOverwrite)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exists.tematik"));
    test::writeFile(path, "precious");
    auto project = Project::create(path);
    ASSERT_FALSE(project.ok());
    EXPECT_TRUE(project.error().contains(QLatin1String("already exists")));
    EXPECT_EQ(test::readFile(path), QByteArray("precious"));
}

// Every earlier format, kept as an SQL dump under tests/data/schema/vN.sql, opens, is upgraded to the
// current layout exactly as a new file has it, and keeps its data.
TEST(Schema, EveryEarlierVersionMigratesToTheCurrentLayout)
{
    QTemporaryDir dir;
    auto fresh = Project::create(dir.filePath(QStringLiteral("fresh.tematik")));
    ASSERT_TRUE(fresh.ok());
    const QStringList expected = layout((*fresh)->database());

    const QStringList fixtures = QDir(test::dataPath(QStringLiteral("schema"))).entryList({QStringLiteral("v*.sql")});
    ASSERT_FALSE(fixtures.isEmpty());
    int checked = 0;
    for (const QString &fixture : fixtures) {
        const int version = QString(fixture).remove(QRegularExpression(QStringLiteral("[^0-9]"))).toInt();
        ASSERT_GE(version, 1);
        ASSERT_LE(version, Schema::currentVersion());
        const QString path = dir.filePath(fixture + QStringLiteral(".tematik"));
        {
            auto db = Database::open(path, Database::Mode::Create);
            ASSERT_TRUE(db.ok());
            ASSERT_TRUE((*db)->exec(test::readFile(test::dataPath(QStringLiteral("schema/") + fixture)).constData()).ok());
            const QByteArray mark = "PRAGMA application_id = " + QByteArray::number(Schema::applicationId)
                                    + "; PRAGMA user_version = " + QByteArray::number(version);
            ASSERT_TRUE((*db)->exec(mark.constData()).ok());
        }
        auto project = Project::open(path);
        ASSERT_TRUE(project.ok()) << fixture.toStdString() << ": " << project.error().toStdString();
        Database &db = (*project)->database();
        EXPECT_EQ(pragma(db, "PRAGMA user_version"), Schema::currentVersion()) << fixture.toStdString();
        EXPECT_EQ(layout(db), expected) << fixture.toStdString();
        EXPECT_EQ(pragmaText(db, "PRAGMA integrity_check"), QStringLiteral("ok"));
        // The fixtures hold one imported interview with a code and a coding.
        const ProjectCounts counts = (*project)->counts();
        EXPECT_EQ(counts.sources, 1) << fixture.toStdString();
        EXPECT_EQ(counts.codings, 1) << fixture.toStdString();
        EXPECT_EQ(counts.turns, 30) << fixture.toStdString();
        // Columns added since take their defaults: the code of format 1 has no guidance yet.
        const std::optional<Code> code = (*project)->codes().findByPath(QStringLiteral("Tid"));
        ASSERT_TRUE(code.has_value()) << fixture.toStdString();
        EXPECT_EQ(code->details(), CodeDetails{}) << fixture.toStdString();
        // The upgrade indexes the text for search.
        const Result<QList<SearchHit>> hits = TextSearch(db).find(QStringLiteral("TANDLÖST"));
        ASSERT_TRUE(hits.ok()) << fixture.toStdString();
        EXPECT_EQ(hits->size(), 2) << fixture.toStdString();
        ++checked;
    }
    EXPECT_EQ(checked, fixtures.size());
}

TEST(Schema, NewerVersionIsRefusedAndLeftAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.tematik"));
    {
        auto project = Project::create(path);
        ASSERT_TRUE(project.ok());
        const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(Schema::currentVersion() + 1);
        ASSERT_TRUE((*project)->database().exec(sql.constData()).ok());
    }
    auto project = Project::open(path);
    ASSERT_FALSE(project.ok());
    EXPECT_TRUE(project.error().contains(QLatin1String("newer version"))) << project.error().toStdString();
    EXPECT_TRUE(project.error().contains(QLatin1String("future.tematik")));
    auto db = Database::open(path, Database::Mode::ReadOnly);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(pragma(**db, "PRAGMA user_version"), Schema::currentVersion() + 1);
}

TEST(Schema, FilesThatAreNotProjectsAreRefused)
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.tematik"));
    test::writeFile(text, "Det här är en textfil, inget projekt.\n");
    auto a = Project::open(text);
    ASSERT_FALSE(a.ok());
    EXPECT_TRUE(a.error().contains(QLatin1String("not a Tematik project"))) << a.error().toStdString();
    EXPECT_EQ(test::readFile(text), QByteArray("Det här är en textfil, inget projekt.\n"));

    const QString otherDb = dir.filePath(QStringLiteral("other.sqlite"));
    {
        auto db = Database::open(otherDb, Database::Mode::Create);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE((*db)->exec("CREATE TABLE t (x)").ok());
    }
    auto b = Project::open(otherDb);
    ASSERT_FALSE(b.ok());
    EXPECT_TRUE(b.error().contains(QLatin1String("not a Tematik project"))) << b.error().toStdString();

    auto c = Project::open(dir.filePath(QStringLiteral("missing.tematik")));
    ASSERT_FALSE(c.ok());
    EXPECT_TRUE(c.error().contains(QLatin1String("does not exist")));

    auto d = Project::open(dir.path());
    ASSERT_FALSE(d.ok());
    EXPECT_TRUE(d.error().contains(QLatin1String("folder")));
}

TEST(Schema, DamagedHeaderIsAClearError)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.tematik"));
    ASSERT_TRUE(Project::create(path).ok());
    QByteArray bytes = test::readFile(path);
    ASSERT_GT(bytes.size(), 100);
    bytes.replace(0, 16, QByteArray(16, 'X')); // the SQLite magic string
    test::writeFile(path, bytes);
    auto project = Project::open(path);
    ASSERT_FALSE(project.ok());
    EXPECT_TRUE(project.error().contains(QLatin1String("damaged.tematik"))) << project.error().toStdString();
}
