#include "core/store/project.h"

#include "core/store/casestore.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/database.h"
#include "core/store/meetingstore.h"
#include "core/store/memostore.h"
#include "core/store/projectbackups.h"
#include "core/store/projectlock.h"
#include "core/store/projectnotifier.h"
#include "core/store/schema.h"
#include "core/store/sourcestore.h"
#include "core/store/themestore.h"
#include "core/store/storedvalues.h"
#include "core/store/synctodisk.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QUuid>

namespace tematik {

namespace {

// Why the existing project at path cannot be written where it is, or None. QFileInfo asks the system
// (access()), which also answers for root: root may write any file, but not on a read-only medium or
// an immutable file (chattr +i).
Project::ReadOnlyReason writeBlocker(const QString &path)
{
    const QFileInfo file(path);
    if (!file.exists()) // Database::open says so
        return Project::ReadOnlyReason::None;
    if (QStorageInfo(path).isReadOnly())
        return Project::ReadOnlyReason::Medium;
    if (!file.isWritable())
        return Project::ReadOnlyReason::File;
    // Writing needs new files beside the project: SQLite's -wal and -shm and the writer's lock.
    if (!QFileInfo(file.absolutePath()).isWritable())
        return Project::ReadOnlyReason::Folder;
    return Project::ReadOnlyReason::None;
}

} // namespace

Project::Project(std::unique_ptr<Database> db, std::unique_ptr<ProjectLock> lock, ReadOnlyReason readOnlyReason)
    : m_lock(std::move(lock)), m_readOnlyReason(readOnlyReason), m_db(std::move(db)),
      m_notifier(std::make_unique<ProjectNotifier>()),
      m_sources(std::make_unique<SourceStore>(*m_db, *m_notifier, m_coder)),
      m_codes(std::make_unique<CodeStore>(*m_db, *m_notifier, m_coder)),
      m_codings(std::make_unique<CodingStore>(*m_db, *m_notifier, m_coder)),
      m_cases(std::make_unique<CaseStore>(*m_db, *m_notifier)),
      m_memos(std::make_unique<MemoStore>(*m_db, *m_notifier, m_coder)),
      m_themes(std::make_unique<ThemeStore>(*m_db, *m_notifier, m_coder)),
      m_meetings(std::make_unique<MeetingStore>(*m_db, *m_notifier))
{
    m_db->setReadOnlyReason(readOnlyExplanation());
}

Project::~Project() = default;

bool Project::removeFiles(const QString &path)
{
    bool removed = true;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(path + suffix))
            removed = QFile::remove(path + suffix) && removed;
    }
    return removed;
}

Result<std::unique_ptr<Project>> Project::create(const QString &path, const QString &name)
{
    if (QFileInfo::exists(path))
        return Error{tr("Cannot create the project %1: %2").arg(path, tr("a file with that name already exists."))};
    // The project is made under a name of its own beside path and renamed to path once it is whole
    // (schema and project row in one transaction, closed, its WAL checkpointed away). A crash while it
    // is made then never leaves a file at path that is not a project, which would fail to open and
    // stand in the way of making it again; at worst a hidden .new file is left.
    const QFileInfo target(path);
    const QString building = target.dir().filePath(QLatin1Char('.') + target.fileName() + QLatin1String(".new-")
                                                   + QUuid::createUuid().toString(QUuid::Id128).left(12));
    Status s;
    if (Result<std::unique_ptr<Database>> db = Database::open(building, Database::Mode::Create); !db) {
        s = db.takeError();
    } else {
        s = Schema::configureConnection(**db);
        if (s) {
            Transaction tx(**db);
            s = tx.beginStatus();
            if (s)
                s = Schema::initialize(**db);
            if (s) {
                Statement &q =
                    (*db)->cached("INSERT INTO project (id, guid, name, created_at) VALUES (1, ?, ?, ?)");
                q.bind(1, newGuid())
                    .bind(2, name.isEmpty() ? target.completeBaseName() : name)
                    .bind(3, storedNow());
                if (!q.exec())
                    s = (*db)->error(q);
            }
            if (s)
                s = tx.commit();
        }
    }
    // QFile::rename never replaces a file that appeared at path meanwhile.
    if (s && !QFile::rename(building, path))
        s = Error{QFileInfo::exists(path) ? tr("a file with that name already exists.")
                                          : tr("it cannot be moved into place.")};
    if (!s) {
        // Leave nothing behind.
        removeFiles(building);
        return Error{tr("Cannot create the project %1: %2").arg(path, s.error())};
    }
    syncToDisk(target.absolutePath());
    return open(path);
}

