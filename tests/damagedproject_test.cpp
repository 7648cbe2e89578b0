// Damaged project files: a small real project (the demo) is truncated, has random bytes written over
// its header, its schema page or its data pages, is replaced by another program's database, a newer
// Tematik's, a file that is no database, or has its schema changed. Opening each must give a clear
// error that names the file; where the damage spares every page's structure, the project opens, reads
// in full, and the full check that the app runs with the backup after opening (integrity_check,
// foreign_key_check) either passes or reports it damaged. Never a crash, never a hang. Where a backup
// exists, the error says so, and restoring it gives back the project as it was.

#include "core/demo/demoproject.h"
#include "core/import/sourceimport.h"
#include "core/store/database.h"
#include "core/store/project.h"
#include "core/store/projectbackups.h"
#include "core/store/schema.h"
#include "tests/support/tabledump.h"
#include "tests/support/testenvironment.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace tematik;

namespace {

class DamagedProject : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        const QString path = s_dir->filePath(QStringLiteral("demo.tematik"));
        {
            auto demo = DemoProject::create(path);
            ASSERT_TRUE(demo.ok()) << demo.error().toStdString();
            s_dump = new QStringList(test::tableDump((*demo)->database()));
        }
        // Closed, the project is one file: its WAL went into it.
        ASSERT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
        s_bytes = new QByteArray(test::readFile(path));
        auto db = Database::open(path, Database::Mode::ReadOnly);
        ASSERT_TRUE(db.ok());
        Result<Statement> pageSize = (*db)->prepare("PRAGMA page_size");
        ASSERT_TRUE(pageSize.ok() && pageSize->next());
        s_pageSize = int(pageSize->int64(0));
        Result<Statement> roots = (*db)->prepare("SELECT name, rootpage FROM sqlite_schema WHERE rootpage > 0");
        ASSERT_TRUE(roots.ok());
        s_rootPages = new QHash<QString, int>;
        while (roots->next())
            s_rootPages->insert(roots->text(0), int(roots->int64(1)));
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        delete s_dump;
        delete s_bytes;
        delete s_rootPages;
    }

    // Writes the damaged bytes as a project file of their own and opens it.
    Result<std::unique_ptr<Project>> openDamaged(const QByteArray &bytes)
    {
        path = dir.filePath(QStringLiteral("skadad.tematik"));
        Project::removeFiles(path);
        test::writeFile(path, bytes);
        return Project::open(path);
    }

    // The outcome every damaged file must have: a refusal that names the file and, for damage,
    // says so and is marked as such; or, when the damage spared everything SQLite checks, a project
    // that passes integrity_check and reads in full.
    void expectClearOutcome(const QByteArray &bytes, const char *what)
    {
        SCOPED_TRACE(what);
        Result<std::unique_ptr<Project>> project = openDamaged(bytes);
        if (!project) {
            EXPECT_TRUE(project.error().contains(QLatin1String("skadad.tematik"))) << project.error().toStdString();
            EXPECT_TRUE(project.error().contains(QLatin1String("damaged"))
                        || project.error().contains(QLatin1String("not a Tematik project")))
                << project.error().toStdString();
            ++refused;
            return;
        }
        ++opened;
        EXPECT_FALSE(test::tableDump((*project)->database()).isEmpty());
        if (test::integrityCheck((*project)->database()) == QLatin1String("ok"))
            return;
        // Opening checks every page but not that each index agrees with its table (quick_check), nor
        // every reference; the full check that comes with the backup after opening finds it.
        ++foundAfterOpening;
        Result<TakenBackup> backup = ProjectBackups(path).take();
        ASSERT_FALSE(backup.ok());
        EXPECT_EQ(backup.takeError().kind, ErrorKind::Damaged);
        EXPECT_TRUE(backup.error().contains(QLatin1String("skadad.tematik is damaged"))) << backup.error().toStdString();
    }

    QByteArray withPage(int page, const QByteArray &bytes, int offset = 0) const
    {
        QByteArray damaged = *s_bytes;
        damaged.replace(qsizetype(page - 1) * s_pageSize + offset, bytes.size(), bytes);
        return damaged;
    }

    static QByteArray randomBytes(std::mt19937 &random, int size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &b : bytes)
            b = char(random() & 0xff);
        return bytes;
    }

    static QTemporaryDir *s_dir;
    static QStringList *s_dump;
    static QByteArray *s_bytes;
    static int s_pageSize;
    static QHash<QString, int> *s_rootPages;

    QTemporaryDir dir;
    QString path;
    int refused = 0;
    int opened = 0;
    int foundAfterOpening = 0; // of those opened
};

