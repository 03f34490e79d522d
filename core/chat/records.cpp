#include "records.h"

using namespace Qt::StringLiterals;

namespace inkchat::chat {

void TokenUsage::merge(qint64 input, qint64 output)
{
    if (input >= 0)
        inputTokens = int(input);
    if (output >= 0)
        outputTokens = int(output);
}

bool isEndedEarly(MessageStatus status)
{
    return status == MessageStatus::Interrupted || status == MessageStatus::Stopped
           || status == MessageStatus::Error;
}

QString statusName(MessageStatus status)
{
    switch (status) {
    case MessageStatus::Complete:
        return u"complete"_s;
    case MessageStatus::Streaming:
        return u"streaming"_s;
    case MessageStatus::Interrupted:
        return u"interrupted"_s;
    case MessageStatus::Error:
        return u"error"_s;
    case MessageStatus::Pending:
        return u"pending"_s;
    case MessageStatus::Stopped:
        return u"stopped"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<MessageStatus> statusFromName(QStringView name)
{
    for (MessageStatus s : {MessageStatus::Complete, MessageStatus::Streaming, MessageStatus::Interrupted,
                            MessageStatus::Error, MessageStatus::Pending, MessageStatus::Stopped}) {
        if (name == statusName(s))
            return s;
    }
    return std::nullopt;
}

QString roleName(Role role)
{
    return role == Role::User ? u"user"_s : u"assistant"_s;
}

std::optional<Role> roleFromName(QStringView name)
{
    if (name == u"user")
        return Role::User;
    if (name == u"assistant")
        return Role::Assistant;
    return std::nullopt;
}

} // namespace inkchat::chat
