#include "chatgptimport.h"

#include "importcollector.h"
#include "jsonstream.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

namespace {

/// ChatGPT writes times as float seconds since the epoch, or null.
QDateTime timeFrom(const QJsonValue &seconds)
{
    const double value = seconds.toDouble(0);
    if (!seconds.isDouble() || !std::isfinite(value) || value <= 0 || value > 1e11)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(value * 1000)), Qt::UTC);
}

/// What the import keeps of a node of the message tree while its
/// conversation is read: the links, and the message if a reader saw it.
struct Node
{
    QString parent;
    bool hasChildren = false;
    double createTime = 0;
    std::optional<chat::MessageRecord> message;
};
using Mapping = QHash<QString, Node>;

/// The node ids of the branch that ends at `leaf`, root first; nothing if
/// the parents form a cycle.
std::optional<QStringList> branchTo(const Mapping &mapping, const QString &leaf)
{
    QStringList branch;
    QSet<QString> seen;
    for (QString id = leaf; !id.isEmpty() && mapping.contains(id); id = mapping.value(id).parent) {
        if (seen.contains(id))
            return std::nullopt;
        seen.insert(id);
        branch.append(id);
    }
    std::reverse(branch.begin(), branch.end());
    return branch;
}

/// Without "current_node" (older exports), the leaf written last is the
/// branch the user saw last.
QString latestLeaf(const Mapping &mapping)
{
    QString best;
    double bestTime = -1;
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it) {
        if (it->hasChildren)
            continue;
        // Ties go to the smaller id, so the choice does not depend on the hash's order.
        if (best.isEmpty() || it->createTime > bestTime || (it->createTime == bestTime && it.key() < best)) {
            best = it.key();
            bestTime = it->createTime;
        }
    }
    return best;
}

/// The message a node holds, if it is one a reader of the conversation saw.
std::optional<chat::MessageRecord> visibleMessage(const QString &nodeId, const QJsonObject &node)
{
    const QJsonObject message = node.value(u"message"_s).toObject();
    const QString role = message.value(u"author"_s).toObject().value(u"role"_s).toString();
    const QJsonObject metadata = message.value(u"metadata"_s).toObject();
    const QJsonObject content = message.value(u"content"_s).toObject();
    const QString contentType = content.value(u"content_type"_s).toString();
    const QString recipient = message.value(u"recipient"_s).toString(u"all"_s);
    if ((role != u"user"_s && role != u"assistant"_s) || recipient != u"all"_s
        || metadata.value(u"is_visually_hidden_from_conversation"_s).toBool()
        || (contentType != u"text"_s && contentType != u"multimodal_text"_s))
        return std::nullopt;

    QStringList parts;
    for (const QJsonValue &part : content.value(u"parts"_s).toArray()) {
        if (part.isString() && !part.toString().isEmpty())
            parts.append(part.toString()); // objects are images, audio and other attachments
    }
    chat::MessageRecord record;
    record.text = parts.join(u'\n');
    if (record.text.trimmed().isEmpty())
        return std::nullopt;
    record.uuid = message.value(u"id"_s).toString(nodeId);
    record.role = role == u"user"_s ? chat::Role::User : chat::Role::Assistant;
    if (record.role == chat::Role::Assistant)
        record.model = metadata.value(u"model_slug"_s).toString();
    record.createdAt = timeFrom(message.value(u"create_time"_s)); // or the conversation's, when it ends
    record.updatedAt = timeFrom(message.value(u"update_time"_s));
    const bool isCutOff = message.value(u"status"_s).toString() == u"in_progress"_s
                          || metadata.value(u"finish_details"_s).toObject().value(u"type"_s).toString()
                                 == u"interrupted"_s;
    if (isCutOff)
        record.status = chat::MessageStatus::Interrupted;
    return record;
}

Node nodeFrom(const QString &id, const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    Node node;
    node.parent = object.value(u"parent"_s).toString();
    node.hasChildren = !object.value(u"children"_s).toArray().isEmpty();
    node.createTime = object.value(u"message"_s).toObject().value(u"create_time"_s).toDouble(0);
    node.message = visibleMessage(id, object);
    return node;
}

