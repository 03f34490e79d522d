#include "anthropicprovider.h"

#include "providerjson.h"
#include "requestparts.h"
#include "ssereplydecoder.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

namespace {

/// Decodes Messages API stream events by their JSON `type` (the SSE event
/// name carries the same word and is only a fallback).
class AnthropicDecoder : public SseReplyDecoder
{
private:
    void decodeEvent(const stream::SseEvent &event, StreamEvents &out) override
    {
        const QByteArrayView data = QByteArrayView(event.data).trimmed();
        if (data.isEmpty())
            return;
        const auto object = parseJsonData(data, out);
        if (!object)
            return;
        const QString type = eventType(*object, event);

        if (type == "content_block_delta"_L1) {
            decodeDelta(object->value("delta"_L1).toObject(), out);
        } else if (type == "message_start"_L1) {
            const QJsonObject usage = object->value("message"_L1).toObject().value("usage"_L1).toObject();
            m_inputTokens = usage.value("input_tokens"_L1).toInteger(-1);
        } else if (type == "message_delta"_L1) {
            decodeMessageDelta(*object, out);
        } else if (type == "message_stop"_L1) {
            end(true);
        } else if (type == "error"_L1) {
            fail(providerErrorIn(*object), out);
        }
        // ping, content_block_start/stop and event types added later are
        // not part of the visible reply (the API's versioning policy allows
        // new events at any time).
    }

    void decodeDelta(const QJsonObject &delta, StreamEvents &out)
    {
        const QString type = delta.value("type"_L1).toString();
        if (type == "text_delta"_L1) {
            const QString text = delta.value("text"_L1).toString();
            if (!text.isEmpty())
                out.append(TextDelta{text});
        } else if (type == "thinking_delta"_L1) {
            const QString thinking = delta.value("thinking"_L1).toString();
            if (!thinking.isEmpty())
                out.append(ReasoningDelta{thinking});
        }
    }

    void decodeMessageDelta(const QJsonObject &event, StreamEvents &out)
    {
        const QJsonValue stopReason = event.value("delta"_L1).toObject().value("stop_reason"_L1);
        if (stopReason.isString())
            out.append(Finished{stopReason.toString()});
        const QJsonValue usage = event.value("usage"_L1);
        if (usage.isObject()) {
            const QJsonObject counts = usage.toObject();
            // Newer API versions repeat the (cumulative) input count here.
            out.append(Usage{counts.value("input_tokens"_L1).toInteger(m_inputTokens),
                             counts.value("output_tokens"_L1).toInteger(-1)});
        }
    }

    // A proxy in front of the API may write the error as a bare JSON line.
    void decodeStrayLine(const QByteArray &line, StreamEvents &out) override
    {
        const auto object = parseJsonObject(line.trimmed());
        if (object && (object->value("type"_L1).toString() == "error"_L1 || object->contains("error"_L1)))
            fail(providerErrorIn(*object), out);
    }

    qint64 m_inputTokens = -1;
};

} // namespace

QString AnthropicProvider::id() const
{
    return u"anthropic"_s;
}

StreamRequest AnthropicProvider::buildRequest(const chat::Conversation &conversation,
                                              const Endpoint &endpoint) const
{
    QJsonObject body{
        {"model"_L1, endpoint.model},
        {"max_tokens"_L1, kMaxTokens},
        {"messages"_L1, roleContentMessages(conversation, SystemPrompt::Separate)},
        {"stream"_L1, true},
    };
    if (!conversation.systemPrompt.isEmpty())
        body.insert("system"_L1, conversation.systemPrompt);

    // Users paste either the host (as the SDK takes it) or the /v1 base they
    // know from OpenAI-style clients.
    StreamRequest request =
        jsonPostRequest(appendApiPath(endpoint.baseUrl, u"/v1"_s, u"/messages"_s), body, Framing::Sse);
    if (!endpoint.apiKey.isEmpty())
        request.headers.append({QByteArrayLiteral("x-api-key"), endpoint.apiKey.toUtf8()});
    request.headers.append({QByteArrayLiteral("anthropic-version"), QByteArrayLiteral("2023-06-01")});
    return request;
}

std::unique_ptr<ReplyDecoder> AnthropicProvider::createDecoder() const
{
    return std::make_unique<AnthropicDecoder>();
}

} // namespace inkchat::provider
