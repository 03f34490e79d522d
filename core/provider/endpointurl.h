#pragma once

#include <QString>
#include <QUrl>

namespace inkchat::provider {

/// The base URL with `apiPrefix` and then `rest` appended to its path, for
/// providers whose SDKs take a bare host ("https://generativelanguage.googleapis.com",
/// "http://localhost:11434"). A base that already ends in the prefix (users
/// paste ".../v1beta" or ".../api") does not get it twice; trailing slashes
/// are ignored. Query and fragment are kept as they are.
QUrl appendApiPath(const QUrl &base, const QString &apiPrefix, const QString &rest);

} // namespace inkchat::provider