/// Streams the array of conversations, each conversation and its
/// "mapping"; reads each node of the mapping whole and keeps what
/// nodeFrom() takes of it until the conversation ends.
class ChatGptReader : public JsonStreamHandler
{
public:
    explicit ChatGptReader(ImportSink &sink) : m_sink(sink) {}

    bool streams(const JsonPath &path, bool isArray) override
    {
        switch (path.size()) {
        case 0: // anything but an array is refused when it starts
        case 1: // anything but an object is refused when it ends
            return true;
        case 2:
            return !isArray && path[1].key == kMapping;
        default:
            return false;
        }
    }

    std::optional<Error> started(const JsonPath &path, bool isArray) override
    {
        switch (path.size()) {
        case 0:
            return isArray ? std::nullopt : std::optional<Error>(notAnExport());
        case 1:
            if (isArray)
                return invalid(path[0].index, Error::Code::ChatGptNotAnObject, u"is not an object"_s);
            m_fields = QJsonObject();
            m_mapping.clear();
            m_hasMapping = false;
            return std::nullopt;
        default:
            m_hasMapping = true;
            return std::nullopt;
        }
    }

    std::optional<Error> value(const JsonPath &path, QJsonValue value) override
    {
        switch (path.size()) {
        case 0:
            return notAnExport();
        case 1:
            return invalid(path[0].index, Error::Code::ChatGptNotAnObject, u"is not an object"_s);
        case 2:
            m_fields.insert(path[1].key, value);
            return std::nullopt;
        default:
            m_mapping.insert(path[2].key, nodeFrom(path[2].key, value));
            return std::nullopt;
        }
    }

    std::optional<Error> ended(const JsonPath &path) override
    {
        if (path.size() != 1)
            return std::nullopt;
        const Result<ImportedConversation> conversation = readConversation(path[0].index);
        m_mapping.clear();
        if (!conversation)
            return conversation.error();
        if (auto error = m_sink.beginConversation())
            return error;
        for (const chat::MessageRecord &message : conversation->messages) {
            if (auto error = m_sink.addMessage(conversation->conversation, message))
                return error;
        }
        return m_sink.endConversation(conversation->conversation);
    }

private:
    static inline const QString kMapping = u"mapping"_s;

    static Error notAnExport()
    {
        return Error::coded(
            Error::Kind::Protocol, Error::Code::ChatGptNotAnArray, {},
            u"Not a ChatGPT export: conversations.json holds a JSON array of conversations."_s);
    }

    /// Conversation `index` (from 0) is not as ChatGPT writes one; `problem` for the log.
    static Error invalid(qsizetype index, Error::Code code, const QString &problem)
    {
        const QString number = QString::number(index + 1);
        return Error::coded(Error::Kind::Protocol, code, number,
                            u"Not a ChatGPT export: conversation %1 %2."_s.arg(number, problem));
    }

