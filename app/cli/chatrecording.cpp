#include "chatrecording.h"

#include "storeaccess.h"

#include "store/conversationstore.h"
#include "util/redact.h"

using namespace Qt::StringLiterals;

namespace inkchat::cli {

namespace {

constexpr qsizetype kTitleLength = 60;

} // namespace

ChatRecording::~ChatRecording() = default;

QString ChatRecording::titleFor(const QString &prompt)
{
    const QString trimmed = prompt.trimmed();
    QString title = trimmed.left(trimmed.indexOf(u'\n')).trimmed();
    if (title.size() <= kTitleLength)
        return title;
    qsizetype cut = kTitleLength - 1;
    // Never half a surrogate pair; prefer a word boundary if one is near.
    if (title.at(cut - 1).isHighSurrogate())
        --cut;
    const qsizetype space = title.lastIndexOf(u' ', cut);
    if (space > kTitleLength / 2)
        cut = space;
    return title.left(cut).trimmed() + u'…';
}

Result<std::unique_ptr<ChatRecording>> ChatRecording::begin(const ChatRecordingStart &start)
{
    std::unique_ptr<ChatRecording> recording(new ChatRecording);
    if (auto error = recording->open(start))
        return *error;
    return recording;
}

std::optional<Error> ChatRecording::open(const ChatRecordingStart &start)
{
    m_secrets = start.secrets;
    auto opened = openConversationStore();
    if (!opened) {
        Error error = opened.error();
        error.message += u"; run with --no-store to chat without storing the conversation"_s;
        return error;
    }
    m_store = std::move(opened).value();

    if (start.conversationId != 0) {
        if (auto error = loadHistory(start.conversationId))
            return error;
        if (start.systemPrompt) {
            if (auto error = m_store->setSystemPrompt(start.conversationId, *start.systemPrompt))
                return error;
            m_conversation.systemPrompt = *start.systemPrompt;
        }
        m_conversationId = start.conversationId;
    } else {
        chat::ConversationRecord record;
        record.title = titleFor(start.prompt);
        record.systemPrompt = start.systemPrompt.value_or(QString());
        auto created = m_store->createConversation(record);
        if (!created)
            return created.error();
        m_conversationId = created->id;
        m_conversation.systemPrompt = record.systemPrompt;
    }
    m_conversation.messages.append({chat::Role::User, start.prompt});

    // Both rows exist before the request leaves: a kill at any later point
    // leaves the prompt and an (interrupted) reply, never a lost prompt.
    m_recorder = std::make_unique<store::ExchangeRecorder>(*m_store, m_conversationId, start.source);
    if (auto error = m_recorder->recordUserMessage(start.prompt))
        return error;
    return m_recorder->beginReply();
}

std::optional<Error> ChatRecording::loadHistory(qint64 conversationId)
{
    auto record = m_store->conversation(conversationId);
    if (!record)
        return record.error();
    m_conversation.systemPrompt = record->systemPrompt;
    // A failed reply may have no text; an empty turn means nothing to a model.
    return m_store->forEachMessage(conversationId, [this](const chat::MessageRecord &message) {
        if (!message.text.isEmpty())
            m_conversation.messages.append({message.role, message.text});
        return true;
    });
}

std::optional<Error> ChatRecording::replyTextChanged(const QString &fullText)
{
    m_recorder->replyTextChanged(fullText);
    const std::optional<Error> error = m_recorder->lastCheckpointError();
    if (!error || m_reportedCheckpointError)
        return std::nullopt;
    m_reportedCheckpointError = true;
    return error;
}

void ChatRecording::seamAdded(qsizetype position)
{
    m_recorder->addSeam(int(position));
}

void ChatRecording::usageReceived(qint64 inputTokens, qint64 outputTokens)
{
    // A provider may report the two counts in separate events.
    if (inputTokens >= 0)
        m_usage.inputTokens = int(inputTokens);
    if (outputTokens >= 0)
        m_usage.outputTokens = int(outputTokens);
}

std::optional<Error> ChatRecording::replyFinished()
{
    return m_recorder->endReply(chat::MessageStatus::Complete, {}, m_usage);
}

std::optional<Error> ChatRecording::replyFailed(const Error &error, bool interrupted)
{
    // An interrupted reply keeps why, too (the transcript format allows it).
    const chat::MessageStatus status = interrupted ? chat::MessageStatus::Interrupted : chat::MessageStatus::Error;
    return m_recorder->endReply(status, redact(error.message, m_secrets), m_usage);
}

} // namespace inkchat::cli
