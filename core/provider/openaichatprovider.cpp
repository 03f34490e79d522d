#include "openaichatprovider.h"

#include "providerjson.h"
#include "requestparts.h"
#include "ssereplydecoder.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

namespace {

/// Decodes `chat.completion.chunk` events.
class OpenAiChatDecoder : public SseReplyDecoder
{
private:
    void decodeEvent(const stream::SseEvent &event, StreamEvents &out) override
    {
        const QByteArrayView data = QByteArrayView(event.data).trimmed();
        if (data.isEmpty())
            return;
        if (data == "[DONE]") {
            end(m_sawFinish);
            return;
        }
        const auto chunk = parseJsonData(data, out);
        if (!chunk)
            return;
        if (chunk->contains("error"_L1) || event.type == "error") {
            fail(providerErrorIn(*chunk), out);
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
    void decodeStrayLine(const QByteArray &line, StreamEvents &out) override
    {
        QByteArrayView payload = QByteArrayView(line).trimmed();
        const bool errorField = payload.startsWith("error:");
        if (errorField)
            payload = payload.sliced(6).trimmed();
        const auto object = parseJsonObject(payload);
        if (object && (errorField || object->contains("error"_L1))) {
            fail(providerErrorIn(*object), out);
        } else if (errorField) {
            fail(providerError({oneLine(QString::fromUtf8(payload)), {}}), out);
        }
    }

    bool m_sawFinish = false;
};

} // namespace

QString OpenAiChatProvider::id() const
{
    return u"openai"_s;
}

StreamRequest OpenAiChatProvider::buildRequest(const chat::Conversation &conversation,
                                               const Endpoint &endpoint) const
{
    const QJsonObject body{
        {"model"_L1, endpoint.model},
        {"messages"_L1, roleContentMessages(conversation, SystemPrompt::InMessages)},
        {"stream"_L1, true},
        {"stream_options"_L1, QJsonObject{{"include_usage"_L1, true}}},
    };

    StreamRequest request =
        jsonPostRequest(appendApiPath(endpoint.baseUrl, {}, u"/chat/completions"_s), body, Framing::Sse);
    appendBearerToken(request.headers, endpoint.apiKey);
    return request;
}

std::unique_ptr<ReplyDecoder> OpenAiChatProvider::createDecoder() const
{
    return std::make_unique<OpenAiChatDecoder>();
}

} // namespace inkchat::provider
