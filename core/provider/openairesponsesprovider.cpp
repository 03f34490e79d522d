#include "openairesponsesprovider.h"

#include "providerjson.h"
#include "requestparts.h"
#include "ssereplydecoder.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

namespace {

/// Decodes Responses API stream events by their JSON `type`.
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
        decodeEvent(eventType(*object, event), *object, out);
        // The position is only worth keeping if the reply goes on after it:
        // after an error there is nothing to resume.
        const QJsonValue sequence = object->value("sequence_number"_L1);
        if (!hasFailed() && sequence.isDouble())
            out.append(ResumePoint{QString::number(sequence.toInteger())});
    }

    void decodeEvent(const QString &type, const QJsonObject &event, StreamEvents &out)
    {
        if (type == "response.output_text.delta"_L1) {
            appendText(event.value("delta"_L1).toString(), out);
        } else if (type == "response.reasoning_summary_text.delta"_L1
                   || type == "response.reasoning_text.delta"_L1) {
            appendReasoning(event, out);
        } else if (type == "response.completed"_L1 || type == "response.incomplete"_L1) {
            finish(event.value("response"_L1).toObject(), out);
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
                             + QString::number(event.value("summary_index"_L1).toInteger(
                                 event.value("content_index"_L1).toInteger(0)));
        if (!m_reasoningPart.isEmpty() && part != m_reasoningPart)
            out.append(ReasoningDelta{u"\n\n"_s});
        m_reasoningPart = part;
        out.append(ReasoningDelta{text});
    }

    void finish(const QJsonObject &response, StreamEvents &out)
    {
        const QJsonValue usage = response.value("usage"_L1);
        if (usage.isObject()) {
            const QJsonObject counts = usage.toObject();
            out.append(Usage{counts.value("input_tokens"_L1).toInteger(-1),
                             counts.value("output_tokens"_L1).toInteger(-1)});
        }
        QString reason = response.value("incomplete_details"_L1).toObject().value("reason"_L1).toString();
        if (reason.isEmpty())
            reason = response.value("status"_L1).toString(u"completed"_s);
        out.append(Finished{reason});
        end(true);
    }

    QString m_reasoningPart; ///< item and part of the last reasoning delta
};

} // namespace

QString OpenAiResponsesProvider::id() const
{
    return u"openai-responses"_s;
}

StreamRequest OpenAiResponsesProvider::buildRequest(const chat::Conversation &conversation,
                                                    const Endpoint &endpoint) const
{
    QJsonObject body{
        {"model"_L1, endpoint.model},
        {"input"_L1, roleContentMessages(conversation, SystemPrompt::Separate)},
        {"stream"_L1, true},
    };
    if (!conversation.systemPrompt.isEmpty())
        body.insert("instructions"_L1, conversation.systemPrompt);

    StreamRequest request =
        jsonPostRequest(appendApiPath(endpoint.baseUrl, {}, u"/responses"_s), body, Framing::Sse);
    appendBearerToken(request.headers, endpoint.apiKey);
    return request;
}

std::unique_ptr<ReplyDecoder> OpenAiResponsesProvider::createDecoder() const
{
    return std::make_unique<OpenAiResponsesDecoder>();
}

} // namespace inkchat::provider
