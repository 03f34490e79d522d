#include "jsonimport.h"

#include "importcollector.h"
#include "jsonfields.h"
#include "jsonstream.h"
#include "transcriptjson.h"

#include "util/errorjson.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

namespace tj = transcriptjson;

namespace {

const QString kConversations = u"conversations"_s;
const QString kMessages = u"messages"_s;

Error notAnObject()
{
    return Error::coded(Error::Kind::Protocol, Error::Code::TranscriptNotAnObject, {},
                        u"Not an Inkchat transcript: the file is not a JSON object."_s);
}

/// An image of a message; its type is read from its bytes, as when it was
/// attached, and a wrong or oversized one fails the import, naming it.
void readAttachment(JsonFields &&fields, chat::Attachments &attachments)
{
    const QString fileName = fields.string(u"file_name");
    const QString data = fields.string(u"data", JsonFields::NonEmpty);
    if (fields.hasFailed())
        return;
    auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        fields.fail(u"data"_s, Error::Code::FieldNotBase64);
        return;
    }
    Result<chat::Attachment> image = chat::attachmentFromData(std::move(*decoded), fileName);
    if (!image) {
        const Error &problem = image.error();
        fields.fail(u"data"_s,
                    problem.code == Error::Code::ImageTooLarge ? Error::Code::FieldImageTooLarge
                                                               : Error::Code::FieldNotAnImage,
                    QStringList{problem.subject} + problem.values);
        return;
    }
    attachments.append(std::move(image).value());
}

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
    if (JsonFields problem = fields.object(u"problem"); !problem.isNull())
        message.error = errorFromJson(problem.members(), message.errorText);
    message.parentUuid = fields.string(u"parent");
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
    const QJsonArray attachments = fields.array(u"attachments");
    for (qsizetype i = 0; i < attachments.size() && !fields.hasFailed(); ++i)
        readAttachment(fields.objectAt(u"attachments", attachments, i), message.attachments);
    if (const std::optional<chat::Role> parsed = chat::roleFromName(role))
        message.role = *parsed;
    else if (!fields.hasFailed())
        fields.fail(u"role"_s, Error::Code::FieldUnknownRole, {role});
    if (status.isEmpty())
        message.status = chat::MessageStatus::Complete;
    else if (const std::optional<chat::MessageStatus> parsed = chat::statusFromName(status))
        message.status = *parsed;
    else if (!fields.hasFailed())
        fields.fail(u"status"_s, Error::Code::FieldUnknownStatus, {status});
    if (fields.hasFailed())
        return std::nullopt;
    return message;
}

chat::ConversationRecord readConversationFields(JsonFields &fields)
{
    chat::ConversationRecord conversation;
    conversation.uuid = fields.string(u"uuid", JsonFields::NonEmpty);
    conversation.title = fields.string(u"title");
    conversation.systemPrompt = fields.string(u"system_prompt");
    conversation.model = fields.string(u"model");
    conversation.activeLeafUuid = fields.string(u"active_leaf");
    conversation.pinned = fields.boolean(u"pinned");
    if (JsonFields parameters = fields.object(u"parameters"); !parameters.isNull()) {
        conversation.parameters.temperature = parameters.number(u"temperature", 0, 100);
        if (const std::optional<int> maxTokens = parameters.integer(u"max_output_tokens", 0, 0);
            maxTokens > 0)
            conversation.parameters.maxOutputTokens = maxTokens;
        conversation.parameters.reasoningEffort = parameters.string(u"reasoning_effort");
    }
    conversation.createdAt = fields.time(u"created_at");
    conversation.updatedAt = fields.time(u"updated_at");
    return conversation;
}

/// Streams the root object, its "conversations" array, each conversation
/// and its "messages" array; reads each message whole. A conversation's
/// other fields are kept until it ends, the root's until the file ends.
class TranscriptReader : public JsonStreamHandler
{
public:
    explicit TranscriptReader(ImportSink &sink) : m_sink(sink) {}

    bool streams(const JsonPath &path, bool isArray) override
    {
        switch (path.size()) {
        case 0: // the root: anything but an object is refused when it starts
            return true;
        case 1:
            return isArray && path[0].key == kConversations;
        case 2:
            return !isArray && path[0].key == kConversations;
        case 3:
            return isArray && path[2].key == kMessages;
        default:
            return false;
        }
    }

    std::optional<Error> started(const JsonPath &path, bool isArray) override
    {
        switch (path.size()) {
        case 0:
            if (isArray)
                return notAnObject();
            return std::nullopt;
        case 1:
            // The writer puts the header first: a file of another format or
            // version is refused before anything of it is stored.
            m_hasConversations = true;
            return checkHeader(false);
        case 2:
            m_fields = QJsonObject();
            m_hasMessages = false;
            return m_sink.beginConversation();
        default:
            m_hasMessages = true;
            m_readSoFar = conversationSoFar();
            return std::nullopt;
        }
    }

