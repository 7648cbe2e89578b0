#include "core/store/storageerror.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>
#include <cstdio>

namespace tematik {
namespace {

// The system's own words for errno (from the C library, in the system's language), for the faults
// where it tells the user more than SQLite's code does: which disk error, which permission.
QString systemReason(int systemErrno)
{
    return systemErrno == 0 ? QString() : QStringLiteral(" (%1)").arg(qt_error_string(systemErrno));
}

bool isReadFault(int code)
{
    switch (code) {
    case SQLITE_IOERR_READ:
    case SQLITE_IOERR_SHORT_READ:
    case SQLITE_IOERR_FSTAT:
    case SQLITE_IOERR_SEEK:
    case SQLITE_IOERR_MMAP:
    case SQLITE_IOERR_DATA:
    case SQLITE_IOERR_CORRUPTFS:
        return true;
    default:
        return false;
    }
}

} // namespace

bool StorageError::isStorageFault(int code)
{
    // Database's commit hook refuses a statement that would commit on its own after a fault ended the
    // action's transaction: a consequence of that fault.
    if (code == SQLITE_CONSTRAINT_COMMITHOOK)
        return true;
    switch (code & 0xff) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_PROTOCOL:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
    case SQLITE_NOMEM:
    case SQLITE_INTERRUPT:
        return true;
    default:
        return false;
    }
}

ErrorKind StorageError::kindOf(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB ? ErrorKind::Damaged : ErrorKind::Failed;
}

QString StorageError::describe(sqlite3 *db, int code)
{
    const char *file = sqlite3_db_filename(db, "main");
    // A write transaction still open means the caller is inside an action, which it will roll back.
    fprintf(stderr, "DEBUG sqlite error %d: %s\n", code, sqlite3_errmsg(db));
    return describe(QFileInfo(QFile::decodeName(file ? file : "")).fileName(), code, sqlite3_system_errno(db),
                    QString::fromUtf8(sqlite3_errmsg(db)), !sqlite3_get_autocommit(db));
}

QString StorageError::describe(const QString &path, int code, int systemErrno, const QString &sqliteMessage)
{
    return describe(QFileInfo(path).fileName(), code, systemErrno, sqliteMessage, false);
}

QString StorageError::describe(const QString &fileName, int code, int systemErrno, const QString &sqliteMessage,
                               bool inAction)
{
    if (!isStorageFault(code))
        return sqliteMessage;
    // Faults in writing always stop an action; SQLite rolls its transaction back, so nothing of it
    // reaches the file. Other faults stop one only when they happen inside it.
    const auto notSaved = [](const QString &reason) -> QString {
        return tr("%1; the action was not saved and the project is unchanged.").arg(reason);
    };
    const auto stopped = [&](const QString &reason) -> QString {
        return inAction ? notSaved(reason) : tr("%1.").arg(reason);
    };
    if (code == SQLITE_CONSTRAINT_COMMITHOOK)
        return notSaved(tr("A fault in reading or writing %1 stopped the action").arg(fileName));
    switch (code & 0xff) {
    case SQLITE_FULL:
        return notSaved(tr("The disk holding %1 is full").arg(fileName)) + u' '
            + tr("Free some space on the disk and try again.");
    case SQLITE_IOERR:
        if (code == SQLITE_IOERR_NOMEM)
            return stopped(tr("There was not enough memory to work on %1").arg(fileName));
        if (isReadFault(code))
            return stopped(tr("%1 could not be read from the disk%2").arg(fileName, systemReason(systemErrno)))
                + u' ' + tr("Check the disk, or the network connection for a project in a network folder.");
        if (code == SQLITE_IOERR_FSYNC || code == SQLITE_IOERR_DIR_FSYNC)
            return notSaved(tr("The disk holding %1 did not confirm that it stored the changes%2")
                                .arg(fileName, systemReason(systemErrno)))
                + u' ' + tr("Check the disk, or the network connection for a project in a network folder.");
        return notSaved(tr("%1 could not be written to the disk%2").arg(fileName, systemReason(systemErrno)))
            + u' ' + tr("Check the disk, or the network connection for a project in a network folder.");
    case SQLITE_READONLY:
        if (code == SQLITE_READONLY_DBMOVED)
            return tr("%1 was moved or deleted while it was open; the action was not saved. Open the project "
                      "again where it is now.")
                .arg(fileName);
        return notSaved(tr("%1 cannot be written: the file, its folder or its disk is read-only").arg(fileName));
    case SQLITE_CORRUPT:
        return stopped(tr("%1 is damaged: part of it can no longer be read as a project").arg(fileName)) + u' '
            + tr("Restore the project from one of its backups.");
    case SQLITE_NOTADB:
        return stopped(tr("%1 is not a Tematik project, or it is too damaged to be read").arg(fileName));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_PROTOCOL:
        return stopped(tr("%1 is being changed by another program or window, which did not finish in time")
                           .arg(fileName))
            + u' ' + tr("Try again in a moment.");
    case SQLITE_CANTOPEN:
        return tr("%1 cannot be opened: the file or its folder cannot be reached, or no files can be made "
                  "beside it%2.")
            .arg(fileName, systemReason(systemErrno));
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return notSaved(tr("Tematik is not allowed to write %1%2").arg(fileName, systemReason(systemErrno)));
    case SQLITE_NOMEM:
        return stopped(tr("There was not enough memory to work on %1").arg(fileName));
    case SQLITE_INTERRUPT:
        return stopped(tr("The work on %1 was cancelled").arg(fileName));
    }
    return sqliteMessage;
}

} // namespace tematik