Result<std::unique_ptr<Project>> Project::open(const QString &path, bool readOnly)
{
    const ReadOnlyReason reason = readOnly ? ReadOnlyReason::Requested : writeBlocker(path);
    const bool writing = reason == ReadOnlyReason::None;
    Result<std::unique_ptr<Database>> db =
        Database::open(path, writing ? Database::Mode::ReadWrite : Database::Mode::ReadOnly);
    if (!db)
        return db.takeError();
    // Taken before the first read, so that an upgrade in place happens under it too.
    std::unique_ptr<ProjectLock> lock;
    if (writing) {
        Result<std::unique_ptr<ProjectLock>> acquired = ProjectLock::acquire(path);
        if (!acquired)
            return acquired.takeError();
        lock = std::move(*acquired);
    }
    // Every page of a project up to pagesCheckedOnOpen is read before anything else: a damaged file is
    // refused now, with a clear message, rather than failing later in the middle of some action. Then
    // the file is checked to be a project of a format this version reads, upgraded when older (before
    // touching its journal mode: setting WAL on a file that is not a project would write to somebody
    // else's file), and its layout checked.
    Status s = QFileInfo(path).size() <= pagesCheckedOnOpen ? Schema::checkPages(**db) : Status();
    if (s)
        s = Schema::upgrade(**db);
    if (s)
        s = Schema::checkLayout(**db);
    if (s)
        s = Schema::configureConnection(**db);
    if (!s) {
        Error error = s.takeError();
        if (error.kind == ErrorKind::Damaged) {
            db->reset();
            if (const QString offer = ProjectBackups(path).restoreOffer(); !offer.isEmpty())
                error.message += u' ' + offer;
        }
        return error;
    }
    return std::unique_ptr<Project>(new Project(std::move(*db), std::move(lock), reason));
}

QString Project::path() const
{
    return m_db->path();
}

QString Project::readOnlyExplanation() const
{
    switch (m_readOnlyReason) {
    case ReadOnlyReason::None:
        break;
    case ReadOnlyReason::Requested:
        return tr("It was opened for reading only.");
    case ReadOnlyReason::Medium:
        return tr("It is on a read-only medium.");
    case ReadOnlyReason::File:
        return tr("You may not change the project file.");
    case ReadOnlyReason::Folder:
        return tr("You may not create files in its folder, and changes need files beside the project.");
    }
    return {};
}

QString Project::name() const
{
    Statement &q = m_db->cached("SELECT name FROM project WHERE id = 1");
    const QString name = q.next() ? q.text(0) : QFileInfo(path()).completeBaseName();
    q.reset();
    return name;
}

Status Project::setCoder(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("A coder needs a name.")};
    Statement &find = m_db->cached("SELECT id FROM coders WHERE name = ?");
    find.bind(1, trimmed);
    if (find.next()) {
        m_coder = find.int64(0);
        find.reset();
        return {};
    }
    Result<CoderId> id = addCoder(trimmed, QString());
    if (!id)
        return id.takeError();
    m_coder = *id;
    return {};
}

QString Project::coderName() const
{
    Statement &q = m_db->cached("SELECT name FROM coders WHERE id = ?");
    q.bind(1, m_coder);
    const QString name = q.next() ? q.text(0) : QString();
    q.reset();
    return name;
}

Result<CoderId> Project::addCoder(const QString &name, const QString &guid)
{
    Transaction tx(*m_db);
    if (!tx.isActive())
        return tx.beginStatus().takeError();
    Statement &insert = m_db->cached("INSERT INTO coders (guid, name) VALUES (?, ?)");
    insert.bind(1, guid.isEmpty() ? newGuid() : guid).bind(2, name.trimmed());
    if (!insert.exec())
        return m_db->error(insert);
    const CoderId id = m_db->lastInsertId();
    if (Status s = tx.commit(); !s)
        return s.takeError();
    return id;
}

QList<CoderInfo> Project::coders() const
{
    Statement &q = m_db->cached("SELECT id, name, guid FROM coders ORDER BY name, id");
    QList<CoderInfo> result;
    while (q.next())
        result.append(CoderInfo{q.int64(0), q.text(1), q.text(2)});
    return result;
}

ProjectCounts Project::counts() const
{
    Result<ProjectCounts> counts = countsOf(*m_db);
    return counts ? *counts : ProjectCounts();
}

Result<ProjectCounts> Project::countsOf(Database &db)
{
    // Prepared afresh rather than cached: a backup's connection asks once, and a file that is not a
    // project fails here with a message instead of leaving a broken statement in the cache.
    Result<Statement> q = db.prepare(
        "SELECT (SELECT count(*) FROM sources), (SELECT ifnull(sum(code_points), 0) FROM sources), "
        "(SELECT count(*) FROM turns), (SELECT count(*) FROM speakers), (SELECT count(*) FROM codes), "
        "(SELECT count(*) FROM codings), (SELECT count(*) FROM cases), (SELECT count(*) FROM themes), "
        "(SELECT count(*) FROM memos), (SELECT count(*) FROM coders)");
    if (!q)
        return q.takeError();
    if (!q->next())
        return db.error(*q);
    return ProjectCounts{q->int64(0), q->int64(1), q->int64(2), q->int64(3), q->int64(4),
                         q->int64(5), q->int64(6), q->int64(7), q->int64(8), q->int64(9)};
}

} // namespace tematik
