#include "relayprovider.h"

#include "providerjson.h"
#include "requestparts.h"
#include "ssereplydecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

namespace {

QUrl repliesUrl(const Endpoint &endpoint)
{
    return appendApiPath(endpoint.baseUrl, u"/v1"_s, u"/replies"_s);
}

/// Decodes the relay's events.
class RelayDecoder final : public SseReplyDecoder
{
public:
    explicit RelayDecoder(bool polling) : m_polling(polling) {}

    bool isPending() const override { return m_polling && !isComplete() && !hasFailed(); }

private:
    void decodeEvent(const stream::SseEvent &event, StreamEvents &out) override
    {
        if (event.type == "pending")
            return;
        const std::optional<QJsonObject> data = parseJsonData(event.data, out);
        if (!data)
            return;
        if (event.type == "reply") {
            out.append(ResumePoint{{}, data->value("reply"_L1).toString()});
        } else if (event.type == "text") {
            const QString text = data->value("t"_L1).toString();
            if (!text.isEmpty())
                out.append(TextDelta{text});
            // After the text: resuming from this id must not repeat it.
            out.append(ResumePoint{QString::fromLatin1(event.lastEventId), {}});
        } else if (event.type == "restart") {
            // The relay's upstream answered afresh: its text replaces this one.
            out.append(ReplyRestart{});
            out.append(ResumePoint{QString::fromLatin1(event.lastEventId), {}});
        } else if (event.type == "end") {
            const QString status = data->value("status"_L1).toString();
            if (status == "complete"_L1) {
                end(true);
                return;
            }
            // The relay's own upstream reply ended early: nothing more will
            // come, however often it is asked.
            const QString why = data->value("error"_L1).toString();
            fail({why.isEmpty() ? Error::coded(Error::Kind::Provider, Error::Code::RelayReplyEnded, status,
                                               u"the relay's reply ended: %1"_s.arg(status))
                                : reportedError({}, why)},
                 out);
        }
    }

    bool m_polling = false;
};

} // namespace

RelayProvider::RelayProvider() : Provider(ProviderKind::Relay) {}

StreamRequest RelayProvider::buildRequest(const chat::Conversation &conversation, const Endpoint &endpoint,
                                          Rung rung) const
{
    QUrl url = repliesUrl(endpoint);
    if (rung == Rung::Poll)
        url.setQuery(u"mode=poll"_s);
    StreamRequest request = jsonPostRequest(
        url, {{u"messages"_s, roleContentMessages(conversation, SystemPrompt::InMessages)}}, Framing::Sse);
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("text/event-stream")});
    appendBearerToken(request.headers, endpoint.apiKey);
    return request;
}

std::unique_ptr<ReplyDecoder> RelayProvider::createDecoder(Rung rung) const
{
    return std::make_unique<RelayDecoder>(rung == Rung::Poll);
}

std::optional<StreamRequest> RelayProvider::buildResumeRequest(const chat::Conversation &,
                                                               const Endpoint &endpoint, Rung rung,
                                                               const ResumeState &resume) const
{
    if (resume.responseId.isEmpty())
        return std::nullopt;
    const QUrl reply = appendPathSegment(repliesUrl(endpoint), resume.responseId);
    StreamRequest request = getRequest(appendPathSegment(reply, rung == Rung::Poll ? u"poll"_s : u"events"_s),
                                       Framing::Sse);
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("text/event-stream")});
    if (!resume.position.isEmpty())
        request.headers.append({QByteArrayLiteral("Last-Event-ID"), resume.position.toUtf8()});
    appendBearerToken(request.headers, endpoint.apiKey);
    return request;
}

StreamRequest RelayProvider::buildPairRequest(const Endpoint &endpoint, const QString &code,
                                              const QString &deviceName)
{
    // People copy the code as shown, "1234-5678"; the relay wants the digits.
    QString digits = code;
    digits.removeIf([](QChar c) { return !c.isDigit(); });
    return jsonPostRequest(appendApiPath(endpoint.baseUrl, u"/v1"_s, u"/pair"_s),
                           {{u"code"_s, digits}, {u"name"_s, deviceName}}, Framing::Json);
}

Result<QString> RelayProvider::parsePairAnswer(const QByteArray &body)
{
    const QString token = QJsonDocument::fromJson(body).object().value("token"_L1).toString();
    if (token.isEmpty())
        return Error::coded(Error::Kind::Protocol, Error::Code::RelayAnswerHasNoToken, {},
                            u"the relay's answer has no device token"_s);
    return token;
}

} // namespace inkchat::provider
