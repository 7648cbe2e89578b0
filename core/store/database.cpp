#include "core/store/database.h"

#include "core/logging.h"
#include "core/store/storageerror.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace tematik {

namespace {

// Whether a read-only connection can read the project where it is. In WAL mode a reader too needs the
// -shm file (the index of the -wal file) beside the project and makes it, and the -wal file, when they
// are missing; on a read-only medium it cannot (SQLITE_CANTOPEN), nor in a folder the user may not
// write (SQLITE_READONLY_DIRECTORY), nor with an -shm file left behind that it may not write and
// nobody has open (SQLITE_READONLY_CANTINIT). Reading the header is the first read that needs them.
bool canReadInPlace(sqlite3 *handle)
{
    const int rc = sqlite3_exec(handle, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    return rc != SQLITE_CANTOPEN && rc != SQLITE_READONLY_DIRECTORY && rc != SQLITE_READONLY_CANTINIT;
}

} // namespace

Database::Database(sqlite3 *db, QString path, bool readOnly)
    : m_db(db), m_path(std::move(path)), m_readOnly(readOnly)
{
    sqlite3_commit_hook(m_db, &Database::vetoCommit, this);
}

int Database::vetoCommit(void *database)
{
    // A storage fault (a full disk, a failed write) inside a statement may make SQLite roll back the
    // whole transaction, not just the statement. Statements that ran after it would then run on their
    // own, each committing at once: half an action would reach the file. A commit while an action is
    // open that is not that action's own COMMIT is therefore turned into a rollback.
    const auto *self = static_cast<const Database *>(database);
    return self->m_depth > 0 && !self->m_committing ? 1 : 0;
}

Database::~Database()
{
    qDeleteAll(m_cache);
    m_cache.clear();
    // sqlite3_close_v2 checkpoints the WAL into the main file when this is the last connection, so
    // that a closed project is one self-contained file again.
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    const QFileInfo info(path);
    if (mode != Mode::Create && !info.exists())
        return Error{tr("The project %1 does not exist.").arg(path)};
    if (mode == Mode::Create && info.exists())
        return Error{tr("Cannot create the project %1: a file with that name already exists.").arg(path)};
    if (mode != Mode::Create && info.isDir())
        return Error{tr("%1 is a folder, not a project file.").arg(path)};

    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    sqlite3 *handle = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
    if (rc == SQLITE_OK && mode == Mode::ReadOnly && !canReadInPlace(handle)) {
        // Nothing may be made beside the project, so SQLite is told that nothing will change it
        // (immutable): it then reads the project file alone, without the -shm file, the -wal file or
        // locks. That is safe only when the -wal file holds nothing: what it holds would be missed.
        sqlite3_close_v2(handle);
        handle = nullptr;
        const QFileInfo wal(path + QLatin1String("-wal"));
        if (wal.exists() && wal.size() > 0) {
            return Error{tr("Cannot open the project %1 here: its latest changes are still in %2, which cannot "
                            "be read on a read-only medium or in a folder you may not change. Open it once where "
                            "it can be changed, or copy it together with %2 to such a place.")
                             .arg(path, wal.fileName())};
        }
        const QByteArray uri = QUrl::fromLocalFile(info.absoluteFilePath()).toEncoded() + "?mode=ro&immutable=1";
        rc = sqlite3_open_v2(uri.constData(), &handle, flags | SQLITE_OPEN_URI, nullptr);
    }
    if (rc != SQLITE_OK) {
        const int code = handle ? sqlite3_extended_errcode(handle) : rc;
        const QString reason = handle ? QString::fromUtf8(sqlite3_errmsg(handle))
                                      : QString::fromUtf8(sqlite3_errstr(rc));
        const int systemErrno = handle ? sqlite3_system_errno(handle) : 0;
        sqlite3_close_v2(handle);
        if (StorageError::isStorageFault(code))
            return Error{StorageError::describe(path, code, systemErrno, reason)};
        return Error{tr("Cannot open the project %1: %2.").arg(path, reason)};
    }
    std::unique_ptr<Database> db(new Database(handle, path, mode == Mode::ReadOnly));
    sqlite3_extended_result_codes(handle, 1);
    // Another writer (a second window, the command line) may hold the lock for a moment.
    sqlite3_busy_timeout(handle, 5000);
    return db;
}

Status Database::exec(const char *sql)
{
    char *message = nullptr;
    if (const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message); rc != SQLITE_OK) {
        const QString reason = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        const int code = sqlite3_extended_errcode(m_db);
        return StorageError::isStorageFault(code) ? failure(code) : error(reason);
    }
    return {};
}

