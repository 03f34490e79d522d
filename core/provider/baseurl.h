#pragma once

#include <QString>
#include <QUrl>

namespace inkchat::provider {

/// What is wrong with an endpoint's base URL, if anything; the front ends
/// word it (Settings, `inkchat-cli chat --base-url`).
enum class BaseUrlProblem {
    None,
    NotHttp,        ///< not a valid http:// or https:// URL with a host
    HasCredentials, ///< user info (user:KEY@) or a query (?key=): URLs end up in logs and histories
};

/// A base URL as a user typed it: surrounding white space ignored, parsed
/// strictly (a stray space inside is an error, not "%20"). Settings and the
/// CLI read it the same way before checkBaseUrl().
QUrl parseBaseUrl(const QString &text);

/// The one rule for a base URL, shared by Settings and the CLI. A key
/// belongs in its own field (the keychain, an environment variable), sent
/// in a header, never in the URL.
BaseUrlProblem checkBaseUrl(const QUrl &url);

/// Whether a request to `url` carries a key in clear text over the network:
/// plain http:// to a host other than this machine (localhost, 127.0.0.0/8,
/// ::1). A key sent that way can be read by anyone on the path.
bool exposesKeyInTransit(const QUrl &url);

} // namespace inkchat::provider
