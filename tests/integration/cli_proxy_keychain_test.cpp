// inkchat-cli behind the proxy set up in the app's Settings, whose password
// the app keeps in the keychain, not in its settings file: the CLI takes it
// from there. Runs through with-keyring.sh: a private D-Bus session with an
// unlocked gnome-keyring and its own HOME, never the user's.

#include "clirun.h"
#include "secretwait.h"

#include "secrets/keychainsecretstore.h"
#include "session/endpointconfig.h"

#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat;
using namespace inkchat::test::cli;

namespace {

/// An HTTP proxy that wants a password: 407 without one, and records the
/// credentials it is then given.
class PasswordProxy
{
public:
    PasswordProxy()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    QString url(const QString &userInfo) const
    {
        return u"http://%1@127.0.0.1:%2"_s.arg(userInfo).arg(m_server.serverPort());
    }
    /// The Proxy-Authorization values requests came with.
    QList<QByteArray> credentials;

private:
    void serve(QTcpSocket *socket)
    {
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            m_heads[socket] += socket->readAll();
            const QByteArray &head = m_heads[socket];
            if (!head.contains("\r\n\r\n"))
                return;
            QByteArray authorization;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("proxy-authorization:"))
                    authorization = line.mid(line.indexOf(':') + 1).trimmed();
            }
            m_heads.remove(socket);
            if (authorization.isEmpty()) {
                socket->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                              "Proxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\n\r\n");
                return;
            }
            credentials.append(authorization);
            socket->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_heads;
};

} // namespace

TEST(CliProxyKeychain, UsesThePasswordOfTheAppsProxyFromTheKeychain)
{
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("INKCHAT_TEST_KEYRING"))
        << "run through tests/unit/platform/with-keyring.sh (ctest does): never the user's own keychain";
    PasswordProxy proxy;
    {
        // As the app's Settings saves a manual proxy: the URL without its password.
        QSettings appSettings(u"Inkchat"_s, u"Inkchat"_s);
        appSettings.setValue(u"network/proxy"_s, proxy.url(u"alice"_s));
    }
    platform::KeychainSecretStore secrets(QString::fromLatin1(session::kKeychainService));
    ASSERT_FALSE(test::waitForSecretStore([&](auto done) {
        secrets.write(QString::fromLatin1(session::kProxyPasswordAccount), u"s3cret"_s, done);
    }));

    // A host only the proxy knows: the request can only go through it.
    const CliResult result = runCli(
        {u"chat"_s, u"--provider"_s, u"openai"_s, u"--base-url"_s, u"http://api.invalid/v1"_s, u"--model"_s,
         u"m"_s, u"--no-store"_s, u"--max-retries"_s, u"0"_s, u"--api-key-env"_s, kKeyVariable, u"Hallo"_s});
    ASSERT_FALSE(proxy.credentials.isEmpty()) << describe(result);
    EXPECT_EQ(proxy.credentials.constFirst(), "Basic " + QByteArray("alice:s3cret").toBase64());
}