Result<Statement> Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return failure(sqlite3_extended_errcode(m_db));
    return Statement(m_db, stmt);
}

Statement &Database::cached(const char *sql)
{
    auto it = m_cache.find(sql);
    if (it != m_cache.end()) {
        (*it)->reset();
        return **it;
    }
    sqlite3_stmt *stmt = nullptr;
    // A statement that fails to prepare is a programming error in core's own SQL; it is kept as an
    // invalid statement whose next() returns false, and the reason is logged.
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
        qCCritical(lcStore) << "cannot prepare" << sql << ":" << lastError();
    auto *statement = new Statement(m_db, stmt);
    m_cache.insert(sql, statement);
    return *statement;
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString Database::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

Error Database::error(const QString &what) const
{
    return Error{tr("Project %1: %2").arg(QFileInfo(m_path).fileName(), what)};
}

Error Database::error(const Statement &failed) const
{
    const int code = failed.errorCode();
    return StorageError::isStorageFault(code) ? Error{failed.error(), StorageError::kindOf(code)} : error(failed.error());
}

Error Database::failure(int code) const
{
    if (StorageError::isStorageFault(code))
        return Error{StorageError::describe(m_db, code), StorageError::kindOf(code)};
    return error(lastError());
}

Status Database::begin()
{
    if (m_readOnly) {
        const QString file = QFileInfo(m_path).fileName();
        if (m_readOnlyReason.isEmpty())
            return Error{tr("The project %1 is open read-only.").arg(file)};
        return Error{tr("The project %1 is open read-only. %2").arg(file, m_readOnlyReason)};
    }
    // IMMEDIATE takes the write lock up front, so a second writer waits (busy timeout) or fails at
    // the start of an action rather than half-way through it.
    const char *sql = m_depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT nested";
    if (Status s = exec(sql); !s)
        return s;
    ++m_depth;
    m_pendingMarks.push_back(m_pendingNotifications.size());
    return {};
}

Status Database::commit()
{
    Q_ASSERT(m_depth > 0);
    const char *sql = m_depth == 1 ? "COMMIT" : "RELEASE nested";
    m_committing = m_depth == 1;
    Status s = exec(sql);
    m_committing = false;
    if (!s) {
        const int code = sqlite3_extended_errcode(m_db);
        rollback();
        if (m_depth == 0 && (code & 0xff) == SQLITE_IOERR)
            discardFailedCommit();
        return s;
    }
    --m_depth;
    m_pendingMarks.pop_back();
    if (m_depth == 0) {
        auto pending = std::move(m_pendingNotifications);
        m_pendingNotifications.clear();
        for (auto &fn : pending)
            fn();
    }
    return {};
}

void Database::rollback()
{
    Q_ASSERT(m_depth > 0);
    // A failed COMMIT, or a storage fault inside a statement, may already have rolled the whole
    // transaction back; ROLLBACK would then report "no transaction", ROLLBACK TO "no such savepoint".
    const bool open = !sqlite3_get_autocommit(m_db);
    if (m_depth == 1) {
        if (open) {
            if (Status s = exec("ROLLBACK"); !s)
                qCWarning(lcStore) << "rollback failed:" << s.error();
        }
        m_pendingNotifications.clear();
    } else {
        if (open) {
            if (Status s = exec("ROLLBACK TO nested; RELEASE nested"); !s)
                qCWarning(lcStore) << "rollback to savepoint failed:" << s.error();
        }
        m_pendingNotifications.resize(m_pendingMarks.back());
    }
    m_pendingMarks.pop_back();
    --m_depth;
}

void Database::discardFailedCommit()
{
    // A COMMIT whose sync failed has written its frames to the WAL, its commit record among them. This
    // connection ignores them and its next commit writes over them; but if the process ended first, the
    // next opening would find them whole in the WAL and bring back the action that was reported as not
    // saved. A checkpoint that truncates the WAL takes them away. When it cannot (the disk still fails,
    // a reader still holds the WAL), the next commit or the checkpoint on closing does.
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    if (rc != SQLITE_OK)
        qCInfo(lcStore) << "cannot truncate the WAL after a failed commit:" << sqlite3_errstr(rc);
}

void Database::afterCommit(std::function<void()> fn)
{
    if (m_depth == 0)
        fn();
    else
        m_pendingNotifications.push_back(std::move(fn));
}

Transaction::Transaction(Database &db) : m_db(db), m_begin(db.begin())
{
    m_active = m_begin.ok();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_begin.ok() ? Status(Error{QStringLiteral("transaction already closed")}) : m_begin;
    m_active = false;
    return m_db.commit();
}

} // namespace tematik
