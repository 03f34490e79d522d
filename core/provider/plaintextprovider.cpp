#include "plaintextprovider.h"

#include "messagesjson.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

namespace {

/// Every piece of decoded text is reply text.
class PlainTextDecoder final : public ReplyDecoder
{
public:
    void decode(const Frame &frame, StreamEvents &out) override
    {
        if (const auto *chunk = std::get_if<TextChunk>(&frame); chunk && !chunk->text.isEmpty())
            out.append(TextDelta{chunk->text});
    }

    /// See PlainTextProvider: the body's clean end is the end signal.
    bool isComplete() const override { return true; }
};

} // namespace

QString PlainTextProvider::id() const
{
    return u"text"_s;
}

StreamRequest PlainTextProvider::buildRequest(const chat::Conversation &conversation,
                                              const Endpoint &endpoint) const
{
    StreamRequest request;
    request.url = endpoint.baseUrl;
    request.headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
        {QByteArrayLiteral("Accept"), QByteArrayLiteral("text/plain")},
    };
    if (!endpoint.apiKey.isEmpty())
        request.headers.append(
            {QByteArrayLiteral("Authorization"), "Bearer "_ba + endpoint.apiKey.toUtf8()});
    QJsonObject body{{u"messages"_s, roleContentMessages(conversation)}};
    if (!endpoint.model.isEmpty())
        body.insert(u"model"_s, endpoint.model);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.framing = Framing::Text;
    return request;
}

std::unique_ptr<ReplyDecoder> PlainTextProvider::createDecoder() const
{
    return std::make_unique<PlainTextDecoder>();
}

} // namespace inkchat::provider
