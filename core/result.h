#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace tematik {

// A failure reported to the user: the message is already translated and names what failed and why.
struct Error
{
    // What a front end may do about the failure besides showing the message.
    enum class Kind {
        Other,
        Damaged, // the project file is damaged: offer to restore a backup
    };

    QString message;
    Kind kind = Kind::Other;
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
    Error takeError() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace tematik
