#include "problemtext.h"

#include <QLocale>

namespace inkchat::app {

namespace {

/// "<sentence> <the other side's words>", when it said any.
QString withDetail(const QString &sentence, const QString &detail)
{
    return detail.isEmpty() ? sentence : ProblemText::tr("%1 %2").arg(sentence, detail);
}

/// A size as people read it here: "5.0 MB".
QString dataSize(const QString &bytes)
{
    return QLocale().formattedDataSize(bytes.toLongLong(), 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

QString ProblemText::fileProblem(const Error &error)
{
    const QString at = error.subject;
    const QString first = error.values.value(0);
    const QString second = error.values.value(1);
    switch (error.code) {
    case Error::Code::TranscriptNotAnObject:
        return tr("This is not an Inkchat transcript: the file is not a JSON object.");
    case Error::Code::TranscriptWrongFormat:
        return tr("This is not an Inkchat transcript: its “format” is not “%1”.").arg(at);
    case Error::Code::FieldMissing:
        return tr("This is not a valid Inkchat transcript: %1 is missing.").arg(at);
    case Error::Code::FieldNotString:
        return tr("This is not a valid Inkchat transcript: %1 must be a string.").arg(at);
    case Error::Code::FieldEmpty:
        return tr("This is not a valid Inkchat transcript: %1 must not be empty.").arg(at);
    case Error::Code::FieldNotTime:
        return tr("This is not a valid Inkchat transcript: %1 must be an ISO 8601 time such as "
                  "“2026-11-22T10:00:00.000Z”, or null.")
            .arg(at);
    case Error::Code::FieldNotWholeNumber:
        return tr("This is not a valid Inkchat transcript: %1 must be a whole number from %2 to %3.")
            .arg(at, first, second);
    case Error::Code::FieldNotNumber:
        return tr("This is not a valid Inkchat transcript: %1 must be a number from %2 to %3.")
            .arg(at, first, second);
    case Error::Code::FieldNotArray:
        return tr("This is not a valid Inkchat transcript: %1 must be an array.").arg(at);
    case Error::Code::FieldNotObject:
        return tr("This is not a valid Inkchat transcript: %1 must be an object.").arg(at);
    case Error::Code::FieldNotBoolean:
        return tr("This is not a valid Inkchat transcript: %1 must be true or false.").arg(at);
    case Error::Code::FieldUnknownRole:
        return tr("This is not a valid Inkchat transcript: %1 names the unknown role “%2”.").arg(at, first);
    case Error::Code::FieldUnknownStatus:
        return tr("This is not a valid Inkchat transcript: %1 names the unknown status “%2”.").arg(at, first);
    case Error::Code::FieldNotBase64:
        return tr("This is not a valid Inkchat transcript: %1 is not base64.").arg(at);
    case Error::Code::FieldNotAnImage:
        return tr("This is not a valid Inkchat transcript: %1 holds %2, which is not a PNG, JPEG, GIF or "
                  "WebP image.")
            .arg(at, first);
    case Error::Code::FieldImageTooLarge:
        return tr("This is not a valid Inkchat transcript: %1 holds %2, which is %3; images of up to %4 can "
                  "be attached.")
            .arg(at, first, dataSize(second), dataSize(error.values.value(2)));
    case Error::Code::ChatGptNotAnArray:
        return tr("This is not a ChatGPT export: its conversations.json holds no list of conversations.");
    case Error::Code::ChatGptNotAnObject:
        return tr("This is not a ChatGPT export: its conversation %1 is not an object.").arg(at);
    case Error::Code::ChatGptNoId:
        return tr("This is not a ChatGPT export: its conversation %1 has no “id”.").arg(at);
    case Error::Code::ChatGptNoMapping:
        return tr("This is not a ChatGPT export: its conversation %1 has no “mapping”.").arg(at);
    case Error::Code::ChatGptCycle:
        return tr("This is not a ChatGPT export: the messages of its conversation %1 form a cycle.").arg(at);
    case Error::Code::ImageNotAnImage:
        return tr("%1 is not a PNG, JPEG, GIF or WebP image, which is what vision models read.").arg(at);
    case Error::Code::ImageTooLarge:
        return tr("%1 is %2; images of up to %3 can be attached.").arg(at, dataSize(first), dataSize(second));
    case Error::Code::ImageUnreadable:
    case Error::Code::FileUnreadable:
        if (at.isEmpty())
            return tr("The file cannot be read: %1").arg(error.detail);
        return tr("%1 cannot be read: %2").arg(at, error.detail);
    default:
        return error.message;
    }
}

QString ProblemText::streamProblem(const Error &error)
{
    switch (error.code) {
    case Error::Code::ProviderReported:
        if (error.subject.isEmpty())
            return tr("The provider reported an error: %1").arg(error.detail);
        return tr("%1 reported an error: %2").arg(error.subject, error.detail);
    case Error::Code::ProviderReportedNoWords:
        if (error.subject.isEmpty())
            return tr("The provider reported an error without saying what it was.");
        return tr("%1 reported an error without saying what it was.").arg(error.subject);
    case Error::Code::PromptBlocked:
        if (error.detail.isEmpty())
            return tr("Gemini blocked the prompt (%1).").arg(error.subject);
        return tr("Gemini blocked the prompt (%1): %2").arg(error.subject, error.detail);
    case Error::Code::ResponseFailed:
        return tr("The provider reports that the response failed.");
    case Error::Code::ResponseCancelled:
        return tr("The provider reports that the response was cancelled.");
    case Error::Code::ResponseStatusUnknown:
        return tr("The server sent a response with the unknown status “%1”.").arg(error.subject);
    case Error::Code::RelayReplyEnded:
        return tr("The relay's reply ended without its answer (%1).").arg(error.subject);
    case Error::Code::EventNotJson:
        if (error.subject.isEmpty())
            return tr("The server sent an event that is not a JSON object: %1").arg(error.detail);
        return tr("%1 sent an event that is not a JSON object: %2").arg(error.subject, error.detail);
    case Error::Code::LineNotJson:
        return tr("%1 sent a line that is not a JSON object: %2").arg(error.subject, error.detail);
    case Error::Code::EmptyJsonReply:
        return tr("The server sent an empty answer where a JSON reply was expected.");
    case Error::Code::ReplyNotJson:
        if (error.values.value(0).isEmpty())
            return tr("The server's reply is JSON but not a JSON object: %1").arg(error.detail);
        return tr("The server's reply is not JSON (%1): %2").arg(error.values.value(0), error.detail);
    case Error::Code::NotAModelList:
        return tr("The answer is not a model list (a JSON object with a “%1” array).").arg(error.subject);
    case Error::Code::RelayAnswerHasNoToken:
        return tr("The relay's answer holds no device token.");
    case Error::Code::LineTooLong:
        return tr("The stream was refused: a line is longer than %1.").arg(dataSize(error.subject));
    case Error::Code::EventTooLarge:
        return tr("The stream was refused: an event is larger than %1.").arg(dataSize(error.subject));
    case Error::Code::MessageTooLarge:
        return tr("The stream was refused: a message is larger than %1.").arg(dataSize(error.subject));
    case Error::Code::BodyTooLarge:
        return tr("The reply was refused: it is larger than %1.").arg(dataSize(error.subject));
    case Error::Code::StrayTextTooLong:
        return tr("%1 wrote more than %2 of text between events.")
            .arg(error.subject, dataSize(error.values.value(0)));
    case Error::Code::NotAWebSocketUrl:
        return tr("A WebSocket needs a ws:// or wss:// address, not %1.").arg(error.subject);
    case Error::Code::RequestCancelled:
        return tr("The request was cancelled.");
    default:
        return error.message;
    }
}

QString ProblemText::of(const Error &error)
{
    switch (error.code) {
    case Error::Code::None:
        break;
    case Error::Code::StoreFolderNotCreatable:
        return tr("The folder %1 for the conversations cannot be created.").arg(error.subject);
    case Error::Code::StoreNotADatabase:
        return tr("%1 is not an Inkchat conversation database, or it is damaged; it was left unchanged.")
            .arg(error.subject);
    case Error::Code::StoreUnreadable:
        return tr("The conversation database cannot be read: %1").arg(error.message);
    case Error::Code::StoreTooOldToUpgrade:
        return tr("The conversation database %1 is from an older Inkchat and must be upgraded, but it "
                  "cannot be written (a read-only or full disk); it was left unchanged.")
            .arg(error.subject);
    case Error::Code::StoreFromNewerVersion:
        return tr("The conversation database %1 was written by a newer Inkchat; update Inkchat to open it. "
                  "It was left unchanged.")
            .arg(error.subject);
    case Error::Code::StoreDriverMissing:
        return tr("Qt's SQLite driver is not installed, so conversations cannot be stored.");
    case Error::Code::ImportNotRecognised:
        return tr("It is neither an Inkchat JSON export nor a ChatGPT conversations.json.");
    case Error::Code::ImportTooLarge:
        return tr("The file is larger than the import limit of %1 MiB.")
            .arg(QLocale().toString(error.subject.toDouble(), 'f', 1));
    case Error::Code::ImportFromNewerVersion:
        return tr("This transcript is from a newer Inkchat (format version %1); update Inkchat to import it.")
            .arg(error.subject);
    case Error::Code::ImportNotJson:
        if (error.values.size() == 2)
            return tr("Not valid JSON at line %1, column %2 (byte %3): %4")
                .arg(error.values[0], error.values[1], error.subject, error.detail);
        return tr("Not valid JSON at byte %1: %2").arg(error.subject, error.detail);
    case Error::Code::TranscriptNotAnObject:
    case Error::Code::TranscriptWrongFormat:
    case Error::Code::FieldMissing:
    case Error::Code::FieldNotString:
    case Error::Code::FieldEmpty:
    case Error::Code::FieldNotTime:
    case Error::Code::FieldNotWholeNumber:
    case Error::Code::FieldNotNumber:
    case Error::Code::FieldNotArray:
    case Error::Code::FieldNotObject:
    case Error::Code::FieldUnknownRole:
    case Error::Code::FieldUnknownStatus:
    case Error::Code::FieldNotBase64:
    case Error::Code::FieldNotAnImage:
    case Error::Code::FieldImageTooLarge:
    case Error::Code::ChatGptNotAnArray:
    case Error::Code::ChatGptNotAnObject:
    case Error::Code::ChatGptNoId:
    case Error::Code::ChatGptNoMapping:
    case Error::Code::ChatGptCycle:
    case Error::Code::ImageNotAnImage:
    case Error::Code::ImageTooLarge:
    case Error::Code::ImageUnreadable:
    case Error::Code::FileUnreadable:
    case Error::Code::FieldNotBoolean:
        return fileProblem(error);
    case Error::Code::ImportValueTooLarge:
        return tr("The value at %1 is larger than %2 MiB, the most an import reads at once.")
            .arg(error.subject, QLocale().toString(error.values.value(0).toDouble(), 'f', 1));
    case Error::Code::TlsFailed:
        return tr("The secure connection to %1 failed: %2").arg(error.subject, error.detail);
    case Error::Code::CaFileUnreadable:
        return tr("The CA file %1 cannot be read: %2").arg(error.subject, error.detail);
    case Error::Code::CaFileTooLarge:
        return tr("%1 is too large to be a CA file.").arg(error.subject);
    case Error::Code::CaFileHasNoCertificate:
        return tr("%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).").arg(error.subject);
    case Error::Code::HostUnreachable:
        return tr("%1 cannot be reached: %2").arg(error.subject, error.detail);
    case Error::Code::ProxyUnreachable:
        return tr("%1 cannot be reached through the proxy %2: %3")
            .arg(error.subject, error.values.value(0), error.detail);
    case Error::Code::ConnectionBroke:
        return tr("The connection to %1 broke during the reply: %2").arg(error.subject, error.detail);
    case Error::Code::WebSocketUnreachable:
        return tr("No WebSocket to %1 could be opened: %2").arg(error.subject, error.detail);
    case Error::Code::WebSocketProxyUnreachable:
        return tr("No WebSocket to %1 could be opened through the proxy %2: %3")
            .arg(error.subject, error.values.value(0), error.detail);
    case Error::Code::HostTimedOut:
        return tr("%1 took too long: %2").arg(error.subject, error.detail);
    case Error::Code::NoDataFor:
        return tr("No data came from the server for %1 s.").arg(error.subject);
    case Error::Code::ServerSilent:
        return tr("The server did not answer within %1 s.").arg(error.subject);
    case Error::Code::ReplyStalled:
        return tr("No part of the reply came for %1 s, though the server kept answering (heartbeats or a "
                  "trickle of bytes).")
            .arg(error.subject);
    case Error::Code::ReplyTooLong:
        return tr("The reply is longer than the longest kept (%1 characters).").arg(error.subject);
    case Error::Code::HttpStatus:
        if (error.detail.isEmpty())
            return tr("The server answered HTTP %1.").arg(error.subject);
        return tr("The server answered HTTP %1: %2").arg(error.subject, error.detail);
    case Error::Code::RedirectedElsewhere:
        return tr("%1 sent the request on to %2, another server; nothing was sent there. If the endpoint has "
                  "moved, change its address in Settings.")
            .arg(error.subject, error.values.value(0));
    case Error::Code::CompressedBody:
        return tr("%1 sent a %2-compressed answer, though an uncompressed one was asked for.")
            .arg(error.subject, error.values.value(0));
    case Error::Code::ReplyAnsweredAfresh:
        return tr("The connection broke; the server answered again from the start.");
    case Error::Code::StreamEndedEarly:
        return tr("The stream ended before the provider said the reply was complete.");
    case Error::Code::WebSocketHandshakeTimeout:
        return tr("The WebSocket upgrade did not complete within %1 s.").arg(error.subject);
    case Error::Code::NoMessageFor:
        return tr("No message came from the server for %1 s.").arg(error.subject);
    case Error::Code::WebSocketMessageTooLarge:
        return tr("The WebSocket to %1 was closed for a message larger than %2 bytes.")
            .arg(error.subject, error.values.value(0));
    case Error::Code::WebSocketUpgradeRefused:
        return tr("%1 refused the WebSocket upgrade with HTTP %2.").arg(error.subject).arg(error.httpStatus);
    case Error::Code::WebSocketClosedEarly:
        return withDetail(tr("The WebSocket to %1 closed before the first message.").arg(error.subject),
                          error.detail);
    case Error::Code::WebSocketBroke:
        return withDetail(tr("The WebSocket to %1 broke during the reply.").arg(error.subject), error.detail);
    case Error::Code::ProxyNotAUrl:
        return tr("%1 is not a proxy address; use http://host:port, socks5://host:port, none or system.")
            .arg(error.subject);
    case Error::Code::ProxyUnsupportedScheme:
        return tr("Proxies of the scheme %1 are not supported; use http:// or socks5://.").arg(error.subject);
    case Error::Code::ProviderReported:
    case Error::Code::ProviderReportedNoWords:
    case Error::Code::PromptBlocked:
    case Error::Code::ResponseFailed:
    case Error::Code::ResponseCancelled:
    case Error::Code::ResponseStatusUnknown:
    case Error::Code::RelayReplyEnded:
    case Error::Code::EventNotJson:
    case Error::Code::LineNotJson:
    case Error::Code::EmptyJsonReply:
    case Error::Code::ReplyNotJson:
    case Error::Code::NotAModelList:
    case Error::Code::RelayAnswerHasNoToken:
    case Error::Code::LineTooLong:
    case Error::Code::EventTooLarge:
    case Error::Code::MessageTooLarge:
    case Error::Code::BodyTooLarge:
    case Error::Code::StrayTextTooLong:
    case Error::Code::NotAWebSocketUrl:
    case Error::Code::RequestCancelled:
        return streamProblem(error);
    case Error::Code::UnknownProvider:
        return tr("Unknown provider “%1”.").arg(error.subject);
    case Error::Code::ProviderTakesNoImages:
        return tr("%1 endpoints are sent no images; choose an endpoint of OpenAI, Anthropic, Gemini or "
                  "Ollama for a message with images.")
            .arg(error.subject);
    case Error::Code::ModelListUnsupported:
        return tr("%1 endpoints do not list their models.").arg(error.subject);
    case Error::Code::NoSuchVersion:
        return tr("There is no such message, or a reply is still coming.");
    case Error::Code::PairingNeedsRelay:
        return tr("Only an Inkchat relay pairs with a code.");
    case Error::Code::AnswerTooSlow:
        return tr("No answer came within %1 s.").arg(error.subject);
    case Error::Code::AnswerTooLarge:
        return tr("The answer is larger than %1; it was not read.")
            .arg(QLocale().formattedDataSize(error.subject.toLongLong(), 0));
    case Error::Code::ExportIsAFolder:
        return tr("%1 is a folder.").arg(error.subject);
    case Error::Code::ExportFolderMissing:
        return tr("The folder %1 does not exist.").arg(error.values.value(0));
    case Error::Code::ExportFolderNotWritable:
        return tr("The folder %1 is not writable.").arg(error.values.value(0));
    case Error::Code::ExportNotWritten:
        return tr("%1 cannot be written: %2").arg(error.subject, error.detail);
    case Error::Code::ExportPdfNeedsGui:
        return tr("PDF export is not available in this program; choose another format.");
    case Error::Code::ExportPdfEngineFailed:
        return tr("%1 cannot be written: the PDF engine failed.").arg(error.subject);
    case Error::Code::ImportTooDeep:
        return tr("This is not valid JSON for an import: it nests deeper than %1 levels.").arg(error.subject);
    case Error::Code::ImportInvalidJson:
        return withDetail(tr("This is not valid JSON."), error.detail);
    case Error::Code::ImportMessageElsewhere:
        return tr("Its message %1 is stored already in another conversation.").arg(error.subject);
    case Error::Code::TooManyImages:
        return tr("A message can carry up to %1 images; this one has %2.")
            .arg(error.values.value(0), error.subject);
    case Error::Code::NoSuchConversation:
    case Error::Code::NoSuchMessage:
    case Error::Code::NoPendingMessage:
    case Error::Code::NoSuchMessageVersion:
    case Error::Code::StoreFull:
    case Error::Code::StoreReadOnly:
    case Error::Code::StoreFailed:
    case Error::Code::KeychainLocked:
    case Error::Code::KeychainDenied:
    case Error::Code::KeychainMissing:
        return storeProblem(error);
    }
    return error.message;
}

QString ProblemText::storeProblem(const Error &error)
{
    switch (error.code) {
    case Error::Code::NoSuchConversation:
        return tr("There is no conversation with id %1.").arg(error.subject);
    case Error::Code::NoSuchMessage:
        return tr("There is no message with id %1.").arg(error.subject);
    case Error::Code::NoPendingMessage:
        return tr("There is no message with id %1 waiting to be sent.").arg(error.subject);
    case Error::Code::NoSuchMessageVersion:
        return tr("Message %1 has no version %2.").arg(error.subject, error.values.value(0));
    case Error::Code::StoreFull:
        return tr("The disk holding the conversations is full (%1); free some space and try again.")
            .arg(error.detail);
    case Error::Code::StoreReadOnly:
        return tr("The conversation database cannot be written (%1): its file, folder or disk is read-only.")
            .arg(error.detail);
    case Error::Code::StoreFailed:
        return tr("The conversation database failed: %1").arg(error.detail);
    case Error::Code::KeychainLocked:
        return withDetail(tr("The keychain refused access. Is it locked? Unlock it in GNOME Keyring, KWallet "
                             "or your system's keychain and try again."),
                          error.detail);
    case Error::Code::KeychainDenied:
        return withDetail(
            tr("Access to the keychain was denied. Allow it when the keychain asks, then try again."),
            error.detail);
    case Error::Code::KeychainMissing:
        return withDetail(tr("No keychain is available. Is a Secret Service such as GNOME Keyring or KWallet "
                             "running and unlocked?"),
                          error.detail);
    default:
        return error.message;
    }
}

} // namespace inkchat::app
