#include "genericsseprovider.h"

#include "providerjson.h"
#include "ssereplydecoder.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

namespace {

/// The words of an error report (empty: it had none) that may be plain text or a JSON object
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
    return QString::fromUtf8(value).trimmed();
}

/// Decodes the events of one generic SSE reply.
class GenericSseDecoder final : public SseReplyDecoder
{
private:
    void decodeEvent(const stream::SseEvent &event, StreamEvents &out) override
    {
        if (event.type == "error") {
            fail({reportedError({}, errorText(event.data))}, out);
            return;
        }
        if (event.data.trimmed() == "[DONE]") {
            end(true);
            return;
        }
        if (!event.data.isEmpty())
            out.append(TextDelta{QString::fromUtf8(event.data)});
        // After the text: resuming from this id must not repeat this event.
        if (!event.lastEventId.isEmpty() && event.lastEventId != m_lastResumePoint) {
            m_lastResumePoint = event.lastEventId;
            out.append(ResumePoint{QString::fromUtf8(event.lastEventId), {}});
        }
    }

    /// Older llama.cpp servers report a failure as `error: {...}`, a field
    /// the SSE standard ignores.
    void decodeStrayLine(const QByteArray &line, StreamEvents &out) override
    {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || line.first(colon).trimmed() != "error")
            return;
        QByteArray value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
        fail({reportedError({}, errorText(value))}, out);
    }

    QByteArray m_lastResumePoint;
};

} // namespace

GenericSseProvider::GenericSseProvider()
    : GenericEndpointProvider(ProviderKind::GenericSse, Framing::Sse, QByteArrayLiteral("text/event-stream"))
{
}

StreamRequest GenericSseProvider::buildRequest(const chat::Conversation &conversation,
                                               const Endpoint &endpoint, Rung rung) const
{
    if (rung == Rung::Poll)
        return buildGetRequest(endpoint);
    return GenericEndpointProvider::buildRequest(conversation, endpoint, rung);
}

std::unique_ptr<ReplyDecoder> GenericSseProvider::createDecoder(Rung) const
{
    return std::make_unique<GenericSseDecoder>();
}

std::optional<StreamRequest> GenericSseProvider::buildResumeRequest(const chat::Conversation &conversation,
                                                                    const Endpoint &endpoint, Rung rung,
                                                                    const ResumeState &resume) const
{
    if (resume.position.isEmpty())
        return std::nullopt;
    StreamRequest request = buildRequest(conversation, endpoint, rung);
    request.headers.append({QByteArrayLiteral("Last-Event-ID"), resume.position.toUtf8()});
    return request;
}

} // namespace inkchat::provider
