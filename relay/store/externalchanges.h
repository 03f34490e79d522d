#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace inkchat::relay {

class RelayDatabase;

/// Notices when another process committed to the relay database, as
/// `inkchat-relay revoke` does while `serve` runs: SQLite's
/// `PRAGMA data_version` changes exactly when another connection has
/// committed. One cheap query per interval for the whole server, so a
/// revoked device's open streams end within a second, not at their next
/// heartbeat (15 s by default).
class ExternalChanges : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds kDefaultInterval{1};

    explicit ExternalChanges(RelayDatabase &database, std::chrono::milliseconds interval = kDefaultInterval,
                             QObject *parent = nullptr);

Q_SIGNALS:
    /// Another process changed the database (devices may have been revoked).
    void changed();

private:
    void poll();
    qint64 dataVersion() const;

    RelayDatabase &m_database;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};

} // namespace inkchat::relay
