// Automatic backups: where they go, what they hold, when a new one is (not) written, how they rotate,
// that a cancelled or failed one leaves nothing that looks whole, and that a restore puts a backup in
// the project's place while keeping the project as it was; the same through tematik-cli.

#include "core/demo/demoproject.h"
#include "core/store/backgroundbackup.h"
#include "core/store/database.h"
#include "core/store/memostore.h"
#include "core/store/project.h"
#include "core/store/projectbackups.h"
#include "tests/support/tabledump.h"
#include "tests/support/clirun.h"
#include "tests/support/testenvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <mutex>

using namespace tematik;

namespace {

class Backups : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("studie.tematik"));
        auto demo = DemoProject::create(path, DemoProject::Stage::Coded);
        ASSERT_TRUE(demo.ok()) << demo.error().toStdString();
        project = std::move(*demo);
    }

    QStringList dumpOf(const QString &file)
    {
        auto db = Database::open(file, Database::Mode::ReadOnly);
        EXPECT_TRUE(db.ok()) << (db ? std::string() : db.error().toStdString());
        return db ? test::tableDump(**db) : QStringList();
    }

    Status addMemo(const QString &body)
    {
        Result<MemoId> memo = project->memos().add({MemoTarget::project(), QStringLiteral("Memo"), body});
        return memo ? Status() : memo.takeError();
    }

    QStringList filesInFolder(const ProjectBackups &backups) const
    {
        return QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Project> project;
};

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), QTimeZone::utc());
}

} // namespace

TEST_F(Backups, ABackupIsAVerifiedSelfContainedCopyBesideTheProject)
{
    const ProjectBackups backups(path);
    EXPECT_EQ(backups.folder(), path + QStringLiteral("-backups"));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    Result<TakenBackup> taken = backups.take();
    ASSERT_TRUE(taken.ok()) << taken.error().toStdString();
    EXPECT_FALSE(taken->unchanged);
    EXPECT_EQ(QFileInfo(taken->path).absolutePath(), backups.folder());
    EXPECT_TRUE(QFileInfo(taken->path).fileName().contains(QRegularExpression(QStringLiteral("^studie-\\d{8}T\\d{6}Z\\.tematik$"))))
        << taken->path.toStdString();
    // One file in rollback-journal mode (header bytes 18 and 19), nothing beside it, and as private as
    // the project.
    EXPECT_EQ(filesInFolder(backups), QStringList{QFileInfo(taken->path).fileName()});
    const QByteArray header = test::readFile(taken->path).left(20);
    EXPECT_EQ(header.mid(18, 2), QByteArray("\x01\x01", 2));
    EXPECT_EQ(QFile::permissions(taken->path), QFile::permissions(path));
    // The project, exactly.
    EXPECT_EQ(dumpOf(taken->path), test::tableDump(project->database()));

    const QList<BackupInfo> list = backups.list();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].path, taken->path);
    EXPECT_EQ(list[0].kind, BackupInfo::Kind::Automatic);
    EXPECT_EQ(list[0].size, QFileInfo(taken->path).size());
    EXPECT_LE(qAbs(list[0].takenAt.secsTo(QDateTime::currentDateTimeUtc())), 60);
    ASSERT_TRUE(list[0].counts.has_value()) << list[0].problem.toStdString();
    EXPECT_EQ(list[0].counts->codings, project->counts().codings);
    EXPECT_EQ(list[0].counts->sources, project->counts().sources);
}

TEST_F(Backups, NoNewBackupWhileNothingChanged)
{
    const ProjectBackups backups(path);
    Result<TakenBackup> first = backups.take();
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    Result<TakenBackup> again = backups.take();
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    EXPECT_TRUE(again->unchanged);
    EXPECT_EQ(again->path, first->path);
    EXPECT_EQ(filesInFolder(backups).size(), 1);

    // Something added and taken away again is nothing changed.
    ASSERT_TRUE(addMemo(QStringLiteral("strax borta")).ok());
    ASSERT_TRUE(project->memos().remove(project->memos().list().last().memo.id).ok());
    again = backups.take();
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->unchanged);

    ASSERT_TRUE(addMemo(QStringLiteral("Ny tanke")).ok());
    Result<TakenBackup> changed = backups.take();
    ASSERT_TRUE(changed.ok()) << changed.error().toStdString();
    EXPECT_FALSE(changed->unchanged);
    EXPECT_NE(changed->path, first->path);
    EXPECT_EQ(backups.list().size(), 2);
}

