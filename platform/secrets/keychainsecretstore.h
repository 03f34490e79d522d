#pragma once

#include "util/secretstore.h"

#include <QString>

namespace inkchat::platform {

/// SecretStore backed by the OS keychain through QtKeychain: the Secret
/// Service (GNOME Keyring, KWallet) on Linux, Keychain on macOS, Credential
/// Manager on Windows. Secrets never touch a settings file or a log; when no
/// keychain answers, the caller gets an Error of kind Unavailable that tells
/// the user what to start or unlock.
///
/// Holds no state besides the service name: pending calls keep their own
/// callbacks, so they still answer (exactly once) if the store is destroyed
/// first.
class KeychainSecretStore final : public SecretStore
{
public:
    /// service namespaces the entries in the keychain: "Inkchat" in the
    /// app, a unique name per test so tests never see each other's entries.
    explicit KeychainSecretStore(QString service);

    void read(const QString &account, ReadDone done) override;
    void write(const QString &account, const QString &secret, WriteDone done) override;
    void remove(const QString &account, WriteDone done) override;

private:
    QString m_service;
};

} // namespace inkchat::platform
