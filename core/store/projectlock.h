#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <memory>

class QLockFile;

namespace tematik {

// Who has a project open for writing.
struct LockHolder
{
    QString program; // "Tematik", "tematik-cli", or another program's file name
    QString user;    // the account it runs as
    QString host;
    qint64 pid = 0;
    QDateTime since;
};

// The writer's lock on a project: while one process holds it, no other process (and no other Project
// in the same one) may open the project for writing. Readers need no lock: in WAL mode they read the
// last committed state while the writer writes.
//
// The lock is a QLockFile beside the project, named as SQLite names its own files there (PROJECT-lock
// beside PROJECT-wal and PROJECT-shm). QLockFile is used rather than a lock of our own because it
// already solves what such a lock gets wrong: the file is created atomically (O_EXCL); it records the
// holder's pid, program and host; a lock left by a process that died (SIGKILL, a power cut: no
// destructor ran) is recognised as stale by that pid no longer running that program on this host, or
// by the machine having rebooted since, and is taken over; and the holder keeps an flock() on the file,
// so a live holder is never robbed of it even if the pid test is fooled. A lock held on another host
// (a project on a network share) is never taken over: its process cannot be checked from here.
//
// The lock file's owner and modification time are who holds it and since when: QLockFile writes the
// file once, as it takes the lock, so the file system records both without a format of our own.
class ProjectLock
{
    Q_DECLARE_TR_FUNCTIONS(ProjectLock)

public:
    ~ProjectLock(); // releases the lock: the lock file goes

    // Takes the lock on the project at projectPath, taking over a stale one. Fails with ErrorKind::Locked
    // and a message naming the project and its holder while someone else holds it; with
    // ErrorKind::Failed when the lock file cannot be made (a folder one may not write, a full disk).
    static Result<std::unique_ptr<ProjectLock>> acquire(const QString &projectPath);

    static QString lockFilePath(const QString &projectPath);
    // "open for writing in Tematik by anna on laptop-3 (process 1234) since 14:02": the part of a
    // sentence that says who holds a lock, in the interface language.
    static QString describe(const LockHolder &holder);

private:
    explicit ProjectLock(std::unique_ptr<QLockFile> file);

    std::unique_ptr<QLockFile> m_file;
};

} // namespace tematik