TEST_F(Backups, ABackupHoldsTheLastCommitNotAnActionInProgress)
{
    ASSERT_TRUE(addMemo(QStringLiteral("sparad")).ok());
    const QStringList committed = test::tableDump(project->database());
    Result<TakenBackup> taken = Error{};
    {
        Transaction action(project->database());
        ASSERT_TRUE(addMemo(QStringLiteral("halvfärdig")).ok());
        taken = ProjectBackups(path).take();
    }
    ASSERT_TRUE(taken.ok()) << taken.error().toStdString();
    EXPECT_EQ(dumpOf(taken->path), committed);
}

TEST_F(Backups, ACancelledBackupLeavesNothingBehind)
{
    const ProjectBackups backups(path);
    const std::atomic<bool> cancel{true};
    Result<TakenBackup> taken = backups.take(&cancel);
    ASSERT_FALSE(taken.ok());
    EXPECT_TRUE(filesInFolder(backups).isEmpty()) << filesInFolder(backups).join(u' ').toStdString();
    EXPECT_TRUE(backups.list().isEmpty());
}

TEST_F(Backups, ABackgroundBackupRunsWhileTheProjectIsWorkedOnAndStopsWhenDestroyed)
{
    std::mutex mutex;
    std::optional<Result<TakenBackup>> outcome;
    {
        BackgroundBackup backup(path, [&](const Result<TakenBackup> &taken) {
            const std::lock_guard lock(mutex);
            outcome = taken;
        });
        ASSERT_TRUE(addMemo(QStringLiteral("under tiden")).ok());
        backup.wait();
        EXPECT_TRUE(backup.isFinished());
    }
    ASSERT_TRUE(outcome.has_value());
    ASSERT_TRUE(outcome->ok()) << outcome->error().toStdString();

    // Destroyed at once: cancelled (and silent), or finished first; either way no half file, and a
    // whole one only when it says so.
    outcome.reset();
    ASSERT_TRUE(addMemo(QStringLiteral("en till")).ok());
    {
        BackgroundBackup backup(path, [&](const Result<TakenBackup> &taken) {
            const std::lock_guard lock(mutex);
            outcome = taken;
        });
    }
    const ProjectBackups backups(path);
    for (const QString &name : filesInFolder(backups))
        EXPECT_TRUE(name.endsWith(QLatin1String(".tematik")) && !name.startsWith(u'.')) << name.toStdString();
    const bool taken = outcome.has_value() && outcome->ok();
    EXPECT_EQ(backups.list().size(), taken ? 2 : 1);
    EXPECT_FALSE(outcome.has_value() && !outcome->ok()) << outcome->error().toStdString();
}

TEST(BackupRotation, KeepsTheFiveNewestAndTheNewestOfEachOfTheLastSevenDays)
{
    // Days are the local calendar's; every time here lies between 11:00 and 13:00 UTC, on the same
    // date in every time zone from UTC−11 to UTC+11.
    const QDateTime now = utc(20, 12, 45);
    // Ten backups today, then two a day for two weeks back.
    QList<QDateTime> taken;
    for (int i = 0; i < 10; ++i)
        taken.append(utc(20, 11, i));
    for (int day = 19; day >= 6; --day) {
        taken.append(utc(day, 12, 30));
        taken.append(utc(day, 11, 30));
    }
    const QList<QDateTime> expired = ProjectBackups::expired(taken, now);
    QList<QDateTime> kept;
    for (const QDateTime &t : taken) {
        if (!expired.contains(t))
            kept.append(t);
    }
    std::sort(kept.begin(), kept.end(), std::greater<>());
    // Today's five newest (the newest of them is today's newest), then the newest of 19 … 14 March.
    const QList<QDateTime> expected = {utc(20, 11, 9),  utc(20, 11, 8),  utc(20, 11, 7),  utc(20, 11, 6),
                                       utc(20, 11, 5),  utc(19, 12, 30), utc(18, 12, 30), utc(17, 12, 30),
                                       utc(16, 12, 30), utc(15, 12, 30), utc(14, 12, 30)};
    EXPECT_EQ(kept, expected);
    EXPECT_EQ(expired.size(), taken.size() - expected.size());

    // A project opened once a week keeps its last five openings however old they are.
    const QDateTime april5(QDate(2026, 4, 5), QTime(11, 30), QTimeZone::utc());
    const QList<QDateTime> weekly = {utc(1, 11, 30), utc(8, 11, 30), utc(15, 11, 30), utc(22, 11, 30), utc(29, 11, 30), april5};
    EXPECT_EQ(ProjectBackups::expired(weekly, QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc())),
              QList<QDateTime>{utc(1, 11, 30)});
}

