#include "jsonwriter.h"

#include "transcriptjson.h"

#include "util/errorjson.h"

#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

namespace tj = transcriptjson;

namespace {

/// Builds one JSON object with its keys in the order they are added (the
/// schema's order, which QJsonObject would sort away).
class ObjectBuilder
{
public:
    ObjectBuilder &raw(const char *key, const QByteArray &json)
    {
        m_json += m_json.isEmpty() ? "{\"" : ",\"";
        m_json += key;
        m_json += "\":";
        m_json += json;
        return *this;
    }
    ObjectBuilder &string(const char *key, QStringView value) { return raw(key, tj::quoted(value)); }
    ObjectBuilder &time(const char *key, const QDateTime &value) { return raw(key, tj::timestamp(value)); }
    ObjectBuilder &number(const char *key, qint64 value) { return raw(key, QByteArray::number(value)); }
    /// The object so far, still open for more keys.
    QByteArray open() const { return m_json.isEmpty() ? QByteArray("{") : m_json; }
    QByteArray closed() const { return open() + '}'; }

private:
    QByteArray m_json;
};

QByteArray optionalNumber(const std::optional<double> &value)
{
    return value ? QByteArray::number(*value, 'g', QLocale::FloatingPointShortest) : QByteArray("null");
}

QByteArray optionalNumber(const std::optional<int> &value)
{
    return value ? QByteArray::number(*value) : QByteArray("null");
}

QByteArray parametersObject(const chat::ReplyParameters &parameters)
{
    return ObjectBuilder()
        .raw("temperature", optionalNumber(parameters.temperature))
        .raw("max_output_tokens", optionalNumber(parameters.maxOutputTokens))
        .string("reasoning_effort", parameters.reasoningEffort)
        .closed();
}

/// A quoted uuid, or null for none.
QByteArray optionalString(const QString &text)
{
    return text.isEmpty() ? QByteArrayLiteral("null") : tj::quoted(text);
}

QByteArray seamsArray(const QList<int> &seams)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < seams.size(); ++i) {
        if (i > 0)
            out += ',';
        out += QByteArray::number(seams[i]);
    }
    return out + ']';
}

/// The images as `[{"mime_type","file_name","data"}]`, data in base64.
QByteArray attachmentsArray(const chat::Attachments &attachments)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const chat::Attachment &image = attachments.at(i);
        if (i > 0)
            out += ',';
        out += ObjectBuilder()
                   .string("mime_type", image.mimeType)
                   .string("file_name", image.fileName)
                   .raw("data", '"' + image.base64() + '"')
                   .closed();
    }
    return out + ']';
}

} // namespace

JsonWriter::JsonWriter(const QString &path, const QDateTime &exportedAt) : FileTranscriptWriter(path)
{
    const QDateTime at = exportedAt.isValid() ? exportedAt : QDateTime::currentDateTimeUtc();
    writeUtf8(ObjectBuilder()
                  .string("format", tj::kFormatName)
                  .number("version", tj::kVersion)
                  .time("exported_at", at)
                  .raw("conversations", "[")
                  .open()
              + '\n');
}

void JsonWriter::onBeginConversation(const chat::ConversationRecord &conversation)
{
    writeUtf8((m_hasConversation ? ",\n" : "")
              + ObjectBuilder()
                    .string("uuid", conversation.uuid)
                    .string("title", conversation.title)
                    .string("system_prompt", conversation.systemPrompt)
                    .string("model", conversation.model)
                    .raw("parameters", parametersObject(conversation.parameters))
                    .raw("pinned", conversation.pinned ? "true" : "false")
                    .time("created_at", conversation.createdAt)
                    .time("updated_at", conversation.updatedAt)
                    // Before the messages: an import reads them as a tree then.
                    .raw("active_leaf", optionalString(conversation.activeLeafUuid))
                    .raw("messages", "[")
                    .open());
    m_hasConversation = true;
    m_hasMessage = false;
}

void JsonWriter::onMessage(const chat::MessageRecord &message)
{
    const QByteArray usage = ObjectBuilder()
                                 .number("input_tokens", message.usage.inputTokens)
                                 .number("output_tokens", message.usage.outputTokens)
                                 .closed();
    ObjectBuilder object;
    object.string("uuid", message.uuid)
        .string("role", chat::roleName(message.role))
        .string("text", message.text)
        .string("provider", message.provider)
        .string("model", message.model)
        .string("endpoint", message.endpoint)
        .time("created_at", message.createdAt)
        .time("updated_at", message.updatedAt)
        .raw("usage", usage)
        .string("status", chat::statusName(message.status))
        .string("error", message.errorText)
        .raw("seams", seamsArray(message.seams))
        .raw("parent", optionalString(message.parentUuid));
    // Only where a reply ended early: why, as core named it, for an import
    // to word in its user's language ("error" keeps core's English).
    if (message.error)
        object.raw("problem", QJsonDocument(errorToJson(*message.error)).toJson(QJsonDocument::Compact));
    // Only where there are images: text-only transcripts read as before.
    if (!message.attachments.isEmpty())
        object.raw("attachments", attachmentsArray(message.attachments));
    writeUtf8((m_hasMessage ? ",\n" : "\n") + object.closed());
    m_hasMessage = true;
}

void JsonWriter::onEndConversation()
{
    writeUtf8(m_hasMessage ? "\n]}" : "]}");
}

void JsonWriter::onFinish()
{
    writeUtf8(m_hasConversation ? "\n]}\n" : "]}\n");
}

} // namespace inkchat::exporting
