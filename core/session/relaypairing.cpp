#include "relaypairing.h"

#include "provider/relayprovider.h"

using namespace Qt::StringLiterals;

namespace inkchat::session {

RelayPairing::RelayPairing(QNetworkAccessManager *network, ExchangeLimits limits, Clock &clock,
                           QObject *parent)
    : QObject(parent),
      m_exchange(network, limits, clock)
{
    connect(&m_exchange, &BoundedExchange::failed, this, &RelayPairing::failed);
    connect(&m_exchange, &BoundedExchange::finished, this, [this](const QByteArray &body) {
        const Result<QString> token = provider::RelayProvider::parsePairAnswer(body);
        if (token)
            Q_EMIT paired(*token);
        else
            Q_EMIT failed(token.error());
    });
}

void RelayPairing::start(const ResolvedEndpoint &relay, const QString &code, const QString &deviceName)
{
    if (relay.providerId != u"relay"_s) {
        m_exchange.failLater(Error::coded(Error::Kind::Usage, Error::Code::PairingNeedsRelay, {},
                                          u"only an Inkchat relay pairs with a code"_s));
        return;
    }
    m_exchange.start(provider::RelayProvider::buildPairRequest(relay.endpoint, code, deviceName), relay.tls,
                     std::make_shared<provider::RelayProvider>(), u"the relay's answer"_s);
}

} // namespace inkchat::session
