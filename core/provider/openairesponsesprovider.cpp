#include "openairesponsesprovider.h"

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

/// The usage and the reason of a response that ended normally (completed,
/// or incomplete because it hit a limit).
void appendEnd(const QJsonObject &response, StreamEvents &out)
{
    const QJsonValue usage = response.value("usage"_L1);
    if (usage.isObject()) {
        const QJsonObject counts = usage.toObject();
        out.append(Usage{tokenCount(counts, "input_tokens"_L1), tokenCount(counts, "output_tokens"_L1)});
    }
    QString reason = response.value("incomplete_details"_L1).toObject().value("reason"_L1).toString();
    if (reason.isEmpty())
        reason = response.value("status"_L1).toString(u"completed"_s);
    out.append(Finished{reason});
}

/// Decodes Responses API events by their JSON `type`: SSE events, or
/// WebSocket messages handed over as SSE events.
class OpenAiResponsesDecoder : public SseReplyDecoder
{
private:
    void decodeEvent(const stream::SseEvent &event, StreamEvents &out) override
    {
        const QByteArrayView data = QByteArrayView(event.data).trimmed();
        if (data.isEmpty() || data == "[DONE]")
            return;
        const auto object = parseJsonData(data, out);
        if (!object)
            return;
        // response.created names the response that a resume asks for, and
        // the model that writes it.
        const QJsonObject response = object->value("response"_L1).toObject();
        if (m_responseId.isEmpty())
            m_responseId = response.value("id"_L1).toString();
        if (const QString model = response.value("model"_L1).toString();
            !model.isEmpty() && model != m_model) {
            m_model = model;
            out.append(AnsweringModel{model});
        }
        decodeEvent(eventType(*object, event), *object, out);
        // The position is only worth keeping if the reply goes on after it:
        // after an error there is nothing to resume.
        const QJsonValue sequence = object->value("sequence_number"_L1);
        if (!hasFailed() && sequence.isDouble())
            out.append(ResumePoint{QString::number(sequence.toInteger()), m_responseId});
    }

    void decodeEvent(const QString &type, const QJsonObject &event, StreamEvents &out)
    {
        if (type == "response.output_text.delta"_L1) {
            appendText(event.value("delta"_L1).toString(), out);
        } else if (type == "response.reasoning_summary_text.delta"_L1
                   || type == "response.reasoning_text.delta"_L1) {
            appendReasoning(event, out);
        } else if (type == "response.completed"_L1 || type == "response.incomplete"_L1) {
            appendEnd(event.value("response"_L1).toObject(), out);
            end(true);
        } else if (type == "response.failed"_L1) {
            const QJsonObject response = event.value("response"_L1).toObject();
            fail(providerErrorIn(response), out);
        } else if (type == "error"_L1) {
            // Documented as {"type":"error","code","message","param"}; some
            // servers nest it as {"error":{...}} instead.
            fail(providerErrorIn(event), out);
        }
    }

    void appendText(const QString &text, StreamEvents &out)
    {
        if (!text.isEmpty())
            out.append(TextDelta{text});
    }

    // Summary parts arrive as separate paragraphs without a separator
    // between them; a blank line keeps them apart.
    void appendReasoning(const QJsonObject &event, StreamEvents &out)
    {
        const QString text = event.value("delta"_L1).toString();
        if (text.isEmpty())
            return;
        const QString part = event.value("item_id"_L1).toString() + u'/'
                             + QString::number(event.value("summary_index"_L1)
                                                   .toInteger(event.value("content_index"_L1).toInteger(0)));
        if (!m_reasoningPart.isEmpty() && part != m_reasoningPart)
            out.append(ReasoningDelta{u"\n\n"_s});
        m_reasoningPart = part;
        out.append(ReasoningDelta{text});
    }

    QString m_reasoningPart; ///< item and part of the last reasoning delta
    QString m_responseId;
    QString m_model;
};

/// The text of every part of `kind` in the items of `itemType` in a
/// response's output, joined by `separator`.
QString outputText(const QJsonObject &response, QLatin1StringView itemType, QLatin1StringView partsKey,
                   QLatin1StringView kind, const QString &separator)
{
    QStringList texts;
    const QJsonArray output = response.value("output"_L1).toArray();
    for (const QJsonValue &item : output) {
        if (item["type"_L1].toString() != itemType)
            continue;
        const QJsonArray parts = item[partsKey].toArray();
        for (const QJsonValue &part : parts) {
            if (part["type"_L1].toString() == kind)
                texts.append(part["text"_L1].toString());
        }
    }
    return texts.join(separator);
}