QTemporaryDir *DamagedProject::s_dir = nullptr;
QStringList *DamagedProject::s_dump = nullptr;
QByteArray *DamagedProject::s_bytes = nullptr;
int DamagedProject::s_pageSize = 0;
QHash<QString, int> *DamagedProject::s_rootPages = nullptr;

} // namespace

TEST_F(DamagedProject, TheUndamagedCopyOpens)
{
    Result<std::unique_ptr<Project>> project = openDamaged(*s_bytes);
    ASSERT_TRUE(project.ok()) << project.error().toStdString();
    EXPECT_EQ(test::tableDump((*project)->database()), *s_dump);
}

TEST_F(DamagedProject, TruncatedFilesAreRefusedAsDamaged)
{
    ASSERT_GT(s_bytes->size(), 8 * s_pageSize);
    for (const qsizetype size : {s_bytes->size() - s_pageSize, s_bytes->size() / 2, qsizetype(s_pageSize) + 100,
                                 qsizetype(s_pageSize), qsizetype(1000)}) {
        SCOPED_TRACE(size);
        Result<std::unique_ptr<Project>> project = openDamaged(s_bytes->left(size));
        ASSERT_FALSE(project.ok());
        EXPECT_EQ(project.takeError().kind, ErrorKind::Damaged);
        EXPECT_TRUE(project.error().contains(QLatin1String("skadad.tematik is damaged"))
                    || project.error().contains(QLatin1String("skadad.tematik is not a Tematik project, or it is too damaged")))
            << project.error().toStdString();
    }
    // Nothing at all, or a header cut short, is no project.
    for (const qsizetype size : {0, 50}) {
        Result<std::unique_ptr<Project>> project = openDamaged(s_bytes->left(size));
        ASSERT_FALSE(project.ok());
        EXPECT_TRUE(project.error().contains(QLatin1String("skadad.tematik"))) << project.error().toStdString();
    }
}

TEST_F(DamagedProject, AnOverwrittenHeaderIsRefused)
{
    std::mt19937 random(1);
    for (int i = 0; i < 20; ++i) {
        Result<std::unique_ptr<Project>> project = openDamaged(withPage(1, randomBytes(random, 100)));
        ASSERT_FALSE(project.ok());
        EXPECT_EQ(project.takeError().kind, ErrorKind::Damaged) << project.error().toStdString();
        EXPECT_TRUE(project.error().contains(QLatin1String("skadad.tematik is not a Tematik project, or it is too damaged to be read.")))
            << project.error().toStdString();
    }
    // Single fields: the page size, the page count, the schema's format.
    for (const int offset : {16, 28, 44}) {
        SCOPED_TRACE(offset);
        expectClearOutcome(withPage(1, QByteArray(4, '\xff'), offset), "header field");
    }
}

TEST_F(DamagedProject, AnOverwrittenSchemaPageIsRefusedAsDamaged)
{
    std::mt19937 random(2);
    for (int i = 0; i < 20; ++i) {
        Result<std::unique_ptr<Project>> project = openDamaged(withPage(1, randomBytes(random, s_pageSize - 100), 100));
        ASSERT_FALSE(project.ok());
        EXPECT_EQ(project.takeError().kind, ErrorKind::Damaged) << project.error().toStdString();
        EXPECT_TRUE(project.error().contains(QLatin1String("skadad.tematik is damaged"))) << project.error().toStdString();
    }
}

