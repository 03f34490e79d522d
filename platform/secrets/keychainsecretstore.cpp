#include "keychainsecretstore.h"

#include "util/redact.h"

#include <QMetaObject>
#include <QObject>

#include <qt6keychain/keychain.h>

#include <utility>

using namespace Qt::StringLiterals;

namespace inkchat::platform {

namespace {

enum class Operation { Read, Write, Remove };

QString verb(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return u"read"_s;
    case Operation::Write:
        return u"store"_s;
    case Operation::Remove:
        return u"remove"_s;
    }
    return u"use"_s;
}

/// A failed job as an Error the user can act on; the front ends say what to
/// do. detail is the keychain's own words; it never contains the secret
/// (write() redacts it anyway).
Error keychainError(Operation operation, QKeychain::Error code, const QString &detail)
{
    Error::Code named = Error::Code::KeychainMissing;
    QString message;
    switch (code) {
    case QKeychain::AccessDenied:
        // libsecret reports a locked collection this way.
        named = Error::Code::KeychainLocked;
        message = u"The keychain refused to %1 the API key (is it locked? Unlock it in GNOME "
                  u"Keyring, KWallet or your system's keychain and try again)"_s.arg(verb(operation));
        break;
    case QKeychain::AccessDeniedByUser:
        named = Error::Code::KeychainDenied;
        message = u"Access to the keychain was denied while trying to %1 the API key (allow "
                  u"access when the keychain asks, then try again)"_s.arg(verb(operation));
        break;
    default:
        // NoBackendAvailable and OtherError: libsecret answers OtherError when
        // no session bus or Secret Service is reachable at all.
        message = u"No keychain is available to %1 the API key (is a Secret Service such as "
                  u"GNOME Keyring or KWallet running and unlocked?)"_s.arg(verb(operation));
        break;
    }
    if (!detail.isEmpty())
        message += u": "_s + detail;
    return Error::coded(Error::Kind::Unavailable, named, {}, message).with({}, detail);
}

template <typename Job>
Job *makeJob(const QString &service, const QString &account)
{
    auto *job = new Job(service);
    job->setKey(account);
    job->setAutoDelete(true);
    // Off by default, but set so that no QtKeychain upgrade or platform
    // default can change it: with the fallback on, QtKeychain keeps the
    // secret in a plaintext settings file when no keychain answers. An API
    // key in a readable file is worse than telling the user to start one.
    // (QtKeychain 0.13 does that only on its KWallet path; keychain_test
    // checks there.)
    job->setInsecureFallback(false);
    return job;
}

/// Starts job from the event loop. QtKeychain may report some failures
/// (e.g. libsecret missing) synchronously inside start(); deferring the
/// start keeps SecretStore's promise that no callback runs before the call
/// that asked for it has returned.
void startLater(QKeychain::Job *job)
{
    QMetaObject::invokeMethod(job, &QKeychain::Job::start, Qt::QueuedConnection);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

void KeychainSecretStore::read(const QString &account, ReadDone done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, account);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, done = std::move(done)] {
        switch (job->error()) {
        case QKeychain::NoError:
            done(job->textData());
            return;
        case QKeychain::EntryNotFound:
            done(QString());
            return;
        default:
            done(keychainError(Operation::Read, job->error(), job->errorString()));
            return;
        }
    });
    startLater(job);
}

void KeychainSecretStore::write(const QString &account, const QString &secret, WriteDone done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, account);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, secret, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            done(std::nullopt);
            return;
        }
        done(keychainError(Operation::Write, job->error(), redact(job->errorString(), {secret})));
    });
    startLater(job);
}

void KeychainSecretStore::remove(const QString &account, WriteDone done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, account);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, done = std::move(done)] {
        switch (job->error()) {
        case QKeychain::NoError:
        case QKeychain::EntryNotFound:
            done(std::nullopt);
            return;
        default:
            done(keychainError(Operation::Remove, job->error(), job->errorString()));
            return;
        }
    });
    startLater(job);
}

} // namespace inkchat::platform
