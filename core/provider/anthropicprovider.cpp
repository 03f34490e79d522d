#include "anthropicprovider.h"

#include "jsonreplydecoder.h"
#include "modellist.h"
#include "providerjson.h"
#include "requestparts.h"
#include "ssereplydecoder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

namespace {

/// The text or thinking of a whole content block or of a block's delta,
/// which keep it under the same key. Other blocks (tool use, signatures,
/// redacted thinking) are not part of the visible reply.
void appendContent(const QJsonObject &block, StreamEvents &out)
{
    const QString type = block.value("type"_L1).toString();
    if (type == "text"_L1 || type == "text_delta"_L1) {
        if (const QString text = block.value("text"_L1).toString(); !text.isEmpty())
            out.append(TextDelta{text});
    } else if (type == "thinking"_L1 || type == "thinking_delta"_L1) {
        if (const QString thinking = block.value("thinking"_L1).toString(); !thinking.isEmpty())
            out.append(ReasoningDelta{thinking});
    }
}

/// The model a message object names, if it names one.
void appendModel(const QJsonObject &message, StreamEvents &out)
{
    if (const QString model = message.value("model"_L1).toString(); !model.isEmpty())
        out.append(AnsweringModel{model});
}

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
            appendContent(object->value("delta"_L1).toObject(), out);
        } else if (type == "message_start"_L1) {
            const QJsonObject message = object->value("message"_L1).toObject();
            m_inputTokens = message.value("usage"_L1).toObject().value("input_tokens"_L1).toInteger(-1);
            appendModel(message, out);
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

/// Decodes a whole message object (the single rung).
class AnthropicJsonDecoder final : public JsonReplyDecoder
{
private:
    void decodeResponse(const QJsonObject &message, StreamEvents &out) override
    {
        appendModel(message, out);
        const QJsonArray content = message.value("content"_L1).toArray();
        for (const QJsonValue &block : content)
            appendContent(block.toObject(), out);
        const QJsonObject usage = message.value("usage"_L1).toObject();
        if (!usage.isEmpty())
            out.append(Usage{tokenCount(usage, "input_tokens"_L1), tokenCount(usage, "output_tokens"_L1)});
        if (const QJsonValue stopReason = message.value("stop_reason"_L1); stopReason.isString())
            out.append(Finished{stopReason.toString()});
    }
};

} // namespace

AnthropicProvider::AnthropicProvider() : Provider(ProviderKind::Anthropic) {}

StreamRequest AnthropicProvider::buildRequest(const chat::Conversation &conversation,
                                              const Endpoint &endpoint, Rung rung) const
{
    const chat::ReplyParameters parameters = supportedParameters(conversation.parameters);
    QJsonObject body{
        {"model"_L1, endpoint.model},
        {"max_tokens"_L1, parameters.maxOutputTokens.value_or(kMaxTokens)},
        {"messages"_L1, roleContentMessages(conversation, SystemPrompt::Separate, ImageFormat::Anthropic)},
        {"stream"_L1, rung == Rung::Stream},
    };
    if (!conversation.systemPrompt.isEmpty())
        body.insert("system"_L1, conversation.systemPrompt);
    // Effort bounds all of a reply's tokens, thinking included, and needs
    // no thinking block; no sampling parameter is sent (the API version
    // rejects them all).
    if (!parameters.reasoningEffort.isEmpty())
        body.insert("output_config"_L1, QJsonObject{{"effort"_L1, parameters.reasoningEffort}});

    // Users paste either the host (as the SDK takes it) or the /v1 base they
    // know from OpenAI-style clients.
    StreamRequest request = jsonPostRequest(appendApiPath(endpoint.baseUrl, u"/v1"_s, u"/messages"_s), body,
                                            streamingOrJson(rung, Framing::Sse));
    appendAuthentication(request, endpoint);
    return request;
}

std::optional<StreamRequest> AnthropicProvider::buildModelListRequest(const Endpoint &endpoint) const
{
    // The list comes in pages of 20 unless asked for more; 1000 is the most
    // a page holds, more than the API has models.
    QUrl url = appendApiPath(endpoint.baseUrl, u"/v1"_s, u"/models"_s);
    QUrlQuery query(url);
    query.addQueryItem(u"limit"_s, u"1000"_s);
    url.setQuery(query);
    StreamRequest request = getRequest(url, Framing::Json);
    appendAuthentication(request, endpoint);
    return request;
}

Result<QStringList> AnthropicProvider::parseModelList(const QByteArray &body) const
{
    // Newest first, as the API lists them.
    return modelIdsIn(body, "data"_L1, "id"_L1);
}

void AnthropicProvider::appendAuthentication(StreamRequest &request, const Endpoint &endpoint)
{
    // x-api-key, not the Bearer token the 2026-10-21 SDKs send: the API
    // takes both, and the proxies and compatible servers in front of it
    // read x-api-key.
    if (!endpoint.apiKey.isEmpty())
        request.headers.append({QByteArrayLiteral("x-api-key"), endpoint.apiKey.toUtf8()});
    request.headers.append({QByteArrayLiteral("anthropic-version"), kApiVersion.toByteArray()});
}

std::unique_ptr<ReplyDecoder> AnthropicProvider::createDecoder(Rung rung) const
{
    if (rung == Rung::Stream)
        return std::make_unique<AnthropicDecoder>();
    return std::make_unique<AnthropicJsonDecoder>();
}

} // namespace inkchat::provider