TEST_F(Backups, TakingABackupRemovesTheExpiredOnes)
{
    const ProjectBackups backups(path);
    Result<TakenBackup> first = backups.take();
    ASSERT_TRUE(first.ok());
    // Old backups from long ago, as earlier sessions would have left them.
    for (int day = 1; day <= 8; ++day) {
        const QString old = QDir(backups.folder())
                                .filePath(QStringLiteral("studie-200001%1T100000Z.tematik").arg(day, 2, 10, QLatin1Char('0')));
        ASSERT_TRUE(QFile::copy(first->path, old));
    }
    ASSERT_TRUE(addMemo(QStringLiteral("ändrat")).ok());
    Result<TakenBackup> taken = backups.take();
    ASSERT_TRUE(taken.ok());
    // The new one, the first, and the three newest of the old ones.
    EXPECT_EQ(taken->removed.size(), 5);
    const QList<BackupInfo> list = backups.list();
    ASSERT_EQ(list.size(), 5);
    EXPECT_EQ(list[0].path, taken->path);
    EXPECT_EQ(list[1].path, first->path);
    EXPECT_EQ(QFileInfo(list[4].path).fileName(), QStringLiteral("studie-20000106T100000Z.tematik"));
}

TEST_F(Backups, ARestorePutsTheBackupInPlaceAndCanBeUndone)
{
    const ProjectBackups backups(path);
    Result<TakenBackup> taken = backups.take();
    ASSERT_TRUE(taken.ok());
    const QStringList atBackup = test::tableDump(project->database());
    ASSERT_TRUE(addMemo(QStringLiteral("efter säkerhetskopian")).ok());
    const QStringList later = test::tableDump(project->database());
    project.reset();

    Result<QString> kept = backups.restore(taken->path);
    ASSERT_TRUE(kept.ok()) << kept.error().toStdString();
    EXPECT_TRUE(QFileInfo(*kept).fileName().endsWith(QLatin1String("-before-restore.tematik"))) << kept->toStdString();
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    {
        auto restored = Project::open(path);
        ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
        EXPECT_EQ(test::tableDump((*restored)->database()), atBackup);
    }
    const QList<BackupInfo> list = backups.list();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].kind, BackupInfo::Kind::BeforeRestore);

    // Undone: the project as it was before the restore.
    ASSERT_TRUE(backups.restore(*kept).ok());
    auto undone = Project::open(path);
    ASSERT_TRUE(undone.ok()) << undone.error().toStdString();
    EXPECT_EQ(test::tableDump((*undone)->database()), later);
}

TEST_F(Backups, ADamagedBackupIsNotRestored)
{
    const ProjectBackups backups(path);
    Result<TakenBackup> taken = backups.take();
    ASSERT_TRUE(taken.ok());
    const QStringList before = test::tableDump(project->database());
    project.reset();
    QByteArray bytes = test::readFile(taken->path);
    bytes.replace(bytes.size() / 2, 4096, QByteArray(4096, '\x33'));
    test::writeFile(taken->path, bytes);

    EXPECT_FALSE(backups.latestGood().has_value());
    Result<QString> kept = backups.restore(taken->path);
    ASSERT_FALSE(kept.ok());
    EXPECT_TRUE(kept.error().contains(QLatin1String("The backup cannot be restored"))) << kept.error().toStdString();
    EXPECT_EQ(dumpOf(path), before);
}

using tematik::test::cli;
using tematik::test::CliRun;

TEST_F(Backups, TheCommandLineListsTakesAndRestores)
{
    const QStringList atFirst = test::tableDump(project->database());
    project.reset();
    CliRun r = cli({QStringLiteral("backup"), QStringLiteral("take"), path});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("backed up to ")) << r.out.toStdString();
    r = cli({QStringLiteral("backup"), QStringLiteral("take"), path});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("unchanged since the backup ")) << r.out.toStdString();

    r = cli({QStringLiteral("memos"), QStringLiteral("add"), path, QStringLiteral("Senare")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    r = cli({QStringLiteral("backup"), QStringLiteral("list"), path});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 1);
    EXPECT_TRUE(lines[0].startsWith("1\t")) << r.out.toStdString();
    EXPECT_TRUE(lines[0].contains("\tautomatic\t")) << r.out.toStdString();
    EXPECT_TRUE(lines[0].contains(" codings, ")) << r.out.toStdString();

    r = cli({QStringLiteral("backup"), QStringLiteral("restore"), path, QStringLiteral("1")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("restored ")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("-before-restore.tematik; restore it to undo")) << r.out.toStdString();
    EXPECT_EQ(dumpOf(path), atFirst);

    r = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list"), path});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("before-restore"));
    EXPECT_EQ(list[1].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("automatic"));

    r = cli({QStringLiteral("backup"), QStringLiteral("restore"), path, QStringLiteral("7")});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("has no backup number 7"))) << r.err.toStdString();
}