    std::optional<Error> value(const JsonPath &path, QJsonValue value) override
    {
        switch (path.size()) {
        case 0:
            return notAnObject();
        case 1:
            m_root.insert(path[0].key, value);
            return std::nullopt;
        case 2: // not an object, or the streamed conversations are not an array
            if (path[0].key != kConversations)
                return std::nullopt;
            return invalidField(describePath(path), Error::Code::FieldNotObject);
        case 3:
            m_fields.insert(path[2].key, value);
            return std::nullopt;
        default:
            return readMessageAt(path, value);
        }
    }

    std::optional<Error> ended(const JsonPath &path) override
    {
        switch (path.size()) {
        case 0:
            if (auto error = checkHeader(true))
                return error;
            if (!m_hasConversations)
                return fieldsError(
                    m_root, {}, [](JsonFields &root) { root.array(kConversations, JsonFields::Required); });
            return std::nullopt;
        case 2:
            return endConversation(path);
        default:
            return std::nullopt;
        }
    }

private:
    /// The error reading `object` at `path` with `read` records, if any.
    template <typename Read>
    static std::optional<Error> fieldsError(const QJsonObject &object, const JsonPath &path, Read read)
    {
        std::optional<Error> error;
        JsonFields fields(object, path.isEmpty() ? QString() : describePath(path), error);
        read(fields);
        return error;
    }

    /// The format name and version; `complete` when the whole root is read
    /// (before, what is missing may still come).
    std::optional<Error> checkHeader(bool complete) const
    {
        const QJsonValue format = m_root.value(u"format"_s);
        if ((complete || !format.isUndefined()) && format.toString() != tj::kFormatName)
            return Error::coded(
                Error::Kind::Protocol, Error::Code::TranscriptWrongFormat, tj::kFormatName.toString(),
                u"Not an Inkchat transcript: \"format\" is not \"%1\"."_s.arg(tj::kFormatName));
        if (!complete && !m_root.contains(u"version"_s))
            return std::nullopt;
        std::optional<int> version;
        if (auto error = fieldsError(m_root, {}, [&version](JsonFields &root) {
                version = root.integer(u"version", std::nullopt, 1);
            }))
            return error;
        if (version && *version > tj::kVersion)
            return Error::coded(
                Error::Kind::Protocol, Error::Code::ImportFromNewerVersion, QString::number(*version),
                u"This transcript has format version %1, from a newer Inkchat; this one reads "
                "version %2 and older. Update Inkchat to import it."_s.arg(*version)
                    .arg(tj::kVersion));
        return std::nullopt;
    }

    /// The conversation's fields read before its messages, as far as they
    /// are valid: the whole conversation is checked when it ends.
    chat::ConversationRecord conversationSoFar() const
    {
        const auto time = [this](const QString &key) {
            return tj::parseTimestamp(m_fields.value(key).toString()).value_or(QDateTime());
        };
        chat::ConversationRecord conversation;
        conversation.uuid = m_fields.value(u"uuid"_s).toString();
        conversation.title = m_fields.value(u"title"_s).toString();
        conversation.systemPrompt = m_fields.value(u"system_prompt"_s).toString();
        conversation.activeLeafUuid = m_fields.value(u"active_leaf"_s).toString();
        conversation.createdAt = time(u"created_at"_s);
        conversation.updatedAt = time(u"updated_at"_s);
        return conversation;
    }

    std::optional<Error> readMessageAt(const JsonPath &path, const QJsonValue &value)
    {
        const QString where = describePath(path);
        if (!value.isObject())
            return invalidField(where, Error::Code::FieldNotObject);
        std::optional<Error> error;
        std::optional<chat::MessageRecord> message = readMessage(JsonFields(value.toObject(), where, error));
        if (!message)
            return error;
        return m_sink.addMessage(m_readSoFar, std::move(*message));
    }

    std::optional<Error> endConversation(const JsonPath &path)
    {
        chat::ConversationRecord conversation;
        const bool hasMessages = m_hasMessages;
        if (auto error = fieldsError(m_fields, path, [&](JsonFields &fields) {
                conversation = readConversationFields(fields);
                if (!hasMessages)
                    fields.array(kMessages, JsonFields::Required);
            }))
            return error;
        return m_sink.endConversation(conversation);
    }

    ImportSink &m_sink;
    QJsonObject m_root; ///< the header, without the conversations
    bool m_hasConversations = false;
    QJsonObject m_fields; ///< the conversation's, without its messages
    bool m_hasMessages = false;
    chat::ConversationRecord m_readSoFar;
};

} // namespace

std::optional<Error> importTranscriptJson(QIODevice &device, ImportSink &sink, const ImportLimits &limits)
{
    TranscriptReader reader(sink);
    return streamJson(device, reader, limits);
}

Result<QList<ImportedConversation>> importTranscriptJson(QIODevice &device, const ImportLimits &limits)
{
    return collectImport(device, limits, [](QIODevice &input, ImportSink &sink, const ImportLimits &limit) {
        return importTranscriptJson(input, sink, limit);
    });
}

Result<QList<ImportedConversation>> importTranscriptJson(const QByteArray &json, const ImportLimits &limits)
{
    return collectImport(json, limits, [](QIODevice &input, ImportSink &sink, const ImportLimits &limit) {
        return importTranscriptJson(input, sink, limit);
    });
}

} // namespace inkchat::exporting
