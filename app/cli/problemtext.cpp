#include "problemtext.h"

#include "storageproblemtext.h"
#include "streamproblemtext.h"

#include "chat/attachment.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace inkchat::cli {

namespace {

/// The sentences of a file that is no Inkchat transcript or ChatGPT export,
/// and of an image that cannot be attached.
QString describeFileProblem(const Error &error)
{
    const QString at = error.subject;
    const QString first = error.values.value(0);
    const QString second = error.values.value(1);
    switch (error.code) {
    case Error::Code::TranscriptNotAnObject:
        return QCoreApplication::translate("inkchat-cli",
                                           "Not an Inkchat transcript: the file is not a JSON object.");
    case Error::Code::TranscriptWrongFormat:
        return QCoreApplication::translate("inkchat-cli",
                                           "Not an Inkchat transcript: \"format\" is not \"%1\".")
            .arg(at);
    case Error::Code::FieldMissing:
        return QCoreApplication::translate("inkchat-cli", "Not a valid Inkchat transcript: %1: missing.")
            .arg(at);
    case Error::Code::FieldNotString:
        return QCoreApplication::translate("inkchat-cli",
                                           "Not a valid Inkchat transcript: %1: must be a string.")
            .arg(at);
    case Error::Code::FieldEmpty:
        return QCoreApplication::translate("inkchat-cli",
                                           "Not a valid Inkchat transcript: %1: must not be empty.")
            .arg(at);
    case Error::Code::FieldNotTime:
        return QCoreApplication::translate(
                   "inkchat-cli", "Not a valid Inkchat transcript: %1: must be an ISO 8601 time such as "
                                  "\"2026-11-22T10:00:00.000Z\" or null.")
            .arg(at);
    case Error::Code::FieldNotWholeNumber:
        return QCoreApplication::translate(
                   "inkchat-cli", "Not a valid Inkchat transcript: %1: must be a whole number from %2 to %3.")
            .arg(at, first, second);
    case Error::Code::FieldNotNumber:
        return QCoreApplication::translate(
                   "inkchat-cli", "Not a valid Inkchat transcript: %1: must be a number from %2 to %3.")
            .arg(at, first, second);
    case Error::Code::FieldNotArray:
        return QCoreApplication::translate("inkchat-cli",
                                           "Not a valid Inkchat transcript: %1: must be an array.")
            .arg(at);
    case Error::Code::FieldNotObject:
        return QCoreApplication::translate("inkchat-cli",
                                           "Not a valid Inkchat transcript: %1: must be an object.")
            .arg(at);
    case Error::Code::FieldUnknownRole:
        return QCoreApplication::translate("inkchat-cli",
                                           "Not a valid Inkchat transcript: %1: unknown role \"%2\".")
            .arg(at, first);
    case Error::Code::FieldUnknownStatus:
        return QCoreApplication::translate("inkchat-cli",
                                           "Not a valid Inkchat transcript: %1: unknown status \"%2\".")
            .arg(at, first);
    case Error::Code::FieldNotBase64:
        return QCoreApplication::translate("inkchat-cli", "Not a valid Inkchat transcript: %1: not base64.")
            .arg(at);
    case Error::Code::FieldNotAnImage:
        return QCoreApplication::translate(
                   "inkchat-cli",
                   "Not a valid Inkchat transcript: %1: %2 is not a PNG, JPEG, GIF or WebP image, which is "
                   "what vision models read.")
            .arg(at, first);
    case Error::Code::FieldImageTooLarge:
        return QCoreApplication::translate(
                   "inkchat-cli",
                   "Not a valid Inkchat transcript: %1: %2 is %3; images of up to %4 can be attached.")
            .arg(at, first, chat::readableSize(second.toLongLong()),
                 chat::readableSize(error.values.value(2).toLongLong()));
    case Error::Code::ChatGptNotAnArray:
        return QCoreApplication::translate(
            "inkchat-cli", "Not a ChatGPT export: conversations.json holds a JSON array of conversations.");
    case Error::Code::ChatGptNotAnObject:
        return QCoreApplication::translate("inkchat-cli",
                                           "Not a ChatGPT export: conversation %1 is not an object.")
            .arg(at);
    case Error::Code::ChatGptNoId:
        return QCoreApplication::translate("inkchat-cli",
                                           "Not a ChatGPT export: conversation %1 has no \"id\".")
            .arg(at);
    case Error::Code::ChatGptNoMapping:
        return QCoreApplication::translate("inkchat-cli",
                                           "Not a ChatGPT export: conversation %1 has no \"mapping\" object.")
            .arg(at);
    case Error::Code::ChatGptCycle:
        return QCoreApplication::translate(
                   "inkchat-cli", "Not a ChatGPT export: conversation %1 has a message tree with a cycle.")
            .arg(at);
    case Error::Code::ImageNotAnImage:
        return QCoreApplication::translate(
                   "inkchat-cli",
                   "%1 is not a PNG, JPEG, GIF or WebP image, which is what vision models read.")
            .arg(at);
    case Error::Code::ImageTooLarge:
        return QCoreApplication::translate("inkchat-cli", "%1 is %2; images of up to %3 can be attached.")
            .arg(at, chat::readableSize(first.toLongLong()), chat::readableSize(second.toLongLong()));
    case Error::Code::ImageUnreadable:
        return QCoreApplication::translate("inkchat-cli", "Could not read %1: %2").arg(at, error.detail);
    default:
        return error.message;
    }
}

/// "<what>: <the other side's words>", when it said any.
QString withDetail(const QString &what, const QString &detail)
{
    return detail.isEmpty() ? what : what + u": "_s + detail;
}

/// describeProblem() for the problems of sessions, connections, exports and
/// imports' JSON: the same words the CLI printed when core wrote them.
QString describeConnectionProblem(const Error &error)
{
    switch (error.code) {
    case Error::Code::ImportNotJson:
        if (error.values.size() == 2)
            return QCoreApplication::translate("inkchat-cli",
                                               "Not valid JSON at line %1, column %2 (byte %3): %4.")
                .arg(error.values[0], error.values[1], error.subject, error.detail);
        return QCoreApplication::translate("inkchat-cli", "Not valid JSON at byte %1: %2.")
            .arg(error.subject, error.detail);
    case Error::Code::ImportValueTooLarge:
        return QCoreApplication::translate(
                   "inkchat-cli", "The value at %1 is larger than %2 MiB, the most an import reads at once.")
            .arg(error.subject, error.values.value(0));
    case Error::Code::TlsFailed:
        return QCoreApplication::translate("inkchat-cli", "secure connection to %1 failed: %2")
            .arg(error.subject, error.detail);
    case Error::Code::CaFileUnreadable:
        return QCoreApplication::translate("inkchat-cli", "can't read the CA file %1: %2")
            .arg(error.subject, error.detail);
    case Error::Code::CaFileTooLarge:
        return QCoreApplication::translate("inkchat-cli", "%1 is too large to be a CA file")
            .arg(error.subject);
    case Error::Code::CaFileHasNoCertificate:
        return QCoreApplication::translate("inkchat-cli",
                                           "%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)")
            .arg(error.subject);
    case Error::Code::HostUnreachable:
        return QCoreApplication::translate("inkchat-cli", "cannot reach %1: %2")
            .arg(error.subject, error.detail);
    case Error::Code::ProxyUnreachable:
        return QCoreApplication::translate("inkchat-cli", "cannot reach %1 through the proxy %2: %3")
            .arg(error.subject, error.values.value(0), error.detail);
    case Error::Code::ConnectionBroke:
        return QCoreApplication::translate("inkchat-cli", "the connection to %1 broke during the reply: %2")
            .arg(error.subject, error.detail);
    case Error::Code::WebSocketUnreachable:
        return QCoreApplication::translate("inkchat-cli", "cannot open a WebSocket to %1: %2")
            .arg(error.subject, error.detail);
    case Error::Code::WebSocketProxyUnreachable:
        return QCoreApplication::translate("inkchat-cli",
                                           "cannot open a WebSocket to %1 through the proxy %2: %3")
            .arg(error.subject, error.values.value(0), error.detail);
    case Error::Code::HostTimedOut:
        return QCoreApplication::translate("inkchat-cli", "%1: %2").arg(error.subject, error.detail);
    case Error::Code::NoDataFor:
        return QCoreApplication::translate("inkchat-cli", "no data from the server for %1 s")
            .arg(error.subject);
    case Error::Code::ServerSilent:
        return QCoreApplication::translate("inkchat-cli", "the server did not answer within %1 s")
            .arg(error.subject);
    case Error::Code::ReplyStalled:
        return QCoreApplication::translate("inkchat-cli",
                                           "no part of the reply arrived for %1 s, though the server kept "
                                           "answering (heartbeats or a trickle of bytes)")
            .arg(error.subject);
    case Error::Code::ReplyTooLong:
        return QCoreApplication::translate(
                   "inkchat-cli", "the reply is longer than the maximum reply length (%1 characters)")
            .arg(error.subject);
    case Error::Code::HttpStatus:
        if (error.detail.isEmpty())
            return QCoreApplication::translate("inkchat-cli", "HTTP %1").arg(error.subject);
        return QCoreApplication::translate("inkchat-cli", "HTTP %1: %2").arg(error.subject, error.detail);
    case Error::Code::RedirectedElsewhere:
        return QCoreApplication::translate(
                   "inkchat-cli", "%1 redirected the request to %2, another origin; nothing was sent "
                                  "there (if the endpoint has moved, change its base URL)")
            .arg(error.subject, error.values.value(0));
    case Error::Code::CompressedBody:
        return QCoreApplication::translate(
                   "inkchat-cli", "%1 sent a %2-compressed body although an uncompressed one was asked "
                                  "for")
            .arg(error.subject, error.values.value(0));
    case Error::Code::ReplyAnsweredAfresh:
        return QCoreApplication::translate("inkchat-cli",
                                           "the connection broke; the server answered again from the start");
    case Error::Code::StreamEndedEarly:
        return QCoreApplication::translate("inkchat-cli",
                                           "the stream ended before the provider said it was complete");
    case Error::Code::WebSocketHandshakeTimeout:
        return QCoreApplication::translate("inkchat-cli",
                                           "the WebSocket upgrade did not complete within %1 s")
            .arg(error.subject);
    case Error::Code::NoMessageFor:
        return QCoreApplication::translate("inkchat-cli", "no message from the server for %1 s")
            .arg(error.subject);
    case Error::Code::WebSocketMessageTooLarge:
        return QCoreApplication::translate("inkchat-cli",
                                           "the WebSocket to %1 was closed for a message larger than the "
                                           "maximum event size (%2 bytes)")
            .arg(error.subject, error.values.value(0));
    case Error::Code::WebSocketUpgradeRefused:
        return QCoreApplication::translate("inkchat-cli", "%1 refused the WebSocket upgrade with HTTP %2")
            .arg(error.subject)
            .arg(error.httpStatus);
    case Error::Code::WebSocketClosedEarly:
        return withDetail(
            QCoreApplication::translate("inkchat-cli", "the WebSocket to %1 closed before the first message")
                .arg(error.subject),
            error.detail);
    case Error::Code::WebSocketBroke:
        return withDetail(
            QCoreApplication::translate("inkchat-cli", "the WebSocket to %1 broke during the reply")
                .arg(error.subject),
            error.detail);
    case Error::Code::ProxyNotAUrl:
        return QCoreApplication::translate(
                   "inkchat-cli",
                   "not a proxy URL: %1 (expected http://host:port, socks5://host:port, none or system)")
            .arg(error.subject);
    case Error::Code::ProxyUnsupportedScheme:
        return QCoreApplication::translate("inkchat-cli",
                                           "unsupported proxy scheme %1: use http:// or socks5://")
            .arg(error.subject);
    case Error::Code::UnknownProvider:
        return QCoreApplication::translate("inkchat-cli", "unknown provider \"%1\"").arg(error.subject);
    case Error::Code::ProviderTakesNoImages:
        return QCoreApplication::translate(
                   "inkchat-cli",
                   "%1 endpoints are sent no images; choose an endpoint of OpenAI, Anthropic, Gemini or "
                   "Ollama for a message with images.")
            .arg(error.subject);
    case Error::Code::ModelListUnsupported:
        return QCoreApplication::translate("inkchat-cli",
                                           "%1 endpoints do not list their models; type the model's name")
            .arg(error.subject);
    case Error::Code::NoSuchVersion:
        return QCoreApplication::translate("inkchat-cli", "no such message, or a reply is still coming");
    case Error::Code::PairingNeedsRelay:
        return QCoreApplication::translate("inkchat-cli", "only an Inkchat relay pairs with a code");
    case Error::Code::AnswerTooSlow:
        return QCoreApplication::translate("inkchat-cli", "no answer came within %1 s").arg(error.subject);
    case Error::Code::AnswerTooLarge:
        return QCoreApplication::translate("inkchat-cli", "the answer is larger than %1; it was not read")
            .arg(QLocale::c().formattedDataSize(error.subject.toLongLong(), 0));
    case Error::Code::ExportIsAFolder:
        return QCoreApplication::translate("inkchat-cli", "Cannot write %1: it is a folder")
            .arg(error.subject);
    case Error::Code::ExportFolderMissing:
        return QCoreApplication::translate("inkchat-cli", "Cannot write %1: the folder %2 does not exist")
            .arg(error.subject, error.values.value(0));
    case Error::Code::ExportFolderNotWritable:
        return QCoreApplication::translate("inkchat-cli", "Cannot write %1: the folder %2 is not writable")
            .arg(error.subject, error.values.value(0));
    case Error::Code::ExportNotWritten:
        return QCoreApplication::translate("inkchat-cli", "Cannot write %1: %2")
            .arg(error.subject, error.detail);
    case Error::Code::ExportPdfNeedsGui:
        return QCoreApplication::translate(
            "inkchat-cli",
            "PDF export needs Qt's GUI library, which this program was built or started without; "
            "choose another format");
    default:
        return describeFileProblem(error);
    }
}

} // namespace

