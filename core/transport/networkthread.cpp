#include "networkthread.h"

#include "transport.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace inkchat::transport {

NetworkThread::NetworkThread() : m_context(new QObject)
{
    m_thread.setObjectName(u"inkchat-network"_s);
    m_context->moveToThread(&m_thread);
    // Deleted in the thread, as it ends: the manager goes with it.
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

NetworkThread::~NetworkThread()
{
    m_thread.quit();
    // Nothing there blocks for long; a thread that still does not end is
    // left to the process's exit rather than hanging it.
    if (!m_thread.wait(QDeadlineTimer(5000)))
        qCWarning(lcTransport) << "the network thread did not end within 5 s";
}

void NetworkThread::setDeliveryInterval(std::chrono::milliseconds interval)
{
    m_intervalMs.store(std::max<qint64>(0, interval.count()), std::memory_order_relaxed);
}

std::chrono::milliseconds NetworkThread::deliveryInterval() const
{
    return std::chrono::milliseconds(m_intervalMs.load(std::memory_order_relaxed));
}

void NetworkThread::markShown()
{
    m_lastShownAtMs.store(m_clock.now().count(), std::memory_order_relaxed);
}

std::chrono::milliseconds NetworkThread::lastShownAt() const
{
    return std::chrono::milliseconds(m_lastShownAtMs.load(std::memory_order_relaxed));
}

QNetworkAccessManager *NetworkThread::network()
{
    Q_ASSERT(QThread::currentThread() == &m_thread);
    if (!m_network)
        m_network = new QNetworkAccessManager(m_context);
    return m_network;
}

void NetworkThread::clearConnectionCache()
{
    QMetaObject::invokeMethod(m_context, [this] {
        if (m_network)
            m_network->clearConnectionCache();
    });
}

} // namespace inkchat::transport
