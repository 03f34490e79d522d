#include "providerjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

std::optional<QJsonObject> parseJsonObject(QByteArrayView bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

namespace {

QString firstString(const QJsonObject &object, std::initializer_list<QLatin1StringView> keys)
{
    for (const QLatin1StringView key : keys) {
        const QJsonValue value = object.value(key);
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return oneLine(value.toString());
    }
    return {};
}

std::optional<ProviderErrorText> fromObject(const QJsonObject &object)
{
    ProviderErrorText text;
    const QJsonValue error = object.value("error"_L1);
    if (error.isObject()) {
        const QJsonObject inner = error.toObject();
        // OpenAI puts the specific reason in `code` and a broad class in
        // `type`; Gemini has a numeric code and the gRPC name in `status`.
        text.message = firstString(inner, {"message"_L1});
        text.code = firstString(inner, {"code"_L1, "status"_L1, "type"_L1});
    } else if (error.isString()) {
        text.message = oneLine(error.toString());
    } else {
        text.message = firstString(object, {"message"_L1, "detail"_L1});
        // {"type":"error", ...} names the event, not the error.
        if (!text.message.isEmpty())
            text.code = firstString(object, {"code"_L1, "status"_L1, "type"_L1});
        if (text.code == "error"_L1)
            text.code.clear();
    }
    if (text.message.isEmpty() && text.code.isEmpty())
        return std::nullopt;
    return text;
}

} // namespace

std::optional<ProviderErrorText> findErrorText(const QJsonValue &document)
{
    if (document.isObject())
        return fromObject(document.toObject());
    if (document.isArray() && !document.toArray().isEmpty())
        return findErrorText(document.toArray().first());
    return std::nullopt;
}

QString formatErrorText(const ProviderErrorText &text)
{
    if (text.code.isEmpty() || text.message.contains(text.code))
        return text.message.isEmpty() ? text.code : text.message;
    if (text.message.isEmpty())
        return text.code;
    return text.message + u" ("_s + text.code + u')';
}

QString oneLine(const QString &text, qsizetype maxChars)
{
    QString line = text.simplified();
    if (line.size() > maxChars) {
        line.truncate(maxChars - 1);
        if (line.back().isHighSurrogate())
            line.chop(1);
        line.append(QChar(0x2026));
    }
    return line;
}

bool isRetryableErrorCode(const QString &code)
{
    static const QStringList retryable = {
        u"overloaded_error"_s,     u"api_error"_s,           u"rate_limit_error"_s, // Anthropic
        u"server_error"_s,         u"rate_limit_exceeded"_s,                        // OpenAI
        u"server_is_overloaded"_s, u"slow_down"_s,
    };
    return retryable.contains(code);
}

Error reportedError(const QString &who, const QString &words, bool retryable)
{
    if (!words.isEmpty()) {
        return Error::coded(Error::Kind::Provider, Error::Code::ProviderReported, who, words, retryable)
            .with({}, words);
    }
    const QString message = who.isEmpty() ? u"the provider reported an error without a message"_s
                                          : u"%1 reported an error"_s.arg(who);
    return Error::coded(Error::Kind::Provider, Error::Code::ProviderReportedNoWords, who, message, retryable);
}

ProviderError providerError(const ProviderErrorText &text)
{
    return {reportedError({}, formatErrorText(text), isRetryableErrorCode(text.code))};
}

ProviderError providerErrorIn(const QJsonValue &document)
{
    return providerError(findErrorText(document).value_or(ProviderErrorText{}));
}

qint64 tokenCount(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? value.toInteger() : -1;
}

} // namespace inkchat::provider