    Result<ImportedConversation> readConversation(qsizetype index)
    {
        ImportedConversation imported;
        chat::ConversationRecord &conversation = imported.conversation;
        conversation.uuid = m_fields.value(u"conversation_id"_s).toString(m_fields.value(u"id"_s).toString());
        if (conversation.uuid.isEmpty())
            return invalid(index, Error::Code::ChatGptNoId, u"has no \"id\""_s);
        if (!m_hasMapping)
            return invalid(index, Error::Code::ChatGptNoMapping, u"has no \"mapping\" object"_s);
        conversation.title = m_fields.value(u"title"_s).toString();
        conversation.createdAt = timeFrom(m_fields.value(u"create_time"_s));
        conversation.updatedAt = timeFrom(m_fields.value(u"update_time"_s));

        QString leaf = m_fields.value(u"current_node"_s).toString();
        if (!m_mapping.contains(leaf))
            leaf = latestLeaf(m_mapping);
        const std::optional<QStringList> branch = branchTo(m_mapping, leaf);
        if (!branch)
            return invalid(index, Error::Code::ChatGptCycle, u"has a message tree with a cycle"_s);
        // The branch the user saw last is the one shown; the others (replies
        // asked for again, questions edited) are kept as earlier versions.
        for (auto id = branch->crbegin(); id != branch->crend(); ++id) {
            if (const std::optional<chat::MessageRecord> &message = m_mapping.value(*id).message) {
                conversation.activeLeafUuid = message->uuid;
                break;
            }
        }
        QList<chat::MessageRecord> shown;
        for (const QString &id : *branch) {
            if (const std::optional<chat::MessageRecord> &message = m_mapping.value(id).message)
                shown.append(dated(*message, conversation.createdAt));
        }
        imported.messages = everyVersion(conversation.createdAt);
        if (conversation.activeLeafUuid.isEmpty() && !imported.messages.isEmpty())
            conversation.activeLeafUuid = imported.messages.constLast().uuid;
        if (!conversation.createdAt.isValid() && !shown.isEmpty())
            conversation.createdAt = shown.first().createdAt;
        if (!conversation.updatedAt.isValid())
            conversation.updatedAt = shown.isEmpty() ? conversation.createdAt : shown.last().updatedAt;
        return imported;
    }

    static chat::MessageRecord dated(chat::MessageRecord message, const QDateTime &conversationStart)
    {
        if (!message.createdAt.isValid())
            message.createdAt = conversationStart;
        if (!message.updatedAt.isValid())
            message.updatedAt = message.createdAt;
        return message;
    }

    /// Every message a reader saw, parents before children, versions of a
    /// turn oldest first; each names the nearest visible message above it
    /// as its parent (tool calls and hidden system turns in between are left
    /// out). Nodes in a cycle are left out too.
    QList<chat::MessageRecord> everyVersion(const QDateTime &conversationStart) const
    {
        struct Placed
        {
            int depth = 0;
            double createTime = 0;
            QString id;
            chat::MessageRecord message;
        };
        QList<Placed> placed;
        for (auto it = m_mapping.constBegin(); it != m_mapping.constEnd(); ++it) {
            if (!it->message)
                continue;
            const std::optional<QStringList> path = branchTo(m_mapping, it.key());
            if (!path)
                continue;
            chat::MessageRecord message = dated(*it->message, conversationStart);
            int depth = 0;
            for (const QString &above : *path) {
                if (above == it.key())
                    break;
                if (const std::optional<chat::MessageRecord> &visible = m_mapping.value(above).message) {
                    message.parentUuid = visible->uuid;
                    ++depth;
                }
            }
            placed.append({depth, it->createTime, it.key(), std::move(message)});
        }
        std::sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) {
            return std::tie(a.depth, a.createTime, a.id) < std::tie(b.depth, b.createTime, b.id);
        });
        QList<chat::MessageRecord> messages;
        messages.reserve(placed.size());
        for (Placed &each : placed)
            messages.append(std::move(each.message));
        return messages;
    }

    ImportSink &m_sink;
    QJsonObject m_fields; ///< the conversation's, without its mapping
    Mapping m_mapping;
    bool m_hasMapping = false;
};

} // namespace

std::optional<Error> importChatGptExport(QIODevice &device, ImportSink &sink, const ImportLimits &limits)
{
    ChatGptReader reader(sink);
    return streamJson(device, reader, limits);
}

Result<QList<ImportedConversation>> importChatGptExport(QIODevice &device, const ImportLimits &limits)
{
    return collectImport(device, limits, [](QIODevice &input, ImportSink &sink, const ImportLimits &limit) {
        return importChatGptExport(input, sink, limit);
    });
}

Result<QList<ImportedConversation>> importChatGptExport(const QByteArray &json, const ImportLimits &limits)
{
    return collectImport(json, limits, [](QIODevice &input, ImportSink &sink, const ImportLimits &limit) {
        return importChatGptExport(input, sink, limit);
    });
}

} // namespace inkchat::exporting
