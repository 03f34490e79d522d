#pragma once

#include <QObject>

namespace inkchat::transport {

/// Whether the machine can reach the network at all, so the connector waits
/// for the network to come back instead of retrying in a loop.
class Reachability : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual bool isOnline() const = 0;

Q_SIGNALS:
    void onlineChanged(bool online);
};

/// Reachability from QNetworkInformation. Where no backend can tell (no
/// NetworkManager, a container), the network counts as reachable.
class SystemReachability final : public Reachability
{
    Q_OBJECT

public:
    explicit SystemReachability(QObject *parent = nullptr);
    bool isOnline() const override;
};

} // namespace inkchat::transport
