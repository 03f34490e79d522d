#pragma once

#include "streamevent.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace inkchat::provider {

/// A provider's own words for an error, found in a JSON body or event.
struct ProviderErrorText
{
    QString message; ///< one line, may be empty when only a code was given
    QString code;    ///< the machine-readable code, type or status, may be empty
};

/// The JSON object in bytes, or nullopt when they are not one.
std::optional<QJsonObject> parseJsonObject(QByteArrayView bytes);

/// Finds the error text in the shapes providers use: OpenAI
/// {"error":{"message","type","code"}}, Anthropic {"type":"error","error":{...}},
/// Gemini {"error":{"code","message","status"}} (also wrapped in an array),
/// Ollama {"error":"..."}, and plain {"message":...} or {"detail":"..."}.
std::optional<ProviderErrorText> findErrorText(const QJsonValue &document);

/// "message (code)", or whichever of the two is present.
QString formatErrorText(const ProviderErrorText &text);

/// Whitespace collapsed to single spaces, cut to maxChars with an ellipsis.
QString oneLine(const QString &text, qsizetype maxChars = 300);

/// Whether an in-stream error code means "try again later" (overload, rate
/// limit, transient server fault) rather than a bad request.
bool isRetryableErrorCode(const QString &code);

/// An error `who` (a provider's name; empty: the provider) reported in its
/// own `words`, or without any when they are empty.
Error reportedError(const QString &who, const QString &words, bool retryable = false);

/// A ProviderError of kind Provider naming the provider's text.
ProviderError providerError(const ProviderErrorText &text);

/// providerError() for the error text findErrorText() finds in document,
/// with a generic message when it finds none.
ProviderError providerErrorIn(const QJsonValue &document);

/// A token count: the number at key, -1 when there is none.
qint64 tokenCount(const QJsonObject &object, QLatin1StringView key);

} // namespace inkchat::provider
