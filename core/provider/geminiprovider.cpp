#include "geminiprovider.h"

#include "imageparts.h"
#include "jsonreplydecoder.h"
#include "modellist.h"
#include "providerjson.h"
#include "requestparts.h"
#include "ssereplydecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <optional>

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

/// The thinking budget of an effort: the figures Google's OpenAI
/// compatibility layer uses for reasoning_effort. A budget, not a
/// thinkingLevel: Gemini 2.5 takes only budgets, Gemini 3 takes both.
int thinkingBudget(const QString &effort)
{
    if (effort == "low"_L1)
        return 1024;
    if (effort == "medium"_L1)
        return 8192;
    return 24576;
}

QJsonObject generationConfig(const chat::ReplyParameters &parameters)
{
    QJsonObject config;
    if (parameters.temperature)
        config.insert(u"temperature"_s, *parameters.temperature);
    if (parameters.maxOutputTokens)
        config.insert(u"maxOutputTokens"_s, *parameters.maxOutputTokens);
    if (!parameters.reasoningEffort.isEmpty()) {
        config.insert(u"thinkingConfig"_s,
                      QJsonObject{{u"thinkingBudget"_s, thinkingBudget(parameters.reasoningEffort)}});
    }
    return config;
}

QJsonObject requestBody(const chat::Conversation &conversation, const chat::ReplyParameters &parameters)
{
    QJsonArray contents;
    for (const chat::ChatMessage &turn : conversation.messages) {
        QJsonObject content = textContent(turn.text);
        if (!turn.attachments.isEmpty()) {
            // An image may go without words; an empty text part is refused.
            QJsonArray parts = turn.text.isEmpty() ? QJsonArray() : content.value("parts"_L1).toArray();
            for (const chat::Attachment &image : turn.attachments)
                parts.append(geminiImagePart(image));
            content.insert(u"parts"_s, parts);
        }
        content.insert(u"role"_s, turn.role == chat::Role::User ? u"user"_s : u"model"_s);
        contents.append(content);
    }
    QJsonObject body{{u"contents"_s, contents}};
    if (!conversation.systemPrompt.isEmpty())
        body.insert(u"systemInstruction"_s, textContent(conversation.systemPrompt));
    if (const QJsonObject config = generationConfig(parameters); !config.isEmpty())
        body.insert(u"generationConfig"_s, config);
    return body;
}

/// Google API statuses worth retrying (https://google.aip.dev/194).
bool isRetryable(int code, const QString &status)
{
    return code == 429 || code == 500 || code == 503 || code == 504 || status == "UNAVAILABLE"_L1
           || status == "RESOURCE_EXHAUSTED"_L1 || status == "INTERNAL"_L1
           || status == "DEADLINE_EXCEEDED"_L1;
}

/// A google.rpc.Status as Gemini sends it: {"code", "message", "status"}.
Error statusError(const QJsonObject &status)
{
    const QString name = status.value("status"_L1).toString();
    const QString words = formatErrorText({status.value("message"_L1).toString(), name});
    return reportedError(u"Gemini"_s, words, isRetryable(status.value("code"_L1).toInt(), name));
}

/// The text and thought parts of a response's first candidate.
void appendParts(const QJsonObject &candidate, StreamEvents &out)
{
    const QJsonArray parts = candidate.value("content"_L1).toObject().value("parts"_L1).toArray();
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
}

QJsonObject firstCandidate(const QJsonObject &response)
{
    return response.value("candidates"_L1).toArray().at(0).toObject();
}

/// Thinking tokens are billed as output but counted apart from the
/// candidates; the sum is what the reply cost, as other providers report it.
Usage usageFrom(const QJsonObject &usageMetadata)
{
    Usage usage;
    usage.inputTokens = tokenCount(usageMetadata, "promptTokenCount"_L1);
    const qint64 candidates = tokenCount(usageMetadata, "candidatesTokenCount"_L1);
    const qint64 thoughts = tokenCount(usageMetadata, "thoughtsTokenCount"_L1);
    if (candidates >= 0 || thoughts >= 0)
        usage.outputTokens = qMax<qint64>(candidates, 0) + qMax<qint64>(thoughts, 0);
    return usage;
}

/// The error for a prompt Gemini refused to answer, if it did.
std::optional<ProviderError> blockedPromptError(const QJsonObject &response)
{
    const QJsonObject feedback = response.value("promptFeedback"_L1).toObject();
    const QString block = feedback.value("blockReason"_L1).toString();
    if (block.isEmpty())
        return std::nullopt;
    const QString words = feedback.value("blockReasonMessage"_L1).toString();
    QString message = u"Gemini blocked the prompt (%1)"_s.arg(block);
    if (!words.isEmpty())
        message += u": "_s + words;
    return ProviderError{
        Error::coded(Error::Kind::Provider, Error::Code::PromptBlocked, block, message).with({}, words)};
}

