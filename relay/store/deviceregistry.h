#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace inkchat::relay {

class RelayDatabase;

/// A paired device as `inkchat-relay devices` lists it.
struct Device
{
    qint64 id = 0;
    QString name;
    QDateTime created;
    QDateTime lastSeen; ///< invalid: never seen after pairing
    bool revoked = false;
};

/// A device just paired, with the token it authenticates with from now on.
struct PairedDevice
{
    qint64 id = 0;
    QString token; ///< shown once, to the device; only its hash is kept
};

/// Devices, not passwords: a one-time pairing code (shown by `inkchat-relay
/// pair`) is traded once for a per-device token; every request carries
/// the token; revoking a device refuses its token from the next request
/// on. Only SHA-256 hashes of codes and tokens are stored, so the database
/// file gives neither away. The code is eight digits (typed on an e-reader's
/// keyboard), lives ten minutes and is burned by five wrong guesses.
class DeviceRegistry
{
public:
    explicit DeviceRegistry(RelayDatabase &database) : m_database(database) {}

    static constexpr std::chrono::minutes kCodeLifetime{10};
    static constexpr int kMaxCodeAttempts = 5;

    /// A new pairing code; any earlier one stops working.
    Result<QString> newPairingCode(const QDateTime &now);
    /// Trades the code for a token; nullopt when the code is wrong, used
    /// or expired (each wrong guess counts against it).
    Result<std::optional<PairedDevice>> pair(const QString &code, const QString &deviceName,
                                             const QDateTime &now);
    /// The device the token belongs to, if it is paired and not revoked;
    /// notes when it was seen.
    Result<std::optional<qint64>> authenticate(const QString &token, const QDateTime &now);
    /// Whether the device may still be served (not revoked, not deleted).
    Result<bool> isActive(qint64 deviceId) const;
    Result<QList<Device>> devices() const;
    /// Revokes the device; false if there is none with this id.
    Result<bool> revoke(qint64 deviceId);

private:
    RelayDatabase &m_database;
};

} // namespace inkchat::relay
