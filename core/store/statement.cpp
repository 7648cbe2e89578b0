#include "core/store/statement.h"

#include "core/store/storageerror.h"

#include <sqlite3.h>

namespace tematik {

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_error(std::move(other.m_error)), m_errorCode(std::exchange(other.m_errorCode, 0)), m_stepped(std::exchange(other.m_stepped, false))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        finalize();
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_error = std::move(other.m_error);
        m_errorCode = std::exchange(other.m_errorCode, 0);
        m_stepped = std::exchange(other.m_stepped, false);
    }
    return *this;
}

Statement::~Statement()
{
    finalize();
}

void Statement::finalize()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

void Statement::readyToBind()
{
    if (m_stepped && m_stmt) {
        sqlite3_reset(m_stmt);
        m_stepped = false;
    }
}

Statement &Statement::bind(int index, qint64 value)
{
    readyToBind();
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    readyToBind();
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    readyToBind();
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                        SQLITE_UTF8);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    readyToBind();
    // A zero-length blob must still be a blob, not NULL: sqlite3_bind_blob64 with a null pointer binds NULL.
    static const char empty = 0;
    sqlite3_bind_blob64(m_stmt, index, value.isEmpty() ? &empty : value.constData(),
                        sqlite3_uint64(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    readyToBind();
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bind(int index, std::optional<qint64> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

bool Statement::next()
{
    if (!m_stmt)
        return false;
    m_stepped = true;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_errorCode = sqlite3_extended_errcode(m_db);
        m_error = StorageError::describe(m_db, m_errorCode);
        sqlite3_reset(m_stmt);
    }
    return false;
}

bool Statement::exec()
{
    m_error.clear();
    m_errorCode = 0;
    while (next()) {
    }
    const bool ok = m_error.isEmpty();
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_stepped = false;
    return ok;
}

qint64 Statement::firstInt64()
{
    const qint64 value = next() ? int64(0) : 0;
    reset();
    return value;
}

void Statement::reset()
{
    m_error.clear();
    m_errorCode = 0;
    m_stepped = false;
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

} // namespace tematik
