#include "chatgptimport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>

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

/// The node ids of the branch that ends at `leaf`, root first; an error if
/// the parents form a cycle.
std::optional<QStringList> branchTo(const QJsonObject &mapping, const QString &leaf)
{
    QStringList branch;
    QSet<QString> seen;
    for (QString id = leaf; !id.isEmpty() && mapping.contains(id);
         id = mapping.value(id).toObject().value(u"parent"_s).toString()) {
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
QString latestLeaf(const QJsonObject &mapping)
{
    QString best;
    double bestTime = -1;
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it) {
        const QJsonObject node = it.value().toObject();
        if (!node.value(u"children"_s).toArray().isEmpty())
            continue;
        const double time = node.value(u"message"_s).toObject().value(u"create_time"_s).toDouble(0);
        if (best.isEmpty() || time > bestTime) {
            best = it.key();
            bestTime = time;
        }
    }
    return best;
}

/// The message a node holds, if it is one a reader of the conversation saw.
std::optional<chat::MessageRecord> visibleMessage(const QString &nodeId, const QJsonObject &node,
                                                  const QDateTime &fallbackTime)
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
    record.createdAt = timeFrom(message.value(u"create_time"_s));
    if (!record.createdAt.isValid())
        record.createdAt = fallbackTime;
    record.updatedAt = timeFrom(message.value(u"update_time"_s));
    if (!record.updatedAt.isValid())
        record.updatedAt = record.createdAt;
    const bool isCutOff = message.value(u"status"_s).toString() == u"in_progress"_s
        || metadata.value(u"finish_details"_s).toObject().value(u"type"_s).toString() == u"interrupted"_s;
    if (isCutOff)
        record.status = chat::MessageStatus::Interrupted;
    return record;
}

Result<ImportedConversation> readConversation(const QJsonValue &value, qsizetype index)
{
    auto invalid = [index](const QString &problem) {
        return Error::make(Error::Kind::Protocol,
                           u"Not a ChatGPT export: conversation %1 %2."_s.arg(index + 1).arg(problem));
    };
    if (!value.isObject())
        return invalid(u"is not an object"_s);
    const QJsonObject object = value.toObject();
    ImportedConversation imported;
    chat::ConversationRecord &conversation = imported.conversation;
    conversation.uuid = object.value(u"conversation_id"_s).toString(object.value(u"id"_s).toString());
    if (conversation.uuid.isEmpty())
        return invalid(u"has no \"id\""_s);
    if (!object.value(u"mapping"_s).isObject())
        return invalid(u"has no \"mapping\" object"_s);
    conversation.title = object.value(u"title"_s).toString();
    conversation.createdAt = timeFrom(object.value(u"create_time"_s));
    conversation.updatedAt = timeFrom(object.value(u"update_time"_s));

    const QJsonObject mapping = object.value(u"mapping"_s).toObject();
    QString leaf = object.value(u"current_node"_s).toString();
    if (!mapping.contains(leaf))
        leaf = latestLeaf(mapping);
    const std::optional<QStringList> branch = branchTo(mapping, leaf);
    if (!branch)
        return invalid(u"has a message tree with a cycle"_s);
    for (const QString &id : *branch) {
        if (std::optional<chat::MessageRecord> message
            = visibleMessage(id, mapping.value(id).toObject(), conversation.createdAt))
            imported.messages.append(std::move(*message));
    }
    if (!conversation.createdAt.isValid() && !imported.messages.isEmpty())
        conversation.createdAt = imported.messages.first().createdAt;
    if (!conversation.updatedAt.isValid())
        conversation.updatedAt = imported.messages.isEmpty() ? conversation.createdAt
                                                             : imported.messages.last().updatedAt;
    return imported;
}

} // namespace

Result<QList<ImportedConversation>> importChatGptExport(const QByteArray &json, const ImportLimits &limits)
{
    if (std::optional<Error> error = checkWithinLimit(json, limits))
        return *error;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(Error::Kind::Protocol,
                           u"Not valid JSON at byte %1: %2."_s.arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isArray())
        return Error::make(Error::Kind::Protocol,
                           u"Not a ChatGPT export: conversations.json holds a JSON array of conversations."_s);
    const QJsonArray conversations = document.array();
    QList<ImportedConversation> imported;
    imported.reserve(conversations.size());
    for (qsizetype i = 0; i < conversations.size(); ++i) {
        Result<ImportedConversation> conversation = readConversation(conversations.at(i), i);
        if (!conversation)
            return conversation.error();
        imported.append(std::move(conversation).value());
    }
    return imported;
}

Result<QList<ImportedConversation>> importChatGptExport(QIODevice &device, const ImportLimits &limits)
{
    Result<QByteArray> bytes = readWithinLimit(device, limits);
    if (!bytes)
        return bytes.error();
    return importChatGptExport(bytes.value(), limits);
}

} // namespace inkchat::exporting
