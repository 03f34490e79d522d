#include "savedproxy.h"

#include "session/endpointconfig.h"

#include <QEventLoop>
#include <QSettings>
#include <QTimer>

#ifdef INKCHAT_CLI_HAS_KEYCHAIN
#include "secrets/keychainsecretstore.h"
#endif

using namespace Qt::StringLiterals;

namespace inkchat::cli {

namespace {

/// A locked keychain may ask its user to unlock it; a console client that
/// nobody answers must still go on.
constexpr int kKeychainWaitMs = 10'000;

} // namespace

transport::ProxySetting savedProxy()
{
    transport::ProxySetting proxy = transport::ProxySetting::load(QSettings(u"Inkchat"_s, u"Inkchat"_s));
#ifdef INKCHAT_CLI_HAS_KEYCHAIN
    if (proxy.mode != transport::ProxySetting::Mode::Manual || proxy.url.userName().isEmpty()
        || !proxy.url.password().isEmpty())
        return proxy;
    platform::KeychainSecretStore secrets(QString::fromLatin1(session::kKeychainService));
    QEventLoop loop;
    secrets.read(QString::fromLatin1(session::kProxyPasswordAccount), [&](Result<QString> password) {
        if (password && !password->isEmpty())
            proxy.url.setPassword(*password);
        loop.quit();
    });
    QTimer::singleShot(kKeychainWaitMs, &loop, &QEventLoop::quit);
    loop.exec();
#endif
    return proxy;
}

} // namespace inkchat::cli
