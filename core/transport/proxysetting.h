#pragma once

#include "util/result.h"

#include <QNetworkProxy>
#include <QString>
#include <QUrl>

class QSettings;

namespace inkchat::transport {

/// Which proxy the app's requests and WebSockets go through: the user's
/// choice in Settings (saved as "network/proxy"), or `inkchat-cli --proxy`.
struct ProxySetting
{
    enum class Mode {
        System, ///< the environment as curl reads it, else the system's configuration
        None,   ///< always direct, whatever the environment says
        Manual, ///< every request through `url`
    };

    Mode mode = Mode::System;
    QUrl url; ///< Manual: http://host:port or socks5://host:port, user info allowed

    /// "system", "none", or a proxy URL ("host:port" is an HTTP proxy). A
    /// Usage error names what is wrong with anything else.
    static Result<ProxySetting> parse(const QString &text);
    /// What parse() reads back; user info is kept (the setting is the user's own).
    QString toString() const;

    /// The saved choice; System when none was saved or it no longer parses.
    static ProxySetting load(const QSettings &settings);
    void save(QSettings &settings) const;

    /// Makes it the application's proxy factory: every QNetworkAccessManager
    /// and QWebSocket without a proxy of its own asks it from now on.
    void install() const;

    friend bool operator==(const ProxySetting &, const ProxySetting &) = default;
};

/// The proxy a proxy URL names ("http://host:3128", "socks5h://host", or
/// "host:3128" for HTTP); NoProxy for a URL Qt cannot use as a proxy
/// (https:// proxies: Qt 6.4 cannot speak TLS to a proxy).
QNetworkProxy proxyFromUrl(QString text);

} // namespace inkchat::transport
