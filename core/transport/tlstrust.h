#pragma once

#include "util/result.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

namespace inkchat::transport {

/// Certificate authorities trusted besides the system's, for a self-hosted
/// endpoint whose certificate a private CA signed. This only ever adds
/// trust anchors: certificate verification itself is never turned off, and
/// nothing in Inkchat calls ignoreSslErrors().
struct TlsTrust
{
    QList<QSslCertificate> extraAuthorities;

    /// The configuration for one connection: Qt's default (the system's
    /// authorities, peer verification on) plus extraAuthorities.
    QSslConfiguration configuration() const;
};

/// Reads every PEM certificate in a CA file (a bundle may hold several).
/// Fails with a Usage error naming the file when it can't be read or holds
/// no certificate, so a typo is reported before any request is sent.
Result<TlsTrust> loadTlsTrust(const QString &caFile);

} // namespace inkchat::transport
