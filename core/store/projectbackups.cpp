#include "core/store/projectbackups.h"

#include "core/logging.h"
#include "core/store/database.h"
#include "core/store/schema.h"
#include "core/store/synctodisk.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <set>

namespace tematik {
namespace {

const QString timeFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");

// Replaces `to` by `from` in one step where the system can, so that `to` is never missing.
bool replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_UNIX
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#else
    QFile::remove(to);
    return QFile::rename(from, to);
#endif
}

bool sameBytes(const QString &a, const QString &b)
{
    QFile first(a);
    QFile second(b);
    if (first.size() != second.size() || !first.open(QIODevice::ReadOnly) || !second.open(QIODevice::ReadOnly))
        return false;
    constexpr qint64 chunk = 1 << 20;
    while (!first.atEnd()) {
        if (first.read(chunk) != second.read(chunk))
            return false;
    }
    return true;
}

void removeSideFiles(const QString &path)
{
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

int stopWhenCancelled(void *cancel)
{
    return static_cast<const std::atomic<bool> *>(cancel)->load() ? 1 : 0;
}

} // namespace

ProjectBackups::ProjectBackups(const QString &projectPath) : m_projectPath(QFileInfo(projectPath).absoluteFilePath())
{
}

QString ProjectBackups::folder() const
{
    return m_projectPath + QStringLiteral("-backups");
}

QString ProjectBackups::nameFor(const QDateTime &takenAt, BackupInfo::Kind kind) const
{
    QString name = QFileInfo(m_projectPath).completeBaseName() + u'-' + takenAt.toString(timeFormat);
    if (kind == BackupInfo::Kind::BeforeRestore)
        name += QStringLiteral("-before-restore");
    else if (kind == BackupInfo::Kind::Damaged)
        name += QStringLiteral("-damaged");
    return name;
}

std::optional<BackupInfo> ProjectBackups::parse(const QString &fileName) const
{
    static const QRegularExpression pattern(
        QStringLiteral("^(.*)-(\\d{8}T\\d{6}Z)(-before-restore|-damaged)?(?:-(\\d+))?\\.tematik$"));
    const QRegularExpressionMatch m = pattern.match(fileName);
    if (!m.hasMatch() || m.captured(1) != QFileInfo(m_projectPath).completeBaseName())
        return std::nullopt;
    BackupInfo info;
    info.path = QDir(folder()).filePath(fileName);
    // Read field by field: as a local time, a name from a night when the clocks changed could be invalid.
    const QString stamp = m.captured(2);
    info.takenAt = QDateTime(QDate::fromString(stamp.left(8), QStringLiteral("yyyyMMdd")),
                             QTime::fromString(stamp.mid(9, 6), QStringLiteral("HHmmss")), QTimeZone::utc());
    // Backups taken within one second are told apart by a counter, the later one higher.
    info.takenAt = info.takenAt.addMSecs(m.captured(4).toInt());
    if (m.captured(3) == QLatin1String("-before-restore"))
        info.kind = BackupInfo::Kind::BeforeRestore;
    else if (m.captured(3) == QLatin1String("-damaged"))
        info.kind = BackupInfo::Kind::Damaged;
    info.size = QFileInfo(info.path).size();
    return info;
}

QList<BackupInfo> ProjectBackups::files() const
{
    QList<BackupInfo> result;
    const QStringList names = QDir(folder()).entryList({QStringLiteral("*.tematik")}, QDir::Files);
    for (const QString &name : names) {
        if (std::optional<BackupInfo> info = parse(name))
            result.append(*info);
    }
    std::sort(result.begin(), result.end(),
              [](const BackupInfo &a, const BackupInfo &b) { return a.takenAt > b.takenAt; });
    return result;
}

Result<QString> ProjectBackups::write(BackupInfo::Kind kind, const std::atomic<bool> *cancel) const
{
    const QString project = QFileInfo(m_projectPath).fileName();
    QDir dir(folder());
    if (!dir.exists()) {
        if (!QDir().mkpath(folder()))
            return Error{tr("Cannot back up %1: the folder %2 cannot be made.").arg(project, folder())};
        // The backups are as private as the project's own folder.
        QFile::setPermissions(folder(), QFileInfo(QFileInfo(m_projectPath).absolutePath()).permissions());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString name = nameFor(now, kind);
    for (int n = 2; dir.exists(name + QStringLiteral(".tematik")); ++n)
        name = nameFor(now, kind) + u'-' + QString::number(n);
    const QString target = dir.filePath(name + QStringLiteral(".tematik"));
    const QString temporary = dir.filePath(u'.' + name + QStringLiteral(".tematik.part"));
    QFile::remove(temporary);

    {
        Result<std::unique_ptr<Database>> source = Database::open(m_projectPath, Database::Mode::ReadOnly);
        if (!source)
            return source.takeError();
        if (cancel)
            sqlite3_progress_handler((*source)->handle(), 1000, &stopWhenCancelled, const_cast<std::atomic<bool> *>(cancel));
        // The project is checked in full first: a damaged project is not backed up (its copy could
        // push a good backup out of the rotation), and this is where damage that Project::open's
        // quicker check lets through (an index that no longer agrees with its table) comes to light.
        if (Status s = Schema::checkIntegrity(**source); !s)
            return s.takeError();
        Result<Statement> vacuum = (*source)->prepare("VACUUM INTO ?");
        if (!vacuum)
            return vacuum.takeError();
        vacuum->bind(1, temporary);
        if (!vacuum->exec()) {
            const Error failed = (*source)->error(*vacuum);
            QFile::remove(temporary);
            return Error{tr("Cannot back up %1: %2").arg(project, failed.message)};
        }
    }
    if (Status s = verify(temporary, Check::Pages, cancel); !s) {
        QFile::remove(temporary);
        removeSideFiles(temporary);
        return Error{tr("Cannot back up %1: the copy did not pass its check (%2).").arg(project, s.error())};
    }
    QFile::setPermissions(temporary, QFile::permissions(m_projectPath));
    syncToDisk(temporary);
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        return Error{tr("Cannot back up %1: the backup cannot be saved in %2.").arg(project, folder())};
    }
    syncToDisk(folder());
    qCInfo(lcStore) << "backed up" << m_projectPath << "to" << target;
    return target;
}

Status ProjectBackups::verify(const QString &path, Check check, const std::atomic<bool> *cancel) const
{
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return db.takeError();
    if (cancel)
        sqlite3_progress_handler((*db)->handle(), 1000, &stopWhenCancelled, const_cast<std::atomic<bool> *>(cancel));
    if (Status s = check == Check::Pages ? Schema::checkPages(**db) : Schema::checkIntegrity(**db); !s)
        return s;
    Result<Statement> id = (*db)->prepare("PRAGMA application_id");
    if (!id)
        return id.takeError();
    if (!id->next() || id->int64(0) != Schema::applicationId)
        return Error{tr("%1 is not a Tematik project.").arg(QFileInfo(path).fileName())};
    Result<Statement> version = (*db)->prepare("PRAGMA user_version");
    if (!version)
        return version.takeError();
    if (!version->next() || version->int64(0) > Schema::currentVersion())
        return Error{tr("%1 was saved by a newer version of Tematik.").arg(QFileInfo(path).fileName())};
    return {};
}

QString ProjectBackups::restoreOffer() const
{
    const std::optional<BackupInfo> backup = latestGood();
    if (!backup)
        return {};
    return tr("Its newest good backup, from %1, can be restored in its place.")
        .arg(QLocale().toString(backup->takenAt.toLocalTime(), QLocale::ShortFormat));
}

Result<TakenBackup> ProjectBackups::take(const std::atomic<bool> *cancel) const
{
    const QList<BackupInfo> earlier = files();
    Result<QString> written = write(BackupInfo::Kind::Automatic, cancel);
    if (!written) {
        Error error = written.takeError();
        if (error.kind == ErrorKind::Damaged) {
            if (const QString offer = restoreOffer(); !offer.isEmpty())
                error.message += u' ' + offer;
        }
        return error;
    }
    TakenBackup taken{*written, false, {}};
    // Not only the newest: right after a restore the project holds what an older backup holds.
    for (const BackupInfo &b : earlier) {
        if (b.kind != BackupInfo::Kind::Damaged && sameBytes(b.path, *written)) {
            QFile::remove(*written);
            taken = TakenBackup{b.path, true, {}};
            break;
        }
    }
    taken.removed = rotate();
    return taken;
}

QList<QDateTime> ProjectBackups::expired(const QList<QDateTime> &taken, const QDateTime &now)
{
    QList<QDateTime> newestFirst = taken;
    std::sort(newestFirst.begin(), newestFirst.end(), std::greater<>());
    const QDate firstKeptDay = now.toLocalTime().date().addDays(1 - keptDays);
    std::set<QDate> days;
    QList<QDateTime> result;
    for (qsizetype i = 0; i < newestFirst.size(); ++i) {
        const QDate day = newestFirst[i].toLocalTime().date();
        const bool newestOfItsDay = days.insert(day).second;
        if (i >= keptNewest && !(newestOfItsDay && day >= firstKeptDay))
            result.append(newestFirst[i]);
    }
    return result;
}

QStringList ProjectBackups::rotate() const
{
    QList<BackupInfo> rotating;
    for (const BackupInfo &b : files()) {
        if (b.kind != BackupInfo::Kind::Damaged)
            rotating.append(b);
    }
    QList<QDateTime> times;
    for (const BackupInfo &b : rotating)
        times.append(b.takenAt);
    const QList<QDateTime> old = expired(times, QDateTime::currentDateTimeUtc());
    QStringList removed;
    for (const BackupInfo &b : rotating) {
        if (old.contains(b.takenAt) && QFile::remove(b.path))
            removed.append(b.path);
    }
    return removed;
}

QList<BackupInfo> ProjectBackups::list() const
{
    QList<BackupInfo> result = files();
    for (BackupInfo &b : result) {
        if (b.kind == BackupInfo::Kind::Damaged) {
            b.problem = tr("the files of a damaged project, kept as they were");
            continue;
        }
        Result<std::unique_ptr<Database>> db = Database::open(b.path, Database::Mode::ReadOnly);
        Result<ProjectCounts> counts = db ? Project::countsOf(**db) : Result<ProjectCounts>(db.takeError());
        if (counts)
            b.counts = *counts;
        else
            b.problem = counts.error();
    }
    return result;
}

std::optional<BackupInfo> ProjectBackups::latestGood() const
{
    for (BackupInfo &b : files()) {
        if (b.kind == BackupInfo::Kind::Damaged || !verify(b.path, Check::Integrity, nullptr))
            continue;
        Result<std::unique_ptr<Database>> db = Database::open(b.path, Database::Mode::ReadOnly);
        if (Result<ProjectCounts> counts = db ? Project::countsOf(**db) : Result<ProjectCounts>(db.takeError())) {
            b.counts = *counts;
            return b;
        }
    }
    return std::nullopt;
}

Status ProjectBackups::moveDamagedAside() const
{
    if (!QDir().mkpath(folder()))
        return Error{tr("Cannot keep the damaged project %1: the folder %2 cannot be made.")
                         .arg(QFileInfo(m_projectPath).fileName(), folder())};
    const QString target =
        QDir(folder()).filePath(nameFor(QDateTime::currentDateTimeUtc(), BackupInfo::Kind::Damaged) + QStringLiteral(".tematik"));
    // The -wal holds committed work the main file lacks; it moves along, under the name SQLite looks for.
    for (const char *suffix : {"", "-wal"}) {
        const QString from = m_projectPath + QLatin1String(suffix);
        if (QFile::exists(from) && !QFile::rename(from, target + QLatin1String(suffix)))
            return Error{tr("Cannot keep the damaged project %1 in %2.").arg(QFileInfo(m_projectPath).fileName(), folder())};
    }
    QFile::remove(m_projectPath + QStringLiteral("-shm"));
    syncToDisk(folder());
    return {};
}

Result<QString> ProjectBackups::restore(const QString &backupPath) const
{
    const QString project = QFileInfo(m_projectPath).fileName();
    if (Status s = verify(backupPath, Check::Integrity, nullptr); !s)
        return Error{tr("The backup cannot be restored: %1").arg(s.error())};

    QString kept;
    if (QFileInfo::exists(m_projectPath)) {
        Result<QString> copy = write(BackupInfo::Kind::BeforeRestore, nullptr);
        if (copy) {
            kept = *copy;
            // The copy holds everything, the -wal's last commits included; the -wal must not outlive
            // its file, or SQLite would apply it to the restored one.
            removeSideFiles(m_projectPath);
        } else {
            qCInfo(lcStore) << "cannot back up" << m_projectPath << "before restoring:" << copy.error();
            if (Status s = moveDamagedAside(); !s)
                return s.takeError();
        }
    }

    const QString temporary = QFileInfo(m_projectPath).absolutePath() + QStringLiteral("/.") + project
        + QStringLiteral(".restoring");
    QFile::remove(temporary);
    if (!QFile::copy(backupPath, temporary))
        return Error{tr("Cannot restore %1: the backup cannot be copied next to it.").arg(project)};
    QFile::setPermissions(temporary, QFile::permissions(backupPath));
    syncToDisk(temporary);
    removeSideFiles(m_projectPath);
    if (!replaceFile(temporary, m_projectPath)) {
        QFile::remove(temporary);
        return Error{tr("Cannot restore %1: it cannot be replaced.").arg(project)};
    }
    syncToDisk(QFileInfo(m_projectPath).absolutePath());
    qCInfo(lcStore) << "restored" << m_projectPath << "from" << backupPath;
    return kept;
}

} // namespace tematik
