#include "sseformat.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace inkchat::relay::sse {

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray retry(std::chrono::milliseconds delay)
{
    return "retry: " + QByteArray::number(qint64(delay.count())) + "\n\n";
}

QByteArray replyStarted(const QString &replyId)
{
    return "event: reply\ndata: " + json({{u"reply"_s, replyId}}) + "\n\n";
}

QByteArray event(const ReplyEvent &event)
{
    QByteArray out = "id: " + QByteArray::number(event.seq) + '\n';
    switch (event.kind) {
    case ReplyEvent::Kind::Text:
        out += "event: text\ndata: " + json({{u"t"_s, event.data}});
        break;
    case ReplyEvent::Kind::Restart:
        out += "event: restart\ndata: {}";
        break;
    case ReplyEvent::Kind::End:
        out += "event: end\ndata: " + json({{u"status"_s, event.data}, {u"error"_s, event.error}});
        break;
    }
    return out + "\n\n";
}

QByteArray heartbeat()
{
    return ": keep-alive\n\n";
}

QByteArray pending()
{
    return "event: pending\ndata: {}\n\n";
}

} // namespace inkchat::relay::sse
