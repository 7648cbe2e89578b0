#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace tematik {

// One prepared SQLite statement. Parameters are 1-based as in SQLite; columns are 0-based.
// Text crosses this boundary as UTF-8 (SQLite's native encoding), so that SQL functions such as
// length() and substr() count Unicode code points, the unit of every stored text position.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);
    Statement &bind(int index, std::optional<qint64> value);

    // Advances to the next row: true when a row is available. On an error it returns false and
    // error() says why; the statement is then reset. Binding a value after the last row (or at any
    // time) starts the statement afresh.
    bool next();
    // Runs the statement to completion; false on error.
    bool exec();
    void reset();
    // The first column of the first row as an integer, 0 when there is no row or the step failed; the
    // statement is reset after. For a count or a sum.
    qint64 firstInt64();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    std::optional<qint64> optionalInt64(int column) const;

    bool failed() const { return !m_error.isEmpty(); }
    // Why the last step failed: for a storage fault (StorageError) a message for the user that names
    // the project, otherwise SQLite's own text.
    const QString &error() const { return m_error; }
    // SQLite's extended result code of the last failure; 0 when none.
    int errorCode() const { return m_errorCode; }

private:
    void finalize();
    // SQLite refuses (SQLITE_MISUSE) to bind a statement that has been stepped and not reset, and the
    // next step then silently runs with the old values. Binding after a run therefore resets first,
    // keeping the other bindings, so that a statement can be bound anew in a loop.
    void readyToBind();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
    int m_errorCode = 0;
    bool m_stepped = false; // stepped since the last reset
};

} // namespace tematik
