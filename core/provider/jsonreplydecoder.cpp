#include "jsonreplydecoder.h"

#include "providerjson.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

void JsonReplyDecoder::decode(const Frame &frame, StreamEvents &out)
{
    const auto *document = std::get_if<JsonDocument>(&frame);
    if (!document || m_state == State::Complete || m_state == State::Failed)
        return;
    m_state = State::Waiting;

    if (document->body.trimmed().isEmpty()) {
        fail({Error::coded(Error::Kind::Protocol, Error::Code::EmptyJsonReply, {},
                           u"the server sent an empty body where a JSON reply was expected"_s)},
             out);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(document->body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        // Qt's words for what is not JSON; none for JSON that is no object.
        const QString parserWords = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                 : QString();
        const QString start = oneLine(QString::fromUtf8(document->body), 120);
        fail({Error::coded(Error::Kind::Protocol, Error::Code::ReplyNotJson, {},
                           u"the server sent a reply that is not a JSON object (%1): %2"_s.arg(
                               parserWords.isEmpty() ? u"not an object"_s : parserWords, start))
                  .with({parserWords}, start)},
             out);
        return;
    }

    const QJsonObject response = json.object();
    // A finished Responses object carries "error": null.
    const QJsonValue error = response.value("error"_L1);
    if (error.isObject() || error.isString()) {
        fail(errorIn(response), out);
        return;
    }
    decodeResponse(response, out);
    if (m_state == State::Waiting)
        m_state = State::Complete;
}

ProviderError JsonReplyDecoder::errorIn(const QJsonObject &response) const
{
    return providerErrorIn(response);
}

void JsonReplyDecoder::fail(ProviderError error, StreamEvents &out)
{
    m_state = State::Failed;
    out.append(std::move(error));
}

} // namespace inkchat::provider
