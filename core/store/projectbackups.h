#pragma once

#include "core/result.h"
#include "core/store/project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace tematik {

class Database;

// One backup of a project, as the list of backups shows it.
struct BackupInfo
{
    enum class Kind {
        Automatic,     // taken when the project was opened for writing (or asked for)
        BeforeRestore, // the project as it was before a backup was restored over it
        Damaged,       // a damaged project's files as they were, moved aside by a restore; not restorable
    };

    QString path;
    QDateTime takenAt; // UTC
    Kind kind = Kind::Automatic;
    qint64 size = 0; // bytes
    // What it holds; unset, with problem saying why, when it cannot be read.
    std::optional<ProjectCounts> counts;
    QString problem;
};

// What take() did.
struct TakenBackup
{
    // The new backup; or, when the project held exactly what a backup holds (the newest, or the one just
    // restored), that one.
    QString path;
    bool unchanged = false;
    // Older backups that the rotation removed.
    QStringList removed;
};

// The rotating set of automatic backups of one project file, in a folder beside it: "study.tematik"
// keeps them in "study.tematik-backups/" as "study-20260312T140233Z.tematik" (the UTC time taken).
//
// Beside the project, not in the user's data folder: the backups hold the same sensitive interview data
// as the project, so they stay on the same disk (an encrypted volume, a university's share) under the
// same access rights (each backup gets the project file's permissions), they travel with a project
// folder that is moved or archived, and deleting the folder deletes every copy. The price: a disk that
// dies takes the backups with it; they guard against damage and mistakes, not against losing the disk.
//
// Before each backup the project is checked in full (PRAGMA integrity_check): a damaged project is not
// backed up, and the error says so. The backup is made with VACUUM INTO through a read-only connection
// of its own, so it runs beside the connection that works on the project (WAL lets a reader see the
// last commit while the writer goes on). VACUUM INTO rather than the online backup API, which was
// faster (bench/README.md): its copy holds only live rows, so text deleted from the project (left in
// free pages, which the backup API copies page for page) does not live on in the backups; it is
// compact and in rollback-journal mode, one self-contained file; and the same content always gives
// the same bytes, which is how an unchanged project is recognised. The copy is written under a
// temporary name, checked (PRAGMA quick_check, the application id), synced to disk, and only then
// renamed to its final name: a crash never leaves a half backup that looks whole.
//
// Rotation keeps the five newest backups and, for each of the last seven days (local time), the newest
// of that day; older ones are removed after a new backup has been written and checked. Backups taken
// before a restore rotate like the others; a damaged project moved aside is never removed.
class ProjectBackups
{
    Q_DECLARE_TR_FUNCTIONS(ProjectBackups)

public:
    static constexpr int keptNewest = 5;
    static constexpr int keptDays = 7;

    explicit ProjectBackups(const QString &projectPath);

    const QString &projectPath() const { return m_projectPath; }
    QString folder() const;

    // Checks the project in full and backs it up as its last commit left it, unless a backup already
    // holds exactly that, then rotates. A damaged project fails with ErrorKind::Damaged and the offer
    // of its newest good backup. Safe while the project is open for writing elsewhere in this process or another.
    // A set cancel flag stops it soon, leaving no file behind; it then fails.
    Result<TakenBackup> take(const std::atomic<bool> *cancel = nullptr) const;

    // Every backup, newest first, with what it holds.
    QList<BackupInfo> list() const;
    // The newest backup that opens as a project and passes integrity_check: what to offer when the
    // project itself is damaged.
    std::optional<BackupInfo> latestGood() const;
    // "Its newest good backup, from …, can be restored in its place.", or empty when there is none:
    // what the error about a damaged project adds.
    QString restoreOffer() const;

    // Puts a backup in the project's place. The project must be closed. The current project is first
    // kept as a backup (BeforeRestore), so that the restore can be undone; a project too damaged to
    // back up has its files moved into the folder as they are (Damaged). Returns the backup made of
    // the current project, empty when there was no project file.
    Result<QString> restore(const QString &backupPath) const;

    // The rotation's choice: of backups taken at these times, those to remove at `now`.
    static QList<QDateTime> expired(const QList<QDateTime> &taken, const QDateTime &now);

private:
    // Writes a verified copy of the project under its final name in the folder.
    Result<QString> write(BackupInfo::Kind kind, const std::atomic<bool> *cancel) const;
    enum class Check { Pages, Integrity }; // Schema::checkPages or Schema::checkIntegrity
    // The check, the application id and a format this version reads.
    Status verify(const QString &path, Check check, const std::atomic<bool> *cancel) const;
    QString nameFor(const QDateTime &takenAt, BackupInfo::Kind kind) const;
    std::optional<BackupInfo> parse(const QString &fileName) const;
    // Backups by file name, newest first, without opening them.
    QList<BackupInfo> files() const;
    QStringList rotate() const;
    Status moveDamagedAside() const;

    QString m_projectPath;
};

} // namespace tematik
