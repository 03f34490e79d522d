#include "ollamaprovider.h"

#include "jsonreplydecoder.h"
#include "modellist.h"
#include "providerjson.h"
#include "requestparts.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

namespace {

/// Ollama reports a failure as {"error": "message"}, in a stream line or as
/// the whole reply.
Error errorFrom(const QJsonValue &error)
{
    return reportedError(u"Ollama"_s, error.toString());
}

/// The events of one /api/chat object (a line of the stream, or the whole
/// reply); returns whether it was the last one ("done": true). Every
/// object names the model; `knownModel` is the one said before.
bool appendChatObject(const QJsonObject &object, QString &knownModel, StreamEvents &out)
{
    if (const QString model = object.value("model"_L1).toString(); !model.isEmpty() && model != knownModel) {
        knownModel = model;
        out.append(AnsweringModel{model});
    }
    const QJsonObject message = object.value("message"_L1).toObject();
    if (const QString thinking = message.value("thinking"_L1).toString(); !thinking.isEmpty())
        out.append(ReasoningDelta{thinking});
    if (const QString content = message.value("content"_L1).toString(); !content.isEmpty())
        out.append(TextDelta{content});

    if (!object.value("done"_L1).toBool())
        return false;
    Usage usage;
    usage.inputTokens = tokenCount(object, "prompt_eval_count"_L1);
    usage.outputTokens = tokenCount(object, "eval_count"_L1);
    if (usage != Usage{})
        out.append(usage);
    // Older servers send no done_reason; "done" alone still means a normal
    // stop.
    QString reason = object.value("done_reason"_L1).toString();
    if (reason.isEmpty())
        reason = u"stop"_s;
    out.append(Finished{reason});
    return true;
}

/// Decodes the JSON lines of one /api/chat reply.
class OllamaDecoder final : public ReplyDecoder
{
public:
    void decode(const Frame &frame, StreamEvents &out) override
    {
        const auto *jsonLine = std::get_if<JsonLine>(&frame);
        if (m_failed || m_complete || !jsonLine)
            return;

        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(jsonLine->line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            if (!jsonLine->isTerminated)
                return; // cut off by the connection: the reply is interrupted
            const QString parserWords = parseError.errorString();
            fail(Error::coded(Error::Kind::Protocol, Error::Code::LineNotJson, u"Ollama"_s,
                              u"Ollama sent a line that is not a JSON object: "_s + parserWords)
                     .with({}, parserWords),
                 out);
            return;
        }
        const QJsonObject object = document.object();

        if (const QJsonValue error = object.value("error"_L1); !error.isUndefined()) {
            fail(errorFrom(error), out);
            return;
        }

        m_complete = appendChatObject(object, m_model, out);
    }

    bool isComplete() const override { return m_complete; }

private:
    /// An error ends the reply: what follows it is not part of the answer.
    void fail(Error error, StreamEvents &out)
    {
        out.append(ProviderError{std::move(error)});
        m_failed = true;
    }

    bool m_complete = false;
    bool m_failed = false;
    QString m_model;
};

/// Decodes the one object of a reply that does not stream.
class OllamaJsonDecoder final : public JsonReplyDecoder
{
private:
    void decodeResponse(const QJsonObject &response, StreamEvents &out) override
    {
        QString model;
        appendChatObject(response, model, out);
    }

    ProviderError errorIn(const QJsonObject &response) const override
    {
        return {errorFrom(response.value("error"_L1))};
    }
};

} // namespace

OllamaProvider::OllamaProvider() : Provider(ProviderKind::Ollama) {}

StreamRequest OllamaProvider::buildRequest(const chat::Conversation &conversation, const Endpoint &endpoint,
                                           Rung rung) const
{
    const bool streaming = rung == Rung::Stream;
    QJsonObject body{
        {u"model"_s, endpoint.model},
        {u"messages"_s, roleContentMessages(conversation, SystemPrompt::InMessages, ImageFormat::Ollama)},
        {u"stream"_s, streaming},
    };
    const chat::ReplyParameters parameters = supportedParameters(conversation.parameters);
    QJsonObject options;
    if (parameters.temperature)
        options.insert(u"temperature"_s, *parameters.temperature);
    if (parameters.maxOutputTokens)
        options.insert(u"num_predict"_s, *parameters.maxOutputTokens);
    if (!options.isEmpty())
        body.insert(u"options"_s, options);
    // A level for the models that have levels (gpt-oss); the others take
    // it as their default.
    if (!parameters.reasoningEffort.isEmpty())
        body.insert(u"think"_s, parameters.reasoningEffort);
    StreamRequest request = jsonPostRequest(appendApiPath(endpoint.baseUrl, u"/api"_s, u"/chat"_s), body,
                                            streamingOrJson(rung, Framing::Ndjson));
    if (streaming)
        request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/x-ndjson")});
    appendBearerToken(request.headers, endpoint.apiKey);
    return request;
}

std::unique_ptr<ReplyDecoder> OllamaProvider::createDecoder(Rung rung) const
{
    if (rung == Rung::Stream)
        return std::make_unique<OllamaDecoder>();
    return std::make_unique<OllamaJsonDecoder>();
}

std::optional<StreamRequest> OllamaProvider::buildModelListRequest(const Endpoint &endpoint) const
{
    StreamRequest request = getRequest(appendApiPath(endpoint.baseUrl, u"/api"_s, u"/tags"_s), Framing::Json);
    appendBearerToken(request.headers, endpoint.apiKey);
    return request;
}

Result<QStringList> OllamaProvider::parseModelList(const QByteArray &body) const
{
    return modelIdsIn(body, "models"_L1, "name"_L1);
}

} // namespace inkchat::provider
