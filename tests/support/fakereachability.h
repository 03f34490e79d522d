#pragma once

#include "transport/reachability.h"

namespace inkchat::test {

/// The network state, as the test says.
class FakeReachability final : public transport::Reachability
{
public:
    bool isOnline() const override { return m_online; }
    void setOnline(bool online)
    {
        m_online = online;
        Q_EMIT onlineChanged(online);
    }

private:
    bool m_online = true;
};

} // namespace inkchat::test
