#include "requestparts.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

QUrl appendApiPath(const QUrl &base, const QString &apiPrefix, const QString &rest)
{
    QString path = base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!path.endsWith(apiPrefix))
        path += apiPrefix;
    QUrl url = base;
    url.setPath(path + rest);
    return url;
}

QUrl appendPathSegment(const QUrl &url, const QString &segment)
{
    QUrl result = url;
    result.setPath(url.path(QUrl::FullyEncoded) + u'/'
                       + QString::fromLatin1(QUrl::toPercentEncoding(segment)),
                   QUrl::TolerantMode);
    return result;
}

void appendBearerToken(HttpHeaders &headers, const QString &apiKey)
{
    if (!apiKey.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), "Bearer "_ba + apiKey.toUtf8()});
}

namespace {

QJsonObject message(const QString &role, const QString &content)
{
    return QJsonObject{{u"role"_s, role}, {u"content"_s, content}};
}

} // namespace

QJsonArray roleContentMessages(const chat::Conversation &conversation, SystemPrompt systemPrompt,
                               ImageFormat images)
{
    QJsonArray messages;
    if (systemPrompt == SystemPrompt::InMessages && !conversation.systemPrompt.isEmpty())
        messages.append(message(u"system"_s, conversation.systemPrompt));
    for (const chat::ChatMessage &turn : conversation.messages) {
        const QString role = turn.role == chat::Role::User ? u"user"_s : u"assistant"_s;
        QJsonObject entry = message(role, turn.text);
        addImages(entry, turn, images);
        messages.append(entry);
    }
    return messages;
}

StreamRequest jsonPostRequest(const QUrl &url, const QJsonObject &body, Framing framing)
{
    StreamRequest request;
    request.url = url;
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.framing = framing;
    return request;
}

StreamRequest getRequest(const QUrl &url, Framing framing)
{
    StreamRequest request;
    request.url = url;
    request.method = QByteArrayLiteral("GET");
    request.framing = framing;
    return request;
}

StreamRequest webSocketRequest(const QUrl &url, const QJsonObject &message)
{
    StreamRequest request;
    request.url = webSocketUrl(url);
    // The handshake is a GET; the request proper is the first message.
    request.method = QByteArrayLiteral("GET");
    request.body = QJsonDocument(message).toJson(QJsonDocument::Compact);
    request.framing = Framing::WebSocket;
    return request;
}

QUrl webSocketUrl(const QUrl &url)
{
    QUrl result = url;
    if (url.scheme() == "https"_L1)
        result.setScheme(u"wss"_s);
    else if (url.scheme() == "http"_L1)
        result.setScheme(u"ws"_s);
    return result;
}

Framing streamingOrJson(Rung rung, Framing streaming)
{
    return rung == Rung::Stream ? streaming : Framing::Json;
}

} // namespace inkchat::provider
