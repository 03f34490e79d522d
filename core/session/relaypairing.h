#pragma once

#include "boundedexchange.h"
#include "endpointsource.h"

#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace inkchat::session {

/// Pairs this device with an inkchat-relay: trades the one-time code that
/// `inkchat-relay pair` shows for the device token the relay endpoint then
/// uses as its key. The code and the token go only to the relay's own
/// origin, as a key would (BoundedExchange).
///
/// Single use; ends with exactly one of paired() or failed(), never before
/// start() returns.
class RelayPairing : public QObject
{
    Q_OBJECT

public:
    explicit RelayPairing(QNetworkAccessManager *network, ExchangeLimits limits = {.maxBytes = 64 * 1024},
                          Clock &clock = Clock::system(), QObject *parent = nullptr);

    /// `deviceName` is how `inkchat-relay devices` will list this device.
    void start(const ResolvedEndpoint &relay, const QString &code, const QString &deviceName);

Q_SIGNALS:
    void paired(const QString &token);
    /// A wrong, used or expired code (the relay's words), or why the relay
    /// could not be asked.
    void failed(const inkchat::Error &error);

private:
    BoundedExchange m_exchange;
};

} // namespace inkchat::session
