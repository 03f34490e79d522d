#pragma once

#include "result.h"

#include <QString>

#include <functional>
#include <optional>

namespace inkchat {

/// Where API keys live: the OS keychain in the app (platform/secrets), a
/// fake in tests. Asynchronous because a keychain may ask the user to
/// unlock it; the GUI thread never waits for one.
///
/// Every call answers exactly once, later, from the event loop (never
/// before it returns). A caller that may be gone by then guards its
/// callback itself (e.g. captures a QPointer).
class SecretStore
{
public:
    /// The stored secret; an empty string when none is stored for the account.
    using ReadDone = std::function<void(Result<QString>)>;
    /// std::nullopt on success.
    using WriteDone = std::function<void(std::optional<Error>)>;

    virtual ~SecretStore() = default;

    virtual void read(const QString &account, ReadDone done) = 0;
    virtual void write(const QString &account, const QString &secret, WriteDone done) = 0;
    /// Forgetting an account that holds nothing is a success.
    virtual void remove(const QString &account, WriteDone done) = 0;
};

} // namespace inkchat
