#pragma once

#include "util/secretstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <functional>

namespace inkchat::test {

/// Runs the event loop until a SecretStore write or remove answered; its
/// error, if any (a Timeout error when the keychain did not answer).
inline std::optional<Error> waitForSecretStore(const std::function<void(SecretStore::WriteDone)> &operation,
                                               int timeoutMs = 30'000)
{
    bool done = false;
    std::optional<Error> result;
    operation([&](std::optional<Error> error) {
        result = std::move(error);
        done = true;
    });
    const QDeadlineTimer deadline(timeoutMs);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    return done ? result : Error::make(Error::Kind::Timeout, QStringLiteral("the keychain did not answer"));
}

} // namespace inkchat::test
