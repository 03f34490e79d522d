#include "geminiprovider.h"

#include "providerjson.h"
#include "requestparts.h"
#include "ssereplydecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

namespace {

/// A bare JSON object written between events is an error report of a few
/// hundred bytes; anything much larger is not one, and must not grow the
/// buffer without bound.
constexpr qsizetype kMaxBareJsonSize = 64 * 1024;

QJsonObject textContent(const QString &text)
{
    return QJsonObject{{u"parts"_s, QJsonArray{QJsonObject{{u"text"_s, text}}}}};
}

QJsonObject requestBody(const chat::Conversation &conversation)
{
    QJsonArray contents;
    for (const chat::ChatMessage &turn : conversation.messages) {
        QJsonObject content = textContent(turn.text);
        content.insert(u"role"_s, turn.role == chat::Role::User ? u"user"_s : u"model"_s);
        contents.append(content);
    }
    QJsonObject body{{u"contents"_s, contents}};
    if (!conversation.systemPrompt.isEmpty())
        body.insert(u"systemInstruction"_s, textContent(conversation.systemPrompt));
    return body;
}

/// Google API statuses worth retrying (https://google.aip.dev/194).
bool isRetryable(int code, const QString &status)
{
    return code == 429 || code == 500 || code == 503 || code == 504
        || status == "UNAVAILABLE"_L1 || status == "RESOURCE_EXHAUSTED"_L1
        || status == "INTERNAL"_L1 || status == "DEADLINE_EXCEEDED"_L1;
}

/// A google.rpc.Status as Gemini sends it: {"code", "message", "status"}.
Error statusError(const QJsonObject &status)
{
    const QString name = status.value("status"_L1).toString();
    QString message = status.value("message"_L1).toString();
    if (message.isEmpty())
        message = u"Gemini reported an error"_s;
    if (!name.isEmpty())
        message += u" ("_s + name + u')';
    return Error::make(Error::Kind::Provider, message,
                       isRetryable(status.value("code"_L1).toInt(), name));
}

/// Decodes the GenerateContentResponse chunks of one reply.
class GeminiDecoder final : public SseReplyDecoder
{
private:
    void decodeEvent(const stream::SseEvent &event, StreamEvents &out) override
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(event.data, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            fail({Error::make(Error::Kind::Protocol,
                              u"Gemini sent an event that is not a JSON object: "_s
                                  + parseError.errorString())},
                 out);
            return;
        }
        decodeResponse(document.object(), out);
    }

    /// Gemini's mid-stream error is not an event: its lines reach us one by
    /// one, so they are collected from a line starting with '{' until they
    /// parse as one object.
    void decodeStrayLine(const QByteArray &line, StreamEvents &out) override
    {
        const QByteArray trimmed = line.trimmed();
        if (m_bareJson.isEmpty() && !trimmed.startsWith('{'))
            return; // the standard ignores unknown fields, and so do we
        if (m_bareJson.size() + line.size() + 1 > kMaxBareJsonSize) {
            fail({Error::make(Error::Kind::LimitExceeded,
                              u"Gemini wrote more than %1 bytes of text between events"_s.arg(
                                  kMaxBareJsonSize))},
                 out);
            return;
        }
        m_bareJson += line;
        m_bareJson += '\n';
        // Every JSON object ends in '}': parsing before that cannot succeed.
        if (!trimmed.endsWith('}'))
            return;
        const QJsonDocument document = QJsonDocument::fromJson(m_bareJson);
        if (!document.isObject())
            return;
        m_bareJson.clear();
        decodeResponse(document.object(), out);
    }

    void decodeResponse(const QJsonObject &response, StreamEvents &out)
    {
        if (const QJsonValue error = response.value("error"_L1); error.isObject()) {
            fail({statusError(error.toObject())}, out);
            return;
        }

        const QJsonObject candidate = response.value("candidates"_L1).toArray().at(0).toObject();
        const QJsonArray parts =
            candidate.value("content"_L1).toObject().value("parts"_L1).toArray();
        for (const QJsonValue &partValue : parts) {
            const QJsonObject part = partValue.toObject();
            const QString text = part.value("text"_L1).toString();
            if (text.isEmpty())
                continue;
            if (part.value("thought"_L1).toBool())
                out.append(ReasoningDelta{text});
            else
                out.append(TextDelta{text});
        }

        // Every chunk carries the running totals; only the last ones matter.
        if (const QJsonValue usage = response.value("usageMetadata"_L1); usage.isObject())
            m_usage = usage.toObject();

        if (const QString reason = candidate.value("finishReason"_L1).toString();
            !reason.isEmpty()) {
            if (!m_usage.isEmpty())
                out.append(usageEvent());
            out.append(Finished{reason});
            markComplete();
        }

        const QJsonObject feedback = response.value("promptFeedback"_L1).toObject();
        if (const QString block = feedback.value("blockReason"_L1).toString(); !block.isEmpty()) {
            QString message = u"Gemini blocked the prompt (%1)"_s.arg(block);
            if (const QString detail = feedback.value("blockReasonMessage"_L1).toString();
                !detail.isEmpty())
                message += u": "_s + detail;
            fail({Error::make(Error::Kind::Provider, message)}, out);
        }
    }

    /// Thinking tokens are billed as output but counted apart from the
    /// candidates; the sum is what the reply cost, as other providers report it.
    Usage usageEvent() const
    {
        Usage usage;
        usage.inputTokens = tokenCount(m_usage, "promptTokenCount"_L1);
        const qint64 candidates = tokenCount(m_usage, "candidatesTokenCount"_L1);
        const qint64 thoughts = tokenCount(m_usage, "thoughtsTokenCount"_L1);
        if (candidates >= 0 || thoughts >= 0)
            usage.outputTokens = qMax<qint64>(candidates, 0) + qMax<qint64>(thoughts, 0);
        return usage;
    }

    QJsonObject m_usage;
    QByteArray m_bareJson;
};

} // namespace

QString GeminiProvider::id() const
{
    return u"gemini"_s;
}

StreamRequest GeminiProvider::buildRequest(const chat::Conversation &conversation,
                                           const Endpoint &endpoint) const
{
    // Model ids are listed as "models/gemini-…"; accept both spellings.
    QString model = endpoint.model;
    if (model.startsWith("models/"_L1))
        model.remove(0, 7);

    QUrl url = appendApiPath(endpoint.baseUrl, u"/v1beta"_s,
                             u"/models/"_s + model + u":streamGenerateContent"_s);
    // A key pasted into the base URL as ?key= must not travel in the URL.
    QUrlQuery query(url);
    query.removeAllQueryItems(u"key"_s);
    query.removeAllQueryItems(u"alt"_s);
    query.addQueryItem(u"alt"_s, u"sse"_s);
    url.setQuery(query);

    StreamRequest request = jsonPostRequest(url, requestBody(conversation), Framing::Sse);
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("text/event-stream")});
    if (!endpoint.apiKey.isEmpty())
        request.headers.append({QByteArrayLiteral("x-goog-api-key"), endpoint.apiKey.toUtf8()});
    return request;
}

std::unique_ptr<ReplyDecoder> GeminiProvider::createDecoder() const
{
    return std::make_unique<GeminiDecoder>();
}

} // namespace inkchat::provider
