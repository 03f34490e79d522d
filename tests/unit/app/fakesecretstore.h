#pragma once

#include "util/secretstore.h"

#include <QHash>
#include <QTimer>

#include <optional>

/// A SecretStore in memory that answers from the event loop like a real
/// keychain, and can be told to behave like a missing one.
class FakeSecretStore final : public inkchat::SecretStore
{
public:
    QHash<QString, QString> secrets;
    /// Every call fails with this error (e.g. no Secret Service running).
    std::optional<inkchat::Error> failure;

    void read(const QString &account, ReadDone done) override
    {
        later([this, account, done] {
            if (failure)
                done(*failure);
            else
                done(secrets.value(account));
        });
    }

    void write(const QString &account, const QString &secret, WriteDone done) override
    {
        later([this, account, secret, done] {
            if (!failure)
                secrets.insert(account, secret);
            done(failure);
        });
    }

    void remove(const QString &account, WriteDone done) override
    {
        later([this, account, done] {
            if (!failure)
                secrets.remove(account);
            done(failure);
        });
    }

private:
    static void later(std::function<void()> call) { QTimer::singleShot(0, std::move(call)); }
};