QString describeProblem(const Error &error)
{
    if (std::optional<QString> text = describeStreamProblem(error))
        return *std::move(text);
    if (std::optional<QString> text = describeStorageProblem(error))
        return *std::move(text);
    switch (error.code) {
    case Error::Code::None:
        break;
    case Error::Code::StoreFolderNotCreatable:
        return QCoreApplication::translate("inkchat-cli",
                                           "cannot create the folder %1 for the conversation store")
            .arg(error.subject);
    case Error::Code::StoreNotADatabase:
        return QCoreApplication::translate(
                   "inkchat-cli",
                   "%1 is not an Inkchat conversation database, or it is damaged; it was left unchanged")
            .arg(error.subject);
    case Error::Code::StoreUnreadable:
        return QCoreApplication::translate("inkchat-cli", "cannot read the conversation store: %1")
            .arg(error.message);
    case Error::Code::StoreTooOldToUpgrade:
        return QCoreApplication::translate(
                   "inkchat-cli",
                   "the conversation store %1 must be upgraded for this Inkchat but cannot be written (a "
                   "read-only or full disk); it was left unchanged")
            .arg(error.subject);
    case Error::Code::StoreFromNewerVersion:
        return QCoreApplication::translate(
                   "inkchat-cli",
                   "the conversation store %1 was written by a newer Inkchat; update Inkchat to open it (the "
                   "file was left unchanged)")
            .arg(error.subject);
    case Error::Code::StoreDriverMissing:
        return QCoreApplication::translate(
            "inkchat-cli", "Qt's SQLite driver (QSQLITE) is not installed; conversations cannot be stored");
    case Error::Code::ImportNotRecognised:
        return QCoreApplication::translate(
            "inkchat-cli", "it is neither an Inkchat JSON export nor a ChatGPT conversations.json");
    case Error::Code::ImportTooLarge:
        return QCoreApplication::translate("inkchat-cli",
                                           "The file is larger than the import limit of %1 MiB.")
            .arg(error.subject);
    case Error::Code::ImportFromNewerVersion:
        return QCoreApplication::translate(
                   "inkchat-cli",
                   "this transcript is from a newer Inkchat (format version %1); update Inkchat to import it")
            .arg(error.subject);
    default:
        return describeConnectionProblem(error);
    }
    return error.message;
}

} // namespace inkchat::cli
