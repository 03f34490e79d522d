#pragma once

#include <QByteArray>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

namespace inkchat::test {

/// Absolute path of a file under tests/data.
QString dataPath(const QString &relative);

/// The bytes of a file under tests/data; fails the calling test (and
/// returns empty) when it is missing.
QByteArray readData(const QString &relative);

/// The fixture cases of one provider: tests/data/providers/<id>/<case>.body
/// is a reply body as the server sends it, and <case>.reply.txt the exact
/// reply text a user must see (when the case completes normally).
QStringList providerCases(const QString &providerId);

/// A loopback HTTPS server's side of TLS (StreamServer's TLS constructor):
/// a certificate for 127.0.0.1 signed by the test CA in tests/data/tls/ca.pem.
QSslConfiguration loopbackServerTls();

/// The test CA that signed loopbackServerTls()'s certificate.
QString testCaFile();

} // namespace inkchat::test
