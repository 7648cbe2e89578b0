#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace tematik {

// What a failed SQLite call means to the person using the project: the one place where SQLite's result
// codes become messages. A storage fault (a full disk, a failed write or sync, a read-only or damaged
// file, another writer holding the lock, too little memory) gets a translated message that names the
// project file and says what became of the action; any other failure (a broken constraint, a mistake
// in core's own SQL) keeps SQLite's own text, which callers may still inspect ("UNIQUE", "FOREIGN KEY").
class StorageError
{
    Q_DECLARE_TR_FUNCTIONS(StorageError)

public:
    // True for the result codes that come from the file, the disk or other processes rather than from
    // the SQL: SQLITE_FULL, SQLITE_IOERR_*, SQLITE_READONLY_*, SQLITE_CORRUPT_*, SQLITE_NOTADB,
    // SQLITE_BUSY_*, SQLITE_LOCKED_*, SQLITE_PROTOCOL, SQLITE_CANTOPEN_*, SQLITE_PERM, SQLITE_NOMEM,
    // SQLITE_INTERRUPT; and SQLITE_CONSTRAINT_COMMITHOOK, with which Database stops what is left of an
    // action after such a fault.
    static bool isStorageFault(int code);
    // ErrorKind::Damaged for SQLITE_CORRUPT_* and SQLITE_NOTADB, else ErrorKind::Failed.
    static ErrorKind kindOf(int code);

    // The message for a call on db that failed with the extended result code `code`. A fault that
    // happened while writing (or inside a transaction, which the caller then rolls back) says that the
    // action was not saved and the project is unchanged.
    static QString describe(sqlite3 *db, int code);

    // The same for a file that could not be opened, before there is a connection to ask.
    static QString describe(const QString &path, int code, int systemErrno, const QString &sqliteMessage);

private:
    static QString describe(const QString &fileName, int code, int systemErrno, const QString &sqliteMessage,
                            bool inAction);
};

} // namespace tematik
