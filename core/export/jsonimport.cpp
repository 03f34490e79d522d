#include "jsonimport.h"

#include "jsonfields.h"
#include "transcriptjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

namespace tj = transcriptjson;

namespace {

std::optional<chat::MessageRecord> readMessage(JsonFields &&fields)
{
    chat::MessageRecord message;
    message.uuid = fields.string(u"uuid", JsonFields::NonEmpty);
    const QString role = fields.string(u"role", JsonFields::Required);
    message.text = fields.string(u"text", JsonFields::Required);
    message.provider = fields.string(u"provider");
    message.model = fields.string(u"model");
    message.endpoint = fields.string(u"endpoint");
    message.createdAt = fields.time(u"created_at");
    message.updatedAt = fields.time(u"updated_at");
    const QString status = fields.string(u"status");
    message.errorText = fields.string(u"error");
    if (JsonFields usage = fields.object(u"usage"); !usage.isNull()) {
        message.usage.inputTokens = usage.integer(u"input_tokens", -1, -1).value_or(-1);
        message.usage.outputTokens = usage.integer(u"output_tokens", -1, -1).value_or(-1);
    }
    const QJsonArray seams = fields.array(u"seams");
    for (qsizetype i = 0; i < seams.size() && !fields.hasFailed(); ++i) {
        const std::optional<int> seam = fields.integerAt(u"seams", seams, i, 0, int(message.text.size()));
        if (seam)
            message.seams.append(*seam);
    }
    if (const std::optional<chat::Role> parsed = chat::roleFromName(role))
        message.role = *parsed;
    else if (!fields.hasFailed())
        fields.fail(u"role"_s, u"unknown role \"%1\""_s.arg(role));
    if (status.isEmpty())
        message.status = chat::MessageStatus::Complete;
    else if (const std::optional<chat::MessageStatus> parsed = chat::statusFromName(status))
        message.status = *parsed;
    else if (!fields.hasFailed())
        fields.fail(u"status"_s, u"unknown status \"%1\""_s.arg(status));
    if (fields.hasFailed())
        return std::nullopt;
    return message;
}

std::optional<ImportedConversation> readConversation(JsonFields &&fields)
{
    ImportedConversation imported;
    chat::ConversationRecord &conversation = imported.conversation;
    conversation.uuid = fields.string(u"uuid", JsonFields::NonEmpty);
    conversation.title = fields.string(u"title");
    conversation.systemPrompt = fields.string(u"system_prompt");
    conversation.createdAt = fields.time(u"created_at");
    conversation.updatedAt = fields.time(u"updated_at");
    const QJsonArray messages = fields.array(u"messages", JsonFields::Required);
    for (qsizetype i = 0; i < messages.size() && !fields.hasFailed(); ++i) {
        if (std::optional<chat::MessageRecord> message = readMessage(fields.objectAt(u"messages", messages, i)))
            imported.messages.append(std::move(*message));
    }
    if (fields.hasFailed())
        return std::nullopt;
    return imported;
}

} // namespace

Result<QList<ImportedConversation>> importTranscriptJson(const QByteArray &json,
                                                         const ImportLimits &limits)
{
    if (std::optional<Error> error = checkWithinLimit(json, limits))
        return *error;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(Error::Kind::Protocol,
                           u"Not valid JSON at byte %1: %2."_s.arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return Error::make(Error::Kind::Protocol, u"Not an Inkchat transcript: the file is not a JSON object."_s);

    if (document.object().value(u"format"_s).toString() != tj::kFormatName)
        return Error::make(Error::Kind::Protocol,
                           u"Not an Inkchat transcript: \"format\" is not \"%1\"."_s.arg(tj::kFormatName));
    QString error;
    JsonFields root(document.object(), QString(), error);
    const std::optional<int> version = root.integer(u"version", std::nullopt, 1);
    if (version && *version > tj::kVersion)
        return Error::make(Error::Kind::Protocol,
                           u"This transcript has format version %1, from a newer Inkchat; this one reads "
                           "version %2 and older. Update Inkchat to import it."_s.arg(*version).arg(tj::kVersion));
    const QJsonArray conversations = root.array(u"conversations", JsonFields::Required);
    QList<ImportedConversation> imported;
    for (qsizetype i = 0; i < conversations.size() && !root.hasFailed(); ++i) {
        if (std::optional<ImportedConversation> c = readConversation(root.objectAt(u"conversations", conversations, i)))
            imported.append(std::move(*c));
    }
    if (root.hasFailed())
        return Error::make(Error::Kind::Protocol, u"Not a valid Inkchat transcript: %1."_s.arg(error));
    return imported;
}

Result<QList<ImportedConversation>> importTranscriptJson(QIODevice &device, const ImportLimits &limits)
{
    Result<QByteArray> bytes = readWithinLimit(device, limits);
    if (!bytes)
        return bytes.error();
    return importTranscriptJson(bytes.value(), limits);
}

} // namespace inkchat::exporting
