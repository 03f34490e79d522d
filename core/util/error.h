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
/// `kind`, `code` and the other fields are what front ends decide and phrase
/// by; `message` is the detail: the server's or the system's own words where
/// they exist (an HTTP error body, a TLS or SQLite error), else a short
/// description for logs, exports and the detail line of a front end. Logic
/// never looks into `message`. Where core knows exactly what went wrong it
/// says so in `code` (and `subject`), and the front ends put it in their own
/// words: the app with tr() (StatusText), the CLI with its own (sessiontext).
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

    /// What exactly went wrong, where core can tell; None: `kind` and
    /// `message` are all there is. `subject` is what a code is about.
    enum class Code {
        None,
        StoreFolderNotCreatable, ///< the conversation database's folder `subject` cannot be made
        StoreNotADatabase,       ///< `subject` is a foreign or damaged file; left unchanged
        StoreUnreadable,         ///< the database `subject` cannot be read (message: SQLite's words)
        StoreTooOldToUpgrade,    ///< `subject` needs upgrading but cannot be written; left unchanged
        StoreFromNewerVersion,   ///< `subject` was written by a newer Inkchat; left unchanged
        StoreDriverMissing,      ///< Qt's SQLite driver is not installed
        ImportNotRecognised,     ///< neither an Inkchat JSON export nor a ChatGPT conversations.json
        ImportTooLarge,          ///< larger than the import limit of `subject` MiB
        ImportFromNewerVersion,  ///< an Inkchat transcript of format version `subject`, too new
    };
    Q_ENUM(Code)

    Kind kind = Kind::Network;
    Code code = Code::None;
    /// What `code` is about, as people know it: a file's native path, a number.
    QString subject;
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

    /// An error core can name: `message` stays the detail for logs.
    static Error coded(Kind kind, Code code, QString subject, QString message)
    {
        Error e = make(kind, std::move(message));
        e.code = code;
        e.subject = std::move(subject);
        return e;
    }

    friend bool operator==(const Error &, const Error &) = default;
};

/// A short lower-case name of the kind, for logs and the CLI ("network", "http"...).
QString kindName(Error::Kind kind);

} // namespace inkchat

Q_DECLARE_METATYPE(inkchat::Error)
