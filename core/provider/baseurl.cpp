#include "baseurl.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

QUrl parseBaseUrl(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}

BaseUrlProblem checkBaseUrl(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != "http"_L1 && scheme != "https"_L1))
        return BaseUrlProblem::NotHttp;
    if (!url.userInfo().isEmpty() || url.hasQuery())
        return BaseUrlProblem::HasCredentials;
    return BaseUrlProblem::None;
}

bool exposesKeyInTransit(const QUrl &url)
{
    if (url.scheme() != "http"_L1 && url.scheme() != "ws"_L1)
        return false;
    const QString host = url.host();
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0
        || host.endsWith(".localhost"_L1, Qt::CaseInsensitive)) {
        return false; // RFC 6761: always this machine
    }
    return !QHostAddress(host).isLoopback();
}

} // namespace inkchat::provider
