#include "endpointurl.h"

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

} // namespace inkchat::provider
