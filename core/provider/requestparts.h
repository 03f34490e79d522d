#pragma once

#include "imageparts.h"
#include "provider.h"

#include "chat/conversation.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace inkchat::provider {

/// The base URL with `apiPrefix` and then `rest` appended to its path:
/// ("https://api.openai.com/v1", "", "/chat/completions"),
/// ("http://localhost:11434", "/api", "/chat"). A base that already ends in
/// the prefix (users paste ".../v1beta", ".../api" or the ".../v1" they know
/// from OpenAI-style clients) does not get it twice; trailing slashes are
/// ignored. Query and fragment are kept as they are.
QUrl appendApiPath(const QUrl &base, const QString &apiPrefix, const QString &rest);

/// The URL with `segment` appended to its path as one segment: a '/', '?'
/// or '#' in it (an id the server chose) stays part of the segment.
QUrl appendPathSegment(const QUrl &url, const QString &segment);

/// Appends `Authorization: Bearer <apiKey>` unless the key is empty.
void appendBearerToken(HttpHeaders &headers, const QString &apiKey);

/// Where a request body carries the system prompt.
enum class SystemPrompt {
    InMessages, ///< first in the messages array, as role "system"
    Separate,   ///< in a field of its own (Anthropic `system`, Responses `instructions`)
};

/// The conversation as the widespread `[{"role", "content"}]` array: "user"
/// and "assistant" turns, oldest first, after the system prompt when it is
/// set and goes InMessages; a user turn's images in `images`' format.
QJsonArray roleContentMessages(const chat::Conversation &conversation, SystemPrompt systemPrompt,
                               ImageFormat images = ImageFormat::None);

/// A POST of `body` as compact JSON (with its Content-Type) to `url`, whose
/// reply is framed as `framing`. Providers add their own auth headers.
StreamRequest jsonPostRequest(const QUrl &url, const QJsonObject &body, Framing framing);

/// A GET of `url` without a body (a poll, a resumed stream), whose reply is
/// framed as `framing`. Providers add their own auth headers.
StreamRequest getRequest(const QUrl &url, Framing framing);

/// A WebSocket to the ws:// or wss:// twin of the HTTP `url` (see
/// webSocketUrl()) whose first message is `message` as compact JSON.
/// Providers add their own auth headers, sent with the handshake.
StreamRequest webSocketRequest(const QUrl &url, const QJsonObject &message);

/// The URL with https replaced by wss and http by ws: the same endpoint
/// spoken to as a WebSocket. Other schemes are kept.
QUrl webSocketUrl(const QUrl &url);

/// The framing of a reply on `rung` for providers that stream on Rung::Stream
/// as `streaming` and otherwise answer with one JSON document (the single
/// rung, a poll).
Framing streamingOrJson(Rung rung, Framing streaming);

} // namespace inkchat::provider
