#include "openaichatprovider.h"

#include "jsonreplydecoder.h"
#include "modellist.h"
#include "providerjson.h"
#include "requestparts.h"
#include "ssereplydecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

namespace {

/// The choice of this reply: n > 1 is never requested, so other choices are
/// not it. Empty when the object has none (the usage chunk).
QJsonObject replyChoice(const QJsonObject &object)
{
    const QJsonArray choices = object.value("choices"_L1).toArray();
    for (const QJsonValue &value : choices) {
        const QJsonObject choice = value.toObject();
        if (choice.value("index"_L1).toInt(0) == 0)
            return choice;
    }
    return {};
}

/// The reasoning and text of a streamed delta or a whole message, which
/// spell them the same way (reasoning_content: DeepSeek, vLLM; reasoning:
/// OpenRouter, Ollama).
void appendMessage(const QJsonObject &message, StreamEvents &out)
{
    for (const auto key : {"reasoning_content"_L1, "reasoning"_L1}) {
        const QString reasoning = message.value(key).toString();
        if (!reasoning.isEmpty())
            out.append(ReasoningDelta{reasoning});
    }
    const QString content = message.value("content"_L1).toString();
    if (!content.isEmpty())
        out.append(TextDelta{content});
}

/// Appends the choice's finish reason; returns whether it had one.
bool appendFinish(const QJsonObject &choice, StreamEvents &out)
{
    const QJsonValue finish = choice.value("finish_reason"_L1);
    if (!finish.isString())
        return false;
    out.append(Finished{finish.toString()});
    return true;
}

/// The model a chunk or a whole completion names, if it is news.
void appendModel(const QJsonObject &object, QString &known, StreamEvents &out)
{
    const QString model = object.value("model"_L1).toString();
    if (!model.isEmpty() && model != known) {
        known = model;
        out.append(AnsweringModel{model});
    }
}

void appendUsage(const QJsonObject &object, StreamEvents &out)
{
    const QJsonValue usage = object.value("usage"_L1);
    if (usage.isObject()) {
        const QJsonObject counts = usage.toObject();
        out.append(Usage{tokenCount(counts, "prompt_tokens"_L1), tokenCount(counts, "completion_tokens"_L1)});
    }
}

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
        appendModel(*chunk, m_model, out);
        const QJsonObject choice = replyChoice(*chunk);
        appendMessage(choice.value("delta"_L1).toObject(), out);
        m_sawFinish = appendFinish(choice, out) || m_sawFinish;
        appendUsage(*chunk, out);
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
    QString m_model;
};

/// Decodes a whole `chat.completion` object (the single rung).
class OpenAiChatJsonDecoder final : public JsonReplyDecoder
{
private:
    void decodeResponse(const QJsonObject &response, StreamEvents &out) override
    {
        QString model;
        appendModel(response, model, out);
        const QJsonObject choice = replyChoice(response);
        appendMessage(choice.value("message"_L1).toObject(), out);
        appendUsage(response, out);
        appendFinish(choice, out);
    }
};

} // namespace

OpenAiChatProvider::OpenAiChatProvider() : Provider(ProviderKind::OpenAiChat) {}

StreamRequest OpenAiChatProvider::buildRequest(const chat::Conversation &conversation,
                                               const Endpoint &endpoint, Rung rung) const
{
    const bool streaming = rung == Rung::Stream;
    QJsonObject body{
        {"model"_L1, endpoint.model},
        {"messages"_L1, roleContentMessages(conversation, SystemPrompt::InMessages, ImageFormat::OpenAiChat)},
        {"stream"_L1, streaming},
    };
    // Servers reject stream_options on a request that does not stream.
    if (streaming)
        body.insert("stream_options"_L1, QJsonObject{{"include_usage"_L1, true}});
    const chat::ReplyParameters parameters = supportedParameters(conversation.parameters);
    if (parameters.temperature)
        body.insert("temperature"_L1, *parameters.temperature);
    // max_tokens is deprecated, and reasoning models refuse it.
    if (parameters.maxOutputTokens)
        body.insert("max_completion_tokens"_L1, *parameters.maxOutputTokens);
    if (!parameters.reasoningEffort.isEmpty())
        body.insert("reasoning_effort"_L1, parameters.reasoningEffort);

    StreamRequest request = jsonPostRequest(appendApiPath(endpoint.baseUrl, {}, u"/chat/completions"_s), body,
                                            streamingOrJson(rung, Framing::Sse));
    if (streaming)
        request.optional |= OptionalParameter::StreamUsage;
    appendBearerToken(request.headers, endpoint.apiKey);
    return request;
}

StreamRequest OpenAiChatProvider::buildContinuationRequest(const chat::Conversation &conversation,
                                                           const Endpoint &endpoint, Rung rung,
                                                           const QString &partialReply) const
{
    StreamRequest request = Provider::buildContinuationRequest(conversation, endpoint, rung, partialReply);
    const Prefill prefill = prefillFor(info(), endpoint.server);
    if (prefill != Prefill::ContinueFinalMessage && prefill != Prefill::PrefixFlag)
        return request;
    QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QJsonArray messages = body.value("messages"_L1).toArray();
    QJsonObject last = messages.isEmpty() ? QJsonObject() : messages.last().toObject();
    if (last.value("role"_L1).toString() != u"assistant"_s)
        return request; // only white space came: a fresh request
    // Each server carries on from the trailing turn only when told to; by
    // default it answers it afresh.
    if (prefill == Prefill::ContinueFinalMessage) {
        body.insert("continue_final_message"_L1, true);
        body.insert("add_generation_prompt"_L1, false);
    } else {
        last.insert("prefix"_L1, true);
        messages.replace(messages.size() - 1, last);
        body.insert("messages"_L1, messages);
    }
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

std::unique_ptr<ReplyDecoder> OpenAiChatProvider::createDecoder(Rung rung) const
{
    if (rung == Rung::Stream)
        return std::make_unique<OpenAiChatDecoder>();
    return std::make_unique<OpenAiChatJsonDecoder>();
}

std::optional<StreamRequest> OpenAiChatProvider::buildModelListRequest(const Endpoint &endpoint) const
{
    return openAiModelListRequest(endpoint);
}

Result<QStringList> OpenAiChatProvider::parseModelList(const QByteArray &body) const
{
    return openAiModelList(body);
}

} // namespace inkchat::provider
