#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

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
/// words: the app with tr() (ProblemText), the CLI with its own catalogue
/// (cli/problemtext.h). `detail` (the words of Qt, the system, a parser or
/// the server) goes verbatim; a terminal escapes its control characters.
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
        ImportNotJson,           ///< not JSON at byte `subject` (values: line, column; detail: the parser's)
        ImportValueTooLarge,     ///< the JSON value at `subject` is larger than values[0] MiB
        TranscriptNotAnObject,   ///< the file is not a JSON object, so no Inkchat transcript
        TranscriptWrongFormat,   ///< the file's "format" is not `subject`, so no Inkchat transcript
        // The Inkchat transcript's field at the JSON path `subject`:
        FieldMissing,        ///< is missing
        FieldNotString,      ///< must be a string
        FieldEmpty,          ///< must not be empty
        FieldNotTime,        ///< must be an ISO 8601 time or null
        FieldNotWholeNumber, ///< must be a whole number from values[0] to values[1]
        FieldNotNumber,      ///< must be a number from values[0] to values[1]
        FieldNotArray,       ///< must be an array
        FieldNotObject,      ///< must be an object
        FieldUnknownRole,    ///< names the unknown role values[0]
        FieldUnknownStatus,  ///< names the unknown status values[0]
        FieldNotBase64,      ///< is not base64
        FieldNotAnImage,     ///< holds values[0], which is no PNG, JPEG, GIF or WebP image
        FieldImageTooLarge,  ///< holds values[0] of values[1] bytes; images of up to values[2] bytes
        // A ChatGPT conversations.json:
        ChatGptNotAnArray,  ///< it is not a JSON array of conversations
        ChatGptNotAnObject, ///< its conversation `subject` (from 1) is not an object
        ChatGptNoId,        ///< its conversation `subject` has no "id"
        ChatGptNoMapping,   ///< its conversation `subject` has no "mapping" object
        ChatGptCycle,       ///< its conversation `subject` has a message tree with a cycle
        // An image to attach:
        ImageNotAnImage, ///< `subject` is no PNG, JPEG, GIF or WebP image
        ImageTooLarge,   ///< `subject` is values[0] bytes; images of up to values[1] bytes
        ImageUnreadable, ///< `subject` cannot be read (detail: the system's reason)

        TlsFailed,                 ///< the secure connection to `subject` failed (detail: Qt's TLS errors)
        CaFileUnreadable,          ///< the CA file `subject` cannot be read (detail: the system's reason)
        CaFileTooLarge,            ///< the CA file `subject` is too large to be one
        CaFileHasNoCertificate,    ///< the CA file `subject` holds no PEM certificate
        HostUnreachable,           ///< `subject` cannot be reached (detail: Qt's reason)
        ProxyUnreachable,          ///< `subject` cannot be reached through the proxy values[0] (detail: Qt's)
        ConnectionBroke,           ///< the connection to `subject` broke during the reply (detail: Qt's)
        WebSocketUnreachable,      ///< no WebSocket to `subject` opens (detail: Qt's reason)
        WebSocketProxyUnreachable, ///< no WebSocket to `subject` opens through the proxy values[0]
        HostTimedOut,              ///< `subject` took too long (detail: Qt's reason)
        NoDataFor,                 ///< no data from the server for `subject` s
        ServerSilent,              ///< the server did not answer within `subject` s
        ReplyStalled,              ///< no part of the reply for `subject` s, though the server kept answering
        ReplyTooLong,              ///< the reply is longer than `subject` characters
        HttpStatus,                ///< the server answered `httpStatus`, and said nothing a provider reads
        RedirectedElsewhere, ///< the origin `subject` redirected to another, values[0]; nothing was sent
        CompressedBody,      ///< `subject` sent a values[0]-compressed body though none was asked for
        ReplyAnsweredAfresh, ///< the connection broke and the server answered again from the start
        StreamEndedEarly,    ///< the stream ended before the provider said it was complete
        WebSocketHandshakeTimeout, ///< the WebSocket upgrade did not complete within `subject` s
        NoMessageFor,              ///< no WebSocket message from the server for `subject` s
        WebSocketMessageTooLarge,  ///< `subject` closed the WebSocket for a message over values[0] bytes
        WebSocketUpgradeRefused,   ///< `subject` refused the WebSocket upgrade with `httpStatus`
        WebSocketClosedEarly,      ///< the WebSocket to `subject` closed before a message (detail: why)
        WebSocketBroke,            ///< the WebSocket to `subject` broke during the reply (detail: why)
        ProxyNotAUrl,              ///< `subject` is no proxy URL, none or system
        ProxyUnsupportedScheme,    ///< the proxy URL's scheme `subject` is neither http nor socks5
        // Provider streams and protocols:
        ProviderReported,        ///< `subject` (empty: the provider) reported an error (detail: its words)
        ProviderReportedNoWords, ///< `subject` (empty: the provider) reported an error without a message
        PromptBlocked,           ///< Gemini blocked the prompt for the reason `subject` (detail: its words)
        ResponseFailed,          ///< the provider's response failed, and it said no more
        ResponseCancelled,       ///< the provider's response was cancelled on its side
        ResponseStatusUnknown,   ///< the provider sent a response with the unknown status `subject`
        RelayReplyEnded,         ///< the relay's reply ended with the status `subject`, and it said no more
        EventNotJson,   ///< `subject` (empty: the server) sent an event that is no JSON object (detail: the
                        ///< event's start, or the parser's words)
        LineNotJson,    ///< `subject` sent a line that is no JSON object (detail: the parser's words)
        EmptyJsonReply, ///< the server sent an empty body where a JSON reply was expected
        ReplyNotJson,   ///< the reply is no JSON object (values: the parser's words, empty when it
                        ///< is JSON; detail: the body's start)
        NotAModelList,  ///< the answer is no JSON object with a `subject` array of models
        RelayAnswerHasNoToken, ///< the relay's answer to a pairing has no device token
        LineTooLong,           ///< a line of the stream is longer than `subject` bytes
        EventTooLarge,         ///< an event of the stream is larger than `subject` bytes
        MessageTooLarge,       ///< a WebSocket message is larger than `subject` bytes
        BodyTooLarge,          ///< the reply body is larger than `subject` bytes
        StrayTextTooLong,      ///< `subject` wrote more than values[0] bytes of text between events
        NotAWebSocketUrl,      ///< a WebSocket needs a ws:// or wss:// URL, not `subject`
        RequestCancelled,      ///< Qt's network stack cancelled the request

        UnknownProvider,       ///< the endpoint's provider `subject` is not one Inkchat knows
        ProviderTakesNoImages, ///< endpoints of the provider `subject` are sent no images
        ModelListUnsupported,  ///< endpoints of the provider `subject` do not list their models
        NoSuchVersion,         ///< no such message, or a reply is still coming
        PairingNeedsRelay,     ///< only an Inkchat relay pairs with a code
        AnswerTooSlow,         ///< a bounded answer (a model list, a pairing) took over `subject` s
        AnswerTooLarge,        ///< a bounded answer was larger than `subject` bytes; it was not read

        ExportIsAFolder,         ///< the export's target `subject` is a folder
        ExportFolderMissing,     ///< the folder values[0] of the export `subject` does not exist
        ExportFolderNotWritable, ///< the folder values[0] of the export `subject` is not writable
        ExportNotWritten,        ///< `subject` cannot be written (detail: the system's or libzip's reason)
        ExportPdfNeedsGui,       ///< PDF export needs the platform library and a QGuiApplication

        // Files, the store and the keychain:
        FileUnreadable,         ///< `subject` (empty: a pipe) cannot be read (detail: the system's reason)
        ImportTooDeep,          ///< the JSON nests deeper than `subject` levels
        ImportInvalidJson,      ///< not JSON, and the parser named no place (detail: its words, if any)
        FieldNotBoolean,        ///< the transcript's field at `subject` must be true or false
        ImportMessageElsewhere, ///< the transcript's message `subject` (a uuid) is in another conversation
        TooManyImages,          ///< a message carries `subject` images; it can carry up to values[0]
        NoSuchConversation,     ///< there is no conversation with id `subject`
        NoSuchMessage,          ///< there is no message with id `subject`
        NoPendingMessage,       ///< there is no message with id `subject` waiting to be sent
        NoSuchMessageVersion,   ///< the message `subject` has no version values[0]
        StoreFull,              ///< the disk of the conversation database is full (detail: SQLite's)
        StoreReadOnly,          ///< the conversation database cannot be written (detail: SQLite's)
        StoreFailed,            ///< the conversation database failed otherwise (detail: SQLite's words)
        ExportPdfEngineFailed,  ///< the PDF engine did not start, or failed, writing `subject`
        KeychainLocked,         ///< the keychain refused, as a locked one does (detail: QtKeychain's)
        KeychainDenied,         ///< the user denied Inkchat access to the keychain (detail: QtKeychain's)
        KeychainMissing,        ///< no keychain (Secret Service) answers (detail: QtKeychain's)
    };
    Q_ENUM(Code)

    Kind kind = Kind::Network;
    Code code = Code::None;
    /// What `code` is about, as people know it: a file's native path, a
    /// host, a number.
    QString subject;
    /// Further values a code's sentence holds, as its comment lists them.
    QStringList values;
    /// Someone else's words that go with `code`, verbatim and never
    /// translated: Qt's or the system's reason, a parser's.
    QString detail;
    QString message;
    int httpStatus = 0;
    bool retryable = false;
    /// How long the server asked us to wait (HTTP Retry-After), if it did.
    std::optional<std::chrono::seconds> retryAfter;
    /// How many times the connector tried again before it gave up (0: the
    /// first failure ended the reply).
    int retries = 0;
    /// Why the connector stopped asking again before its retries ran out.
    enum class GaveUp {
        No,
        RestartsInVain,   ///< asked again from the start gaveUpValues[0] times, it broke off no later
        ReconnectTooLate, ///< the server asks to reconnect in gaveUpValues[0] s, over gaveUpValues[1] s
    };
    Q_ENUM(GaveUp)
    GaveUp gaveUp = GaveUp::No;
    QStringList gaveUpValues;

    static Error make(Kind kind, QString message, bool retryable = false)
    {
        Error e;
        e.kind = kind;
        e.message = std::move(message);
        e.retryable = retryable;
        return e;
    }

    /// An error core can name: `message` stays the detail for logs.
    static Error coded(Kind kind, Code code, QString subject, QString message, bool retryable = false)
    {
        Error e = make(kind, std::move(message), retryable);
        e.code = code;
        e.subject = std::move(subject);
        return e;
    }

    /// `code`'s further values and others' words, on a coded error.
    Error with(QStringList furtherValues, QString othersWords = {}) &&
    {
        values = std::move(furtherValues);
        detail = std::move(othersWords);
        return std::move(*this);
    }

    friend bool operator==(const Error &, const Error &) = default;
};

/// A short lower-case name of the kind, for logs and the CLI ("network", "http"...).
QString kindName(Error::Kind kind);

} // namespace inkchat

Q_DECLARE_METATYPE(inkchat::Error)