TEST_F(DamagedProject, OverwrittenDataPagesAreRefusedAsDamaged)
{
    std::mt19937 random(3);
    for (const char *table : {"codings", "source_texts", "codes", "themes", "memos", "codings_code", "sources"}) {
        SCOPED_TRACE(table);
        ASSERT_TRUE(s_rootPages->contains(QLatin1String(table)));
        const int page = s_rootPages->value(QLatin1String(table));
        Result<std::unique_ptr<Project>> project = openDamaged(withPage(page, randomBytes(random, s_pageSize)));
        ASSERT_FALSE(project.ok());
        EXPECT_EQ(project.takeError().kind, ErrorKind::Damaged) << project.error().toStdString();
        EXPECT_TRUE(project.error().contains(QLatin1String("skadad.tematik is damaged"))) << project.error().toStdString();
    }
    // The last page, whatever it holds.
    const int last = int(s_bytes->size() / s_pageSize);
    Result<std::unique_ptr<Project>> project = openDamaged(withPage(last, randomBytes(random, s_pageSize)));
    ASSERT_FALSE(project.ok());
    EXPECT_EQ(project.takeError().kind, ErrorKind::Damaged) << project.error().toStdString();
}

// Random damage of every size anywhere: each file must come out clearly, one way or the other.
TEST_F(DamagedProject, RandomDamageAnywhereNeverSucceedsHalfway)
{
    std::mt19937 random(4);
    const int pages = int(s_bytes->size() / s_pageSize);
    for (int i = 0; i < 150; ++i) {
        QByteArray damaged = *s_bytes;
        const int spots = 1 + int(random() % 4);
        for (int s = 0; s < spots; ++s) {
            const int length = 1 + int(random() % (i % 3 == 0 ? s_pageSize : 16));
            const qsizetype at = qsizetype(random() % quint32(damaged.size() - length));
            damaged.replace(at, length, randomBytes(random, length));
        }
        if (i % 10 == 9)
            damaged.truncate(qsizetype(1 + random() % quint32(pages)) * s_pageSize);
        expectClearOutcome(damaged, "random damage");
    }
    std::printf("random damage: %d files refused on opening, %d opened and read in full, %d of which the check after "
                "opening found damaged\n",
                refused, opened, foundAfterOpening);
    EXPECT_GT(refused, 0);
}

