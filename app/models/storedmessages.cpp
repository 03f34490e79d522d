#include "storedmessages.h"

namespace inkchat::app {

TranscriptMessage toTranscriptMessage(const chat::MessageRecord &record)
{
    TranscriptMessage message;
    message.role = record.role;
    message.text = record.text;
    message.errorText = record.errorText;
    message.storeId = record.id;
    switch (record.status) {
    case chat::MessageStatus::Complete:
        message.status = MessageStatus::Complete;
        break;
    case chat::MessageStatus::Streaming:
    case chat::MessageStatus::Interrupted:
        message.status = MessageStatus::Interrupted;
        break;
    case chat::MessageStatus::Error:
        message.status = MessageStatus::Failed;
        break;
    case chat::MessageStatus::Pending:
        message.status = MessageStatus::Pending;
        break;
    }
    return message;
}

chat::MessageStatus toStoredStatus(MessageStatus status)
{
    switch (status) {
    case MessageStatus::Complete:
        return chat::MessageStatus::Complete;
    case MessageStatus::Streaming:
        return chat::MessageStatus::Streaming;
    case MessageStatus::Interrupted:
    case MessageStatus::Stopped:
        return chat::MessageStatus::Interrupted;
    case MessageStatus::Failed:
        return chat::MessageStatus::Error;
    case MessageStatus::Pending:
        return chat::MessageStatus::Pending;
    }
    return chat::MessageStatus::Complete;
}

} // namespace inkchat::app
