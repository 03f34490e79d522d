#include "httperror.h"

#include "providerjson.h"

#include "util/retryafter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

namespace {

// Anything we could not read as a provider's error: plain text is shown
// (bounded), an HTML error page is noise and only the status is shown.
QString bodyText(const HttpErrorResponse &response)
{
    const QByteArray trimmed = response.body.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith('<') || response.contentType.contains("html"))
        return {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        const QJsonValue root = document.isArray() ? QJsonValue(document.array())
                                                   : QJsonValue(document.object());
        if (const auto text = findErrorText(root))
            return formatErrorText(*text);
    }
    return oneLine(QString::fromUtf8(trimmed));
}

bool isRetryableStatus(int status)
{
    switch (status) {
    case 408:
    case 409:
    case 425:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
    case 529: // Anthropic: overloaded
        return true;
    default:
        return false;
    }
}

} // namespace

QString httpReasonPhrase(int status)
{
    switch (status) {
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 402:
        return u"Payment Required"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 405:
        return u"Method Not Allowed"_s;
    case 408:
        return u"Request Timeout"_s;
    case 409:
        return u"Conflict"_s;
    case 413:
        return u"Content Too Large"_s;
    case 415:
        return u"Unsupported Media Type"_s;
    case 422:
        return u"Unprocessable Content"_s;
    case 425:
        return u"Too Early"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 501:
        return u"Not Implemented"_s;
    case 502:
        return u"Bad Gateway"_s;
    case 503:
        return u"Service Unavailable"_s;
    case 504:
        return u"Gateway Timeout"_s;
    case 529:
        return u"Overloaded"_s;
    default:
        return {};
    }
}

Error httpError(const HttpErrorResponse &response, const QDateTime &now)
{
    // "401 Unauthorized": the protocol's words, as every tool shows them.
    QString status = QString::number(response.status);
    const QString reason = httpReasonPhrase(response.status);
    if (!reason.isEmpty())
        status += u' ' + reason;
    const QString text = bodyText(response);
    const QString message = u"HTTP "_s + status + (text.isEmpty() ? QString() : u": "_s + text);

    Error error = Error::coded(Error::Kind::Http, Error::Code::HttpStatus, status, message,
                               isRetryableStatus(response.status))
                      .with({}, text);
    error.httpStatus = response.status;
    if (!response.retryAfter.isEmpty())
        error.retryAfter = parseRetryAfter(response.retryAfter, now);
    return error;
}

} // namespace inkchat::provider
