#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace TierDesk {

// What went wrong, coarse enough for the CLI to pick an exit code and precise
// enough (the message) for a person to act on. Messages are translated sentences.
struct Error
{
    enum class Kind {
        Usage, // the caller asked for something that cannot mean anything (exit 2)
        Refused, // a guard or bad data refused the work; nothing was written (exit 3)
        Connect, // the database cannot be opened or reached (exit 4)
        Internal // the database failed underneath us
    };

    // Why a refusal happened, for callers that offer a way out (re-run the audit).
    enum class Reason { None, StalePlan, Cancelled, LockTimeout, NeedsApproval };

    Kind kind = Kind::Internal;
    QString message;
    Reason reason = Reason::None;

    static Error usage(QString message) { return {Kind::Usage, std::move(message)}; }
    static Error refused(QString message) { return {Kind::Refused, std::move(message)}; }
    static Error connect(QString message) { return {Kind::Connect, std::move(message)}; }
    static Error internal(QString message) { return {Kind::Internal, std::move(message)}; }
    static Error stale(QString message)
    {
        return {Kind::Refused, std::move(message), Reason::StalePlan};
    }
    static Error cancelled(QString message)
    {
        return {Kind::Refused, std::move(message), Reason::Cancelled};
    }

    // Input echoed into a message: control characters escaped (so the message
    // stays one line) and cut at 80 characters.
    static QString quoted(const QString &input)
    {
        QString out;
        for (const QChar c : input) {
            if (out.size() >= 80) {
                out += QChar(0x2026);
                break;
            }
            if (c == QLatin1Char('\n'))
                out += QLatin1String("\\n");
            else if (c == QLatin1Char('\t'))
                out += QLatin1String("\\t");
            else if (c == QLatin1Char('\r'))
                out += QLatin1String("\\r");
            else if (c.unicode() < 0x20 || c.unicode() == 0x7f
                || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
        return out;
    }
};

// A value or an Error. Services return this instead of throwing.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() { return std::get<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result for operations with nothing to return.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace TierDesk
