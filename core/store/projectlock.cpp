#include "core/store/projectlock.h"

#include <QFileInfo>
#include <QLocale>
#include <QLockFile>

namespace tematik {

namespace {

// What to call the program that holds a lock, from its executable's file name.
QString programName(const QString &executable)
{
    if (executable == QLatin1String("tematik"))
        return QStringLiteral("Tematik");
    return executable;
}

} // namespace

ProjectLock::ProjectLock(std::unique_ptr<QLockFile> file) : m_file(std::move(file)) {}

ProjectLock::~ProjectLock() = default;

QString ProjectLock::lockFilePath(const QString &projectPath)
{
    // One project reached by two paths (a symbolic link, a relative path) must have one lock.
    const QFileInfo info(projectPath);
    const QString canonical = info.canonicalFilePath();
    return (canonical.isEmpty() ? info.absoluteFilePath() : canonical) + QLatin1String("-lock");
}

QString ProjectLock::describe(const LockHolder &holder)
{
    const QLocale locale;
    const QDateTime since = holder.since.toLocalTime();
    const QString when = since.date() == QDate::currentDate()
                             ? locale.toString(since.time(), QLocale::ShortFormat)
                             : locale.toString(since, QLocale::ShortFormat);
    return tr("open for writing in %1 by %2 on %3 (process %4) since %5")
        .arg(holder.program, holder.user, holder.host, QString::number(holder.pid), when);
}

Result<std::unique_ptr<ProjectLock>> ProjectLock::acquire(const QString &projectPath)
{
    const QString file = QFileInfo(projectPath).fileName();
    const QString path = lockFilePath(projectPath);
    auto lock = std::make_unique<QLockFile>(path);
    // A project stays open for hours: only a dead holder makes a lock stale, never its age.
    lock->setStaleLockTime(0);
    // The holder may let go between the failed attempt and the reading of the file, or be a moment away
    // from writing who it is: try again, for a little over a second.
    for (int attempt = 0; attempt < 8; ++attempt) {
        if (lock->tryLock(attempt == 0 ? 0 : 200))
            return std::unique_ptr<ProjectLock>(new ProjectLock(std::move(lock)));
        switch (lock->error()) {
        case QLockFile::LockFailedError:
            break;
        case QLockFile::PermissionError:
            return Error{tr("Cannot open %1 for writing: the lock file %2 cannot be created in its folder.")
                             .arg(file, QFileInfo(path).fileName())};
        default:
            return Error{
                tr("Cannot open %1 for writing: the lock file %2 could not be written (is the disk full?).")
                    .arg(file, QFileInfo(path).fileName())};
        }
        LockHolder holder;
        QString executable;
        const QFileInfo info(path);
        if (lock->getLockInfo(&holder.pid, &holder.host, &executable)) {
            holder.program = programName(executable);
            holder.user = info.owner();
            holder.since = info.lastModified();
            return Error{tr("%1 is %2.").arg(file, describe(holder)), ErrorKind::Locked};
        }
        // A lock file that still says nothing a second after it was made: its maker died between making
        // it and writing who it is (SIGKILL, a power cut); a live one writes at once. QLockFile cannot
        // tell whose it is, so it goes here, unless someone holds it: removeStaleLockFile() needs the
        // holder's flock().
        if (info.exists() && info.lastModified().msecsTo(QDateTime::currentDateTime()) > 1000)
            lock->removeStaleLockFile();
    }
    return Error{tr("%1 is open for writing in another program.").arg(file), ErrorKind::Locked};
}

} // namespace tematik
