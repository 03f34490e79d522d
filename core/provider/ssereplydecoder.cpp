#include "ssereplydecoder.h"

#include "providerjson.h"

using namespace Qt::StringLiterals;

namespace inkchat::provider {

void SseReplyDecoder::decode(const Frame &frame, StreamEvents &out)
{
    if (m_ended)
        return;
    if (const auto *event = std::get_if<stream::SseEvent>(&frame))
        decodeEvent(*event, out);
    else if (const auto *stray = std::get_if<SseStrayLine>(&frame))
        decodeStrayLine(stray->line, out);
}

void SseReplyDecoder::decodeStrayLine(const QByteArray &, StreamEvents &) {}

void SseReplyDecoder::end(bool complete)
{
    if (complete)
        m_complete = true;
    m_ended = true;
}

void SseReplyDecoder::fail(ProviderError error, StreamEvents &out)
{
    m_failed = true;
    m_ended = true;
    out.append(std::move(error));
}

std::optional<QJsonObject> SseReplyDecoder::parseJsonData(QByteArrayView data, StreamEvents &out)
{
    auto object = parseJsonObject(data);
    if (!object) {
        const QString start = oneLine(QString::fromUtf8(data), 120);
        fail({Error::coded(Error::Kind::Protocol, Error::Code::EventNotJson, {},
                           u"the server sent an event that is not a JSON object: "_s + start)
                  .with({}, start)},
             out);
    }
    return object;
}

QString SseReplyDecoder::eventType(const QJsonObject &object, const stream::SseEvent &event)
{
    QString type = object.value("type"_L1).toString();
    if (type.isEmpty())
        type = QString::fromUtf8(event.type);
    return type;
}

} // namespace inkchat::provider
