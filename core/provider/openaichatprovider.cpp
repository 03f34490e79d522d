#include "openaichatprovider.h"

#include "providerjson.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

namespace {

/// Decodes `chat.completion.chunk` events.
class OpenAiChatDecoder : public ReplyDecoder
{
public:
    void decode(const Frame &frame, StreamEvents &out) override
    {
        if (m_ended)
            return;
        if (const auto *event = std::get_if<stream::SseEvent>(&frame))
            decodeEvent(*event, out);
        else if (const auto *stray = std::get_if<SseStrayLine>(&frame))
            decodeStrayLine(stray->line, out);
    }

    bool isComplete() const override { return m_complete; }

private:
    void decodeEvent(const stream::SseEvent &event, StreamEvents &out)
    {
        const QByteArrayView data = QByteArrayView(event.data).trimmed();
        if (data.isEmpty())
            return;
        if (data == "[DONE]") {
            m_ended = true;
            m_complete = m_sawFinish;
            return;
        }
        const auto chunk = parseJsonObject(data);
        if (!chunk) {
            fail(protocolError(u"the server sent an event that is not a JSON object: "_s
                               + oneLine(QString::fromUtf8(data), 120)),
                 out);
            return;
        }
        if (chunk->contains("error"_L1) || event.type == "error") {
            const auto text = findErrorText(*chunk);
            fail(providerError(text.value_or(ProviderErrorText{})), out);
            return;
        }
        decodeChunk(*chunk, out);
    }

    void decodeChunk(const QJsonObject &chunk, StreamEvents &out)
    {
        const QJsonArray choices = chunk.value("choices"_L1).toArray();
        for (const QJsonValue &value : choices) {
            const QJsonObject choice = value.toObject();
            // n > 1 is never requested; other choices are not this reply.
            if (choice.value("index"_L1).toInt(0) != 0)
                continue;
            const QJsonObject delta = choice.value("delta"_L1).toObject();
            for (const auto key : {"reasoning_content"_L1, "reasoning"_L1}) {
                const QString reasoning = delta.value(key).toString();
                if (!reasoning.isEmpty())
                    out.append(ReasoningDelta{reasoning});
            }
            const QString content = delta.value("content"_L1).toString();
            if (!content.isEmpty())
                out.append(TextDelta{content});
            const QJsonValue finish = choice.value("finish_reason"_L1);
            if (finish.isString()) {
                m_sawFinish = true;
                out.append(Finished{finish.toString()});
            }
        }
        const QJsonValue usage = chunk.value("usage"_L1);
        if (usage.isObject()) {
            const QJsonObject counts = usage.toObject();
            out.append(Usage{counts.value("prompt_tokens"_L1).toInteger(-1),
                             counts.value("completion_tokens"_L1).toInteger(-1)});
        }
    }

    // Older llama.cpp servers write `error: {json}`, others a bare JSON
    // object: both are lines the SSE standard ignores, yet they end the reply.
    void decodeStrayLine(QByteArrayView line, StreamEvents &out)
    {
        QByteArrayView payload = line.trimmed();
        const bool errorField = payload.startsWith("error:");
        if (errorField)
            payload = payload.sliced(6).trimmed();
        const auto object = parseJsonObject(payload);
        if (object && (errorField || object->contains("error"_L1))) {
            fail(providerError(findErrorText(*object).value_or(ProviderErrorText{})), out);
        } else if (errorField) {
            fail(providerError({oneLine(QString::fromUtf8(payload)), {}}), out);
        }
    }

    void fail(ProviderError error, StreamEvents &out)
    {
        m_ended = true;
        out.append(std::move(error));
    }

    bool m_sawFinish = false;
    bool m_complete = false;
    bool m_ended = false; ///< [DONE] or an error: later frames are not this reply
};

} // namespace

QString OpenAiChatProvider::id() const
{
    return u"openai"_s;
}

StreamRequest OpenAiChatProvider::buildRequest(const chat::Conversation &conversation,
                                               const Endpoint &endpoint) const
{
    QJsonArray messages;
    if (!conversation.systemPrompt.isEmpty())
        messages.append(QJsonObject{{"role"_L1, u"system"_s}, {"content"_L1, conversation.systemPrompt}});
    for (const chat::ChatMessage &message : conversation.messages) {
        const QString role = message.role == chat::Role::User ? u"user"_s : u"assistant"_s;
        messages.append(QJsonObject{{"role"_L1, role}, {"content"_L1, message.text}});
    }
    const QJsonObject body{
        {"model"_L1, endpoint.model},
        {"messages"_L1, messages},
        {"stream"_L1, true},
        {"stream_options"_L1, QJsonObject{{"include_usage"_L1, true}}},
    };

    StreamRequest request;
    request.url = appendPath(endpoint.baseUrl, u"chat/completions"_s);
    if (!endpoint.apiKey.isEmpty())
        request.headers.append({QByteArrayLiteral("Authorization"),
                                QByteArray(QByteArrayLiteral("Bearer ") + endpoint.apiKey.toUtf8())});
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = compactJson(body);
    request.framing = Framing::Sse;
    return request;
}

std::unique_ptr<ReplyDecoder> OpenAiChatProvider::createDecoder() const
{
    return std::make_unique<OpenAiChatDecoder>();
}

} // namespace inkchat::provider
