#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

#include <chrono>
#include <optional>

namespace inkchat {

/// A failure as a value: what kind of thing went wrong, its detail, and
/// whether trying again could help. Never thrown; passed through signals
/// and Result<T>.
///
/// `kind` and the other fields are what front ends decide and phrase by;
/// `message` is the detail: the server's or the system's own words where
/// they exist (an HTTP error body, a TLS or SQLite error), else a short
/// description for logs, exports and the detail line of a front end. Logic
/// never looks into `message`.
class Error
{
    Q_GADGET
    Q_PROPERTY(Kind kind MEMBER kind)
    Q_PROPERTY(QString message MEMBER message)
    Q_PROPERTY(int httpStatus MEMBER httpStatus)
    Q_PROPERTY(bool retryable MEMBER retryable)

public:
    enum class Kind {
        Usage,         ///< the caller asked for something impossible (bad option, bad URL)
        Network,       ///< connection refused, reset, DNS, proxy
        Tls,           ///< certificate or handshake failure; never bypassed
        Timeout,       ///< the idle watchdog saw no bytes for too long
        Http,          ///< the server answered 4xx/5xx
        Provider,      ///< the provider reported an error inside the stream
        Protocol,      ///< the bytes do not follow the wire format
        LimitExceeded, ///< a line, event or reply broke a configured limit
        Interrupted,   ///< the stream ended before the provider's end signal
        Cancelled,     ///< the user stopped it
        Unavailable,   ///< a service the app needs is missing, e.g. no keychain
    };
    Q_ENUM(Kind)

    Kind kind = Kind::Network;
    QString message;
    int httpStatus = 0;
    bool retryable = false;
    /// How long the server asked us to wait (HTTP Retry-After), if it did.
    std::optional<std::chrono::seconds> retryAfter;
    /// How many times the connector tried again before it gave up (0: the
    /// first failure ended the reply).
    int retries = 0;

    static Error make(Kind kind, QString message, bool retryable = false)
    {
        Error e;
        e.kind = kind;
        e.message = std::move(message);
        e.retryable = retryable;
        return e;
    }

    friend bool operator==(const Error &, const Error &) = default;
};

/// A short lower-case name of the kind, for logs and the CLI ("network", "http"...).
QString kindName(Error::Kind kind);

} // namespace inkchat

Q_DECLARE_METATYPE(inkchat::Error)
