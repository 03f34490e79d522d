#include "localhost.h"

#include <QHostAddress>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace inkchat::transport {

namespace {

bool isLocalAddress(const QHostAddress &address)
{
    if (address.isLoopback() || address.isLinkLocal() || address.isUniqueLocalUnicast()
        || address.isSiteLocal())
        return true;
    static const std::array<std::pair<QHostAddress, int>, 4> kPrivate = {{
        {QHostAddress(u"10.0.0.0"_s), 8},
        {QHostAddress(u"172.16.0.0"_s), 12},
        {QHostAddress(u"192.168.0.0"_s), 16},
        {QHostAddress(u"100.64.0.0"_s), 10},
    }};
    // An IPv4-mapped IPv6 address (::ffff:10.0.0.1) is judged as its IPv4 self.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (!isV4)
        return false;
    const QHostAddress plain(v4);
    for (const auto &[subnet, bits] : kPrivate) {
        if (plain.isInSubnet(subnet, bits))
            return true;
    }
    return false;
}

} // namespace

bool isLocalNetworkUrl(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host.isEmpty())
        return false;
    if (QHostAddress address; address.setAddress(host))
        return isLocalAddress(address);
    if (host == "localhost"_L1 || host.endsWith(".localhost"_L1) || host.endsWith(".local"_L1)
        || host.endsWith(".lan"_L1) || host.endsWith(".home.arpa"_L1) || host.endsWith(".internal"_L1))
        return true;
    return !host.contains(u'.'); // a name only the local resolver knows
}

} // namespace inkchat::transport
