#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace inkchat::test {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(INKCHAT_TEST_DATA_DIR)).filePath(relative);
}

QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "missing test data: " << qPrintable(file.fileName());
        return {};
    }
    return file.readAll();
}

QStringList providerCases(const QString &providerId)
{
    const QDir dir(dataPath(u"providers/"_s + providerId));
    QStringList cases;
    for (const QString &name : dir.entryList({u"*.body"_s}, QDir::Files, QDir::Name))
        cases.append(name.chopped(5));
    return cases;
}

QSslConfiguration loopbackServerTls()
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(QSslCertificate::fromData(readData(u"tls/server.pem"_s)));
    tls.setPrivateKey(QSslKey(readData(u"tls/server.key"_s), QSsl::Rsa));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the server asks for no client certificate
    return tls;
}

QString testCaFile()
{
    return dataPath(u"tls/ca.pem"_s);
}

} // namespace inkchat::test
