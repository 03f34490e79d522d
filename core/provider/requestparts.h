#pragma once

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

/// Appends `Authorization: Bearer <apiKey>` unless the key is empty.
void appendBearerToken(HttpHeaders &headers, const QString &apiKey);

/// Where a request body carries the system prompt.
enum class SystemPrompt {
    InMessages, ///< first in the messages array, as role "system"
    Separate,   ///< in a field of its own (Anthropic `system`, Responses `instructions`)
};

/// The conversation as the widespread `[{"role", "content"}]` array: "user"
/// and "assistant" turns, oldest first, after the system prompt when it is
/// set and goes InMessages.
QJsonArray roleContentMessages(const chat::Conversation &conversation, SystemPrompt systemPrompt);

/// A POST of `body` as compact JSON (with its Content-Type) to `url`, whose
/// reply is framed as `framing`. Providers add their own auth headers.
StreamRequest jsonPostRequest(const QUrl &url, const QJsonObject &body, Framing framing);

} // namespace inkchat::provider