/// The model version a response names, if it is news.
void appendModel(const QJsonObject &response, QString &known, StreamEvents &out)
{
    const QString model = response.value("modelVersion"_L1).toString();
    if (!model.isEmpty() && model != known) {
        known = model;
        out.append(AnsweringModel{model});
    }
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
            const QString parserWords = parseError.errorString();
            fail({Error::coded(Error::Kind::Protocol, Error::Code::EventNotJson, u"Gemini"_s,
                               u"Gemini sent an event that is not a JSON object: "_s + parserWords)
                      .with({}, parserWords)},
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
            const QString limit = QString::number(kMaxBareJsonSize);
            fail({Error::coded(Error::Kind::LimitExceeded, Error::Code::StrayTextTooLong, u"Gemini"_s,
                               u"Gemini wrote more than %1 bytes of text between events"_s.arg(limit))
                      .with({limit})},
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

        appendModel(response, m_model, out);
        const QJsonObject candidate = firstCandidate(response);
        appendParts(candidate, out);

        // Every chunk carries the running totals; only the last ones matter.
        if (const QJsonValue usage = response.value("usageMetadata"_L1); usage.isObject())
            m_usage = usage.toObject();

        if (const QString reason = candidate.value("finishReason"_L1).toString(); !reason.isEmpty()) {
            if (!m_usage.isEmpty())
                out.append(usageFrom(m_usage));
            out.append(Finished{reason});
            markComplete();
        }

        if (auto blocked = blockedPromptError(response))
            fail(*std::move(blocked), out);
    }

    QJsonObject m_usage;
    QByteArray m_bareJson;
    QString m_model;
};

/// Decodes one whole GenerateContentResponse (the single rung).
class GeminiJsonDecoder final : public JsonReplyDecoder
{
private:
    void decodeResponse(const QJsonObject &response, StreamEvents &out) override
    {
        if (auto blocked = blockedPromptError(response)) {
            fail(*std::move(blocked), out);
            return;
        }
        QString model;
        appendModel(response, model, out);
        const QJsonObject candidate = firstCandidate(response);
        appendParts(candidate, out);
        if (const QJsonValue usage = response.value("usageMetadata"_L1); usage.isObject())
            out.append(usageFrom(usage.toObject()));
        if (const QString reason = candidate.value("finishReason"_L1).toString(); !reason.isEmpty())
            out.append(Finished{reason});
    }

    ProviderError errorIn(const QJsonObject &response) const override
    {
        if (const QJsonValue error = response.value("error"_L1); error.isObject())
            return {statusError(error.toObject())};
        return providerErrorIn(response);
    }
};

/// {base}/models/{model}:{method}, without a key pasted into the base URL
/// as ?key= (it must not travel in the URL) or a stale alt=.
QUrl modelMethodUrl(const Endpoint &endpoint, const QString &method)
{
    // Model ids are listed as "models/gemini-…"; accept both spellings.
    QString model = endpoint.model;
    if (model.startsWith("models/"_L1))
        model.remove(0, 7);

    QUrl url = appendApiPath(endpoint.baseUrl, u"/v1beta"_s, u"/models/"_s + model + u':' + method);
    QUrlQuery query(url);
    query.removeAllQueryItems(u"key"_s);
    query.removeAllQueryItems(u"alt"_s);
    url.setQuery(query);
    return url;
}

} // namespace

GeminiProvider::GeminiProvider() : Provider(ProviderKind::Gemini) {}

StreamRequest GeminiProvider::buildRequest(const chat::Conversation &conversation, const Endpoint &endpoint,
                                           Rung rung) const
{
    const QJsonObject body = requestBody(conversation, supportedParameters(conversation.parameters));
    StreamRequest request;
    if (rung == Rung::Stream) {
        QUrl url = modelMethodUrl(endpoint, u"streamGenerateContent"_s);
        QUrlQuery query(url);
        query.addQueryItem(u"alt"_s, u"sse"_s);
        url.setQuery(query);
        request = jsonPostRequest(url, body, Framing::Sse);
        request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("text/event-stream")});
    } else {
        request = jsonPostRequest(modelMethodUrl(endpoint, u"generateContent"_s), body, Framing::Json);
    }
    appendApiKey(request, endpoint);
    return request;
}

std::optional<StreamRequest> GeminiProvider::buildModelListRequest(const Endpoint &endpoint) const
{
    // Pages of 50 unless asked for more; 1000 is the most a page holds.
    QUrl url = appendApiPath(endpoint.baseUrl, u"/v1beta"_s, u"/models"_s);
    QUrlQuery query;
    query.addQueryItem(u"pageSize"_s, u"1000"_s);
    url.setQuery(query); // a key pasted into the base URL as ?key= stays out
    StreamRequest request = getRequest(url, Framing::Json);
    appendApiKey(request, endpoint);
    return request;
}

Result<QStringList> GeminiProvider::parseModelList(const QByteArray &body) const
{
    const Result<QJsonArray> models = modelArrayIn(body, "models"_L1);
    if (!models)
        return models.error();
    // Only the models that write replies (not the embedding models), by
    // the id requests take (without "models/").
    QStringList ids;
    for (const QJsonValue &value : *models) {
        const QJsonObject model = value.toObject();
        const QJsonValue methods = model.value("supportedGenerationMethods"_L1);
        if (methods.isArray() && !methods.toArray().contains(u"generateContent"_s))
            continue;
        QString id = model.value("name"_L1).toString().trimmed();
        if (id.startsWith("models/"_L1))
            id.remove(0, 7);
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

void GeminiProvider::appendApiKey(StreamRequest &request, const Endpoint &endpoint)
{
    if (!endpoint.apiKey.isEmpty())
        request.headers.append({QByteArrayLiteral("x-goog-api-key"), endpoint.apiKey.toUtf8()});
}

std::unique_ptr<ReplyDecoder> GeminiProvider::createDecoder(Rung rung) const
{
    if (rung == Rung::Stream)
        return std::make_unique<GeminiDecoder>();
    return std::make_unique<GeminiJsonDecoder>();
}

} // namespace inkchat::provider