TEST_F(DamagedProject, OtherFilesAreNotProjects)
{
    // Another program's SQLite database.
    {
        const QString other = dir.filePath(QStringLiteral("annan.sqlite"));
        auto db = Database::open(other, Database::Mode::Create);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE((*db)->exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('x')").ok());
    }
    Result<std::unique_ptr<Project>> project = openDamaged(test::readFile(dir.filePath(QStringLiteral("annan.sqlite"))));
    ASSERT_FALSE(project.ok());
    EXPECT_TRUE(project.error().contains(QLatin1String("skadad.tematik is not a Tematik project."))) << project.error().toStdString();
    EXPECT_EQ(project.takeError().kind, ErrorKind::Failed);

    // A PDF, and a text, renamed.
    for (const QString &file : {QStringLiteral("interview-06.pdf"), QStringLiteral("interview-01.txt")}) {
        project = openDamaged(test::readFile(test::corpusPath(file)));
        ASSERT_FALSE(project.ok());
        EXPECT_TRUE(project.error().contains(QLatin1String("skadad.tematik is not a Tematik project"))) << project.error().toStdString();
    }
}

TEST_F(DamagedProject, ANewerFormatIsRefusedAndLeftAlone)
{
    QByteArray newer = *s_bytes;
    // user_version, big-endian at offset 60 of the header.
    const int version = Schema::currentVersion() + 1;
    newer[60] = char(version >> 24);
    newer[61] = char(version >> 16);
    newer[62] = char(version >> 8);
    newer[63] = char(version);
    Result<std::unique_ptr<Project>> project = openDamaged(newer);
    ASSERT_FALSE(project.ok());
    EXPECT_TRUE(project.error().contains(QLatin1String("skadad.tematik was saved by a newer version of Tematik")))
        << project.error().toStdString();
    EXPECT_EQ(project.takeError().kind, ErrorKind::Failed);
    EXPECT_EQ(test::readFile(path), newer);
}

TEST_F(DamagedProject, AChangedSchemaIsRefusedAsDamaged)
{
    const char *const changes[] = {
        "DROP TABLE meeting_verdicts",
        "ALTER TABLE codes DROP COLUMN example",
        "DROP INDEX codings_source",
        "DROP TRIGGER codings_in_text_insert",
        "ALTER TABLE memos RENAME TO notes",
    };
    for (const char *change : changes) {
        SCOPED_TRACE(change);
        path = dir.filePath(QStringLiteral("skadad.tematik"));
        Project::removeFiles(path);
        test::writeFile(path, *s_bytes);
        {
            auto db = Database::open(path, Database::Mode::ReadWrite);
            ASSERT_TRUE(db.ok());
            ASSERT_TRUE((*db)->exec(change).ok());
        }
        Result<std::unique_ptr<Project>> project = Project::open(path);
        ASSERT_FALSE(project.ok());
        EXPECT_EQ(project.takeError().kind, ErrorKind::Damaged);
        EXPECT_TRUE(project.error().contains(QLatin1String("skadad.tematik is damaged: its layout is not that of a Tematik project")))
            << project.error().toStdString();
    }
}

TEST_F(DamagedProject, TheErrorOffersTheNewestGoodBackupWhichRestoresTheProject)
{
    path = dir.filePath(QStringLiteral("skadad.tematik"));
    test::writeFile(path, *s_bytes);
    const ProjectBackups backups(path);
    ASSERT_TRUE(backups.take().ok());

    test::writeFile(path, withPage(s_rootPages->value(QStringLiteral("codings")), QByteArray(s_pageSize, '\x5a')));
    Result<std::unique_ptr<Project>> project = Project::open(path);
    ASSERT_FALSE(project.ok());
    EXPECT_EQ(project.takeError().kind, ErrorKind::Damaged);
    EXPECT_TRUE(project.error().contains(QLatin1String("Its newest good backup, from "))) << project.error().toStdString();

    const std::optional<BackupInfo> good = backups.latestGood();
    ASSERT_TRUE(good.has_value());
    Result<QString> kept = backups.restore(good->path);
    ASSERT_TRUE(kept.ok()) << kept.error().toStdString();
    project = Project::open(path);
    ASSERT_TRUE(project.ok()) << project.error().toStdString();
    EXPECT_EQ(test::tableDump((*project)->database()), *s_dump);
    project = Error{};

    // The damaged file was too damaged to back up; its bytes are kept aside, as they were.
    const QList<BackupInfo> all = backups.list();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].kind, BackupInfo::Kind::Damaged);
    EXPECT_TRUE(kept->isEmpty());
}

// Past Project::pagesCheckedOnOpen a project opens without every page being read (that would take
// seconds); damage in it is found by the full check of the backup that follows opening.
TEST_F(DamagedProject, ALargeProjectOpensAndItsBackupFindsTheDamage)
{
    path = dir.filePath(QStringLiteral("stor.tematik"));
    {
        auto created = Project::create(path);
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        // One long transcript, whose text lies in chains of overflow pages well past the size checked.
        const QByteArray line = "Intervjuare: Hur ser samverkan ut mellan kommunen och regionen i vardagen?\n";
        QByteArray text;
        while (text.size() <= Project::pagesCheckedOnOpen)
            text += line;
        Result<ImportReport> imported = SourceImport::importBytes(**created, text, QStringLiteral("lång.txt"), {});
        ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    }
    QByteArray bytes = test::readFile(path);
    ASSERT_GT(bytes.size(), Project::pagesCheckedOnOpen);
    // The middle page holds text of an overflow chain; its first four bytes, the next page's number, now
    // point past the end of the file.
    bytes.replace((bytes.size() / 2 / s_pageSize) * s_pageSize, 4, QByteArray(4, '\x7f'));
    test::writeFile(path, bytes);

    Result<std::unique_ptr<Project>> project = Project::open(path);
    ASSERT_TRUE(project.ok()) << project.error().toStdString();
    Result<TakenBackup> backup = ProjectBackups(path).take();
    ASSERT_FALSE(backup.ok());
    EXPECT_EQ(backup.takeError().kind, ErrorKind::Damaged);
    EXPECT_TRUE(backup.error().contains(QLatin1String("stor.tematik is damaged"))) << backup.error().toStdString();
}
