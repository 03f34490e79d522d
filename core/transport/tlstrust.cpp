#include "tlstrust.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace inkchat::transport {

namespace {

/// A CA bundle is a few KiB; this only stops a wrong path (a disk image, a
/// device) from being read whole.
constexpr qint64 kMaxCaFileSize = 16 * 1024 * 1024;

} // namespace

QSslConfiguration TlsTrust::configuration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!extraAuthorities.isEmpty()) {
        // Adding authorities turns off loading the system's on demand, so
        // they are added explicitly: the extra ones come on top.
        configuration.addCaCertificates(QSslConfiguration::systemCaCertificates());
        configuration.addCaCertificates(extraAuthorities);
    }
    return configuration;
}

Result<TlsTrust> loadTlsTrust(const QString &caFile)
{
    QFile file(caFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error::coded(Error::Kind::Usage, Error::Code::CaFileUnreadable, caFile,
                            u"can't read the CA file %1: %2"_s.arg(caFile, file.errorString()))
            .with({}, file.errorString());
    if (file.size() > kMaxCaFileSize)
        return Error::coded(Error::Kind::Usage, Error::Code::CaFileTooLarge, caFile,
                            u"%1 is too large to be a CA file"_s.arg(caFile));
    TlsTrust trust;
    trust.extraAuthorities = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (trust.extraAuthorities.isEmpty())
        return Error::coded(Error::Kind::Usage, Error::Code::CaFileHasNoCertificate, caFile,
                            u"%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)"_s.arg(caFile));
    return trust;
}

} // namespace inkchat::transport
