#pragma once

#include "core/result.h"
#include "core/store/statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3;

namespace tematik {

// One connection to a project file. Owns its prepared-statement cache and the transaction depth, so
// that core operations can nest (an outer action wraps inner ones in savepoints) while the user still
// sees one action as one transaction.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode { ReadWrite, ReadOnly, Create };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // ReadOnly also reads a project where SQLite cannot keep the files a WAL database needs beside it
    // (a read-only medium, a folder the user may not write), as long as the project was closed properly.
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode);

    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Why the connection is read-only, as a sentence for the user; begin() gives it when it refuses.
    void setReadOnlyReason(const QString &reason) { m_readOnlyReason = reason; }

    // Runs one or more statements without parameters.
    Status exec(const char *sql);
    // A fresh statement, finalized when it goes out of scope.
    Result<Statement> prepare(const char *sql);
    // A statement prepared once per connection and reused; it comes back reset and unbound. The
    // reference stays valid for the lifetime of the Database.
    Statement &cached(const char *sql);

    qint64 lastInsertId() const;
    int changes() const;
    QString lastError() const;

    // Transactions: begin() opens BEGIN IMMEDIATE at depth 0 and a savepoint inside; commit() and
    // rollback() close the innermost one. Prefer the RAII Transaction class.
    Status begin();
    Status commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

    // Runs fn once the outermost transaction has committed (at once when none is open); dropped if it
    // rolls back. Change notifications go through here so that nobody hears of a change that was undone.
    void afterCommit(std::function<void()> fn);

    // An error message that names the project file.
    Error error(const QString &what) const;
    // The error for a statement that failed: a storage fault's message as it is (it names the project
    // and says what became of the action), any other failure named as the project's.
    Error error(const Statement &failed) const;

private:
    Database(sqlite3 *db, QString path, bool readOnly);
    // The error for the last failed call on the connection, which returned code.
    Error failure(int code) const;
    // After a COMMIT that failed in writing: makes sure what it wrote to the WAL cannot come back.
    void discardFailedCommit();
    // SQLite's commit hook: refuses a commit that is not the outermost COMMIT of a transaction.
    static int vetoCommit(void *database);

    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_depth = 0;
    bool m_committing = false; // the outermost COMMIT is running
    QHash<const char *, Statement *> m_cache;
    std::vector<std::function<void()>> m_pendingNotifications;
    // For each open savepoint, how many notifications were pending when it began.
    std::vector<size_t> m_pendingMarks;
};

// Scoped transaction: rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN itself failed (e.g. the file is locked by another writer).
    bool isActive() const { return m_active; }
    const Status &beginStatus() const { return m_begin; }
    Status commit();

private:
    Database &m_db;
    Status m_begin;
    bool m_active = false;
};

} // namespace tematik
