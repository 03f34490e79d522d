#include "streamproblemtext.h"

#include <QCoreApplication>

namespace inkchat::cli {

namespace {

/// The limits a stream broke, with the words the CLI has always used.
std::optional<QString> describeLimit(const Error &error)
{
    switch (error.code) {
    case Error::Code::LineTooLong:
        return QCoreApplication::translate(
                   "inkchat-cli", "stream rejected: a line is longer than the maximum line length (%1 bytes)")
            .arg(error.subject);
    case Error::Code::EventTooLarge:
        return QCoreApplication::translate(
                   "inkchat-cli",
                   "stream rejected: an event is larger than the maximum event size (%1 bytes)")
            .arg(error.subject);
    case Error::Code::MessageTooLarge:
        return QCoreApplication::translate(
                   "inkchat-cli",
                   "stream rejected: a message is larger than the maximum event size (%1 bytes)")
            .arg(error.subject);
    case Error::Code::BodyTooLarge:
        return QCoreApplication::translate(
                   "inkchat-cli",
                   "stream rejected: the reply body is larger than the maximum event size (%1 bytes)")
            .arg(error.subject);
    case Error::Code::StrayTextTooLong:
        return QCoreApplication::translate("inkchat-cli",
                                           "%1 wrote more than %2 bytes of text between events")
            .arg(error.subject, error.values.value(0));
    default:
        return std::nullopt;
    }
}

} // namespace

std::optional<QString> describeStreamProblem(const Error &error)
{
    switch (error.code) {
    case Error::Code::ProviderReported:
        // The provider's own words say it all, as they always have here.
        return error.detail;
    case Error::Code::ProviderReportedNoWords:
        if (error.subject.isEmpty())
            return QCoreApplication::translate("inkchat-cli",
                                               "the provider reported an error without a message");
        return QCoreApplication::translate("inkchat-cli", "%1 reported an error").arg(error.subject);
    case Error::Code::PromptBlocked:
        if (error.detail.isEmpty())
            return QCoreApplication::translate("inkchat-cli", "Gemini blocked the prompt (%1)")
                .arg(error.subject);
        return QCoreApplication::translate("inkchat-cli", "Gemini blocked the prompt (%1): %2")
            .arg(error.subject, error.detail);
    case Error::Code::ResponseFailed:
        return QCoreApplication::translate("inkchat-cli", "the response failed");
    case Error::Code::ResponseCancelled:
        return QCoreApplication::translate("inkchat-cli", "the response was cancelled");
    case Error::Code::ResponseStatusUnknown:
        return QCoreApplication::translate("inkchat-cli",
                                           "the server sent a response with an unknown status: %1")
            .arg(error.subject);
    case Error::Code::RelayReplyEnded:
        return QCoreApplication::translate("inkchat-cli", "the relay's reply ended: %1").arg(error.subject);
    case Error::Code::EventNotJson:
        if (error.subject.isEmpty())
            return QCoreApplication::translate("inkchat-cli",
                                               "the server sent an event that is not a JSON object: %1")
                .arg(error.detail);
        return QCoreApplication::translate("inkchat-cli", "%1 sent an event that is not a JSON object: %2")
            .arg(error.subject, error.detail);
    case Error::Code::LineNotJson:
        return QCoreApplication::translate("inkchat-cli", "%1 sent a line that is not a JSON object: %2")
            .arg(error.subject, error.detail);
    case Error::Code::EmptyJsonReply:
        return QCoreApplication::translate("inkchat-cli",
                                           "the server sent an empty body where a JSON reply was expected");
    case Error::Code::ReplyNotJson:
        if (error.values.value(0).isEmpty())
            return QCoreApplication::translate(
                       "inkchat-cli", "the server sent a reply that is not a JSON object (not an object): %1")
                .arg(error.detail);
        return QCoreApplication::translate("inkchat-cli",
                                           "the server sent a reply that is not a JSON object (%1): %2")
            .arg(error.values.value(0), error.detail);
    case Error::Code::NotAModelList:
        return QCoreApplication::translate(
                   "inkchat-cli", "the answer is not a model list (a JSON object with a \"%1\" array)")
            .arg(error.subject);
    case Error::Code::RelayAnswerHasNoToken:
        return QCoreApplication::translate("inkchat-cli", "the relay's answer has no device token");
    case Error::Code::NotAWebSocketUrl:
        return QCoreApplication::translate("inkchat-cli", "a WebSocket needs a ws:// or wss:// URL, not %1")
            .arg(error.subject);
    case Error::Code::RequestCancelled:
        return QCoreApplication::translate("inkchat-cli", "the request was cancelled");
    default:
        return describeLimit(error);
    }
}

} // namespace inkchat::cli