/// Decodes a whole Response object: the answer of the single rung, or of
/// one poll of a background response.
class OpenAiResponsesJsonDecoder final : public JsonReplyDecoder
{
private:
    void decodeResponse(const QJsonObject &response, StreamEvents &out) override
    {
        const QString status = response.value("status"_L1).toString();
        if (status == "queued"_L1 || status == "in_progress"_L1) {
            out.append(ResumePoint{{}, response.value("id"_L1).toString()});
            markPending();
        } else if (status == "completed"_L1 || status == "incomplete"_L1
                   || (status.isEmpty() && response.value("output"_L1).isArray())) {
            // Some compatible servers leave the status out of a whole reply.
            if (const QString model = response.value("model"_L1).toString(); !model.isEmpty())
                out.append(AnsweringModel{model});
            appendOutput(response, out);
            appendEnd(response, out);
        } else if (status == "failed"_L1) {
            // With an error object the base class already reported it.
            fail({Error::coded(Error::Kind::Provider, Error::Code::ResponseFailed, {},
                               u"the response failed"_s)},
                 out);
        } else if (status == "cancelled"_L1) {
            fail({Error::coded(Error::Kind::Provider, Error::Code::ResponseCancelled, {},
                               u"the response was cancelled"_s)},
                 out);
        } else {
            const QString unknown = oneLine(status, 40);
            fail({Error::coded(Error::Kind::Protocol, Error::Code::ResponseStatusUnknown, unknown,
                               u"the server sent a response with an unknown status: "_s + unknown)},
                 out);
        }
    }

    /// Reasoning summaries first, as they stream; parts apart by a blank
    /// line, as the stream decoder shows them.
    static void appendOutput(const QJsonObject &response, StreamEvents &out)
    {
        const QString reasoning = outputText(response, "reasoning"_L1, "summary"_L1, "summary_text"_L1,
                                             u"\n\n"_s);
        if (!reasoning.isEmpty())
            out.append(ReasoningDelta{reasoning});
        const QString text = outputText(response, "message"_L1, "content"_L1, "output_text"_L1, {});
        if (!text.isEmpty())
            out.append(TextDelta{text});
    }
};

/// The request with the key as a bearer token.
StreamRequest authorized(StreamRequest request, const Endpoint &endpoint)
{
    appendBearerToken(request.headers, endpoint.apiKey);
    return request;
}

QUrl responsesUrl(const Endpoint &endpoint)
{
    return appendApiPath(endpoint.baseUrl, {}, u"/responses"_s);
}

} // namespace

OpenAiResponsesProvider::OpenAiResponsesProvider() : Provider(ProviderKind::OpenAiResponses) {}

StreamRequest OpenAiResponsesProvider::buildRequest(const chat::Conversation &conversation,
                                                    const Endpoint &endpoint, Rung rung) const
{
    QJsonObject body{
        {"model"_L1, endpoint.model},
        {"input"_L1, roleContentMessages(conversation, SystemPrompt::Separate, ImageFormat::OpenAiResponses)},
    };
    if (!conversation.systemPrompt.isEmpty())
        body.insert("instructions"_L1, conversation.systemPrompt);
    const chat::ReplyParameters parameters = supportedParameters(conversation.parameters);
    if (parameters.temperature)
        body.insert("temperature"_L1, *parameters.temperature);
    if (parameters.maxOutputTokens)
        body.insert("max_output_tokens"_L1, *parameters.maxOutputTokens);
    if (!parameters.reasoningEffort.isEmpty())
        body.insert("reasoning"_L1, QJsonObject{{"effort"_L1, parameters.reasoningEffort}});

    if (rung == Rung::WebSocket) {
        body.insert("type"_L1, u"response.create"_s);
        return authorized(webSocketRequest(responsesUrl(endpoint), body), endpoint);
    }
    // A stored background response outlives a dropped connection: it can
    // be streamed again after a sequence number, or polled until it is done.
    // Without it (a server that refuses it) a dropped reply starts over.
    const bool background = rung == Rung::Stream || rung == Rung::Poll;
    if (background) {
        body.insert("background"_L1, true);
        body.insert("store"_L1, true);
    }
    if (rung == Rung::Stream)
        body.insert("stream"_L1, true);
    StreamRequest request = jsonPostRequest(responsesUrl(endpoint), body,
                                            streamingOrJson(rung, Framing::Sse));
    if (background)
        request.optional |= OptionalParameter::Background;
    return authorized(std::move(request), endpoint);
}

std::unique_ptr<ReplyDecoder> OpenAiResponsesProvider::createDecoder(Rung rung) const
{
    if (rung == Rung::WebSocket || rung == Rung::Stream)
        return std::make_unique<OpenAiResponsesDecoder>();
    return std::make_unique<OpenAiResponsesJsonDecoder>();
}

std::optional<StreamRequest> OpenAiResponsesProvider::buildResumeRequest(const chat::Conversation &,
                                                                         const Endpoint &endpoint, Rung rung,
                                                                         const ResumeState &resume) const
{
    if (resume.responseId.isEmpty())
        return std::nullopt;
    QUrl url = appendPathSegment(responsesUrl(endpoint), resume.responseId);
    if (rung == Rung::Stream && !resume.position.isEmpty()) {
        QUrlQuery query(url);
        query.addQueryItem(u"stream"_s, u"true"_s);
        query.addQueryItem(u"starting_after"_s, resume.position);
        url.setQuery(query);
        return authorized(getRequest(url, Framing::Sse), endpoint);
    }
    if (rung == Rung::Poll)
        return authorized(getRequest(url, Framing::Json), endpoint);
    return std::nullopt;
}

std::optional<StreamRequest> OpenAiResponsesProvider::buildModelListRequest(const Endpoint &endpoint) const
{
    return openAiModelListRequest(endpoint);
}

Result<QStringList> OpenAiResponsesProvider::parseModelList(const QByteArray &body) const
{
    return openAiModelList(body);
}

} // namespace inkchat::provider
