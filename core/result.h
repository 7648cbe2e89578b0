#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace tematik {

// What kind of failure an Error is, for the few callers that answer one kind differently from the
// rest; everyone else shows the message.
enum class ErrorKind
{
    Failed,
    // Another process has the project open for writing (Project::open): it can still be opened read-only.
    Locked,
    // The project file is damaged: a front end offers to restore a backup.
    Damaged,
};

// A failure reported to the user: the message is already translated and names what failed and why.
struct Error
{
    QString message;
    ErrorKind kind = ErrorKind::Failed;
};

// The outcome of a core operation: a value or an Error. Core never throws across its API and never
// shows anything itself; front ends decide how to present an Error.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const QString &error() const { return std::get<1>(m_state).message; }
    ErrorKind errorKind() const { return std::get<1>(m_state).kind; }
    Error takeError() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error->message; }
    ErrorKind errorKind() const { return m_error->kind; }
    Error takeError() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace tematik
