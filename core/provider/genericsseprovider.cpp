#include "genericsseprovider.h"

#include "messagesjson.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

namespace {

/// The words of an error report that may be plain text or a JSON object
/// ({"message"}, {"error": "..."} or {"error": {"message"}}, as llama.cpp
/// and OpenAI-style servers write them).
QString errorText(const QByteArray &value)
{
    const QJsonDocument document = QJsonDocument::fromJson(value);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        const QJsonValue error = object.value("error"_L1);
        for (const QString &text : {object.value("message"_L1).toString(), error.toString(),
                                    error.toObject().value("message"_L1).toString()}) {
            if (!text.isEmpty())
                return text;
        }
    }
    const QString text = QString::fromUtf8(value).trimmed();
    return text.isEmpty() ? u"the server reported an error"_s : text;
}

/// Decodes the events of one generic SSE reply.
class GenericSseDecoder final : public ReplyDecoder
{
public:
    void decode(const Frame &frame, StreamEvents &out) override
    {
        if (m_failed || m_complete)
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
        if (event.type == "error") {
            fail(errorText(event.data), out);
            return;
        }
        if (event.data.trimmed() == "[DONE]") {
            m_complete = true;
            return;
        }
        if (!event.data.isEmpty())
            out.append(TextDelta{QString::fromUtf8(event.data)});
        // After the text: resuming from this id must not repeat this event.
        if (!event.lastEventId.isEmpty() && event.lastEventId != m_lastResumePoint) {
            m_lastResumePoint = event.lastEventId;
            out.append(ResumePoint{QString::fromUtf8(event.lastEventId)});
        }
    }

    /// Older llama.cpp servers report a failure as `error: {...}`, a field
    /// the SSE standard ignores.
    void decodeStrayLine(const QByteArray &line, StreamEvents &out)
    {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || line.first(colon).trimmed() != "error")
            return;
        QByteArray value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
        fail(errorText(value), out);
    }

    /// An error ends the reply: what follows it is not part of the answer.
    void fail(const QString &message, StreamEvents &out)
    {
        out.append(ProviderError{Error::make(Error::Kind::Provider, message)});
        m_failed = true;
    }

    QByteArray m_lastResumePoint;
    bool m_complete = false;
    bool m_failed = false;
};

} // namespace

QString GenericSseProvider::id() const
{
    return u"sse"_s;
}

StreamRequest GenericSseProvider::buildRequest(const chat::Conversation &conversation,
                                               const Endpoint &endpoint) const
{
    StreamRequest request;
    request.url = endpoint.baseUrl;
    request.headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
        {QByteArrayLiteral("Accept"), QByteArrayLiteral("text/event-stream")},
    };
    if (!endpoint.apiKey.isEmpty())
        request.headers.append(
            {QByteArrayLiteral("Authorization"), "Bearer "_ba + endpoint.apiKey.toUtf8()});
    QJsonObject body{{u"messages"_s, roleContentMessages(conversation)}};
    if (!endpoint.model.isEmpty())
        body.insert(u"model"_s, endpoint.model);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.framing = Framing::Sse;
    return request;
}

std::unique_ptr<ReplyDecoder> GenericSseProvider::createDecoder() const
{
    return std::make_unique<GenericSseDecoder>();
}

} // namespace inkchat::provider
