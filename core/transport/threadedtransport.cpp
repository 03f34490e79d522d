#include "threadedtransport.h"

#include "networkthread.h"

#include <QMutex>
#include <QMutexLocker>
#include <QTimer>
#include <QWaitCondition>

#include <algorithm>
#include <atomic>

using namespace std::chrono_literals;

namespace inkchat::transport {

namespace {

/// Threads blocked until a network thread runs something for them (a
/// ThreadedTransport going away). A relay that waits for its receiver to
/// catch up stops waiting then: that receiver may be the blocked thread.
std::atomic<int> g_callersBlocked{0};

} // namespace

/// What the network thread hands on in one event.
struct ThreadedTransport::Batch
{
    enum class End { None, Finished, Failed };

    std::optional<int> status; ///< the response started with these headers
    QByteArray contentType;
    QList<QByteArray> chunks;
    QList<std::chrono::milliseconds> arrivals; ///< when each chunk was read
    qsizetype bytes = 0;
    End end = End::None;
    std::optional<Error> error;

    bool isEmpty() const { return !status && chunks.isEmpty() && end == End::None; }
};

/// How many bytes are posted and not yet handed on, shared by both threads.
struct ThreadedTransport::Flow
{
    QMutex mutex;
    QWaitCondition drained;
    qsizetype inFlight = 0;
    bool closed = false; ///< the ThreadedTransport is going: post nothing more
};

/// The network thread's half: owns the inner transport and batches what it emits.
class ThreadedTransport::Relay final : public QObject
{
public:
    Relay(ThreadedTransport *owner, NetworkThread &thread, std::shared_ptr<Flow> flow, Clock &clock)
        : m_owner(owner),
          m_thread(thread),
          m_flow(std::move(flow)),
          m_clock(clock)
    {
        m_timer.setSingleShot(true);
        // A coarse timer may fire early and then wait again: two wake-ups.
        m_timer.setTimerType(Qt::PreciseTimer);
        // Due again: the display may have shown an update since the timer
        // started, and the next batch then waits for an interval after it.
        connect(&m_timer, &QTimer::timeout, this, &Relay::flushWhenDue);
    }

    void create(const Factory &factory)
    {
        m_inner = factory(m_thread.network());
        connect(m_inner.get(), &Transport::responseStarted, this,
                [this](int status, const QByteArray &contentType) {
                    Batch batch; // nothing is pending before the headers
                    batch.status = status;
                    batch.contentType = contentType;
                    post(std::move(batch));
                });
        connect(m_inner.get(), &Transport::chunkReceived, this, &Relay::onChunk);
        connect(m_inner.get(), &Transport::finished, this,
                [this] { end(Batch::End::Finished, std::nullopt); });
        connect(m_inner.get(), &Transport::failed, this,
                [this](const Error &error) { end(Batch::End::Failed, error); });
    }

    Transport &inner() { return *m_inner; }

    void abort()
    {
        m_timer.stop();
        m_pending = {};
        m_inner->abort();
    }

private:
    void onChunk(const QByteArray &chunk)
    {
        m_pending.chunks.append(chunk);
        m_pending.arrivals.append(m_clock.now());
        m_pending.bytes += chunk.size();
        if (m_pending.bytes >= kMaxBatchBytes) // memory: no waiting
            flush();
        else if (!m_timer.isActive())
            flushWhenDue();
    }

    /// The first batch goes at once (the first token is shown at once);
    /// each later one an interval after the last batch or the last update
    /// shown, whichever came later. A little more than an interval: a batch
    /// the throttler finds a millisecond early waits for its timer.
    void flushWhenDue()
    {
        const std::chrono::milliseconds interval = m_thread.deliveryInterval();
        if (interval <= 0ms || !m_lastFlushAt) {
            flush();
            return;
        }
        constexpr std::chrono::milliseconds margin = 5ms;
        const std::chrono::milliseconds now = m_thread.clock().now();
        const std::chrono::milliseconds due = std::max(*m_lastFlushAt, m_thread.lastShownAt()) + interval
                                              + margin;
        if (now >= due)
            flush();
        else
            m_timer.start(due - now);
    }

    void flush()
    {
        m_timer.stop();
        if (m_pending.isEmpty())
            return;
        m_lastFlushAt = m_thread.clock().now();
        post(std::exchange(m_pending, {}));
    }

    void end(Batch::End end, std::optional<Error> error)
    {
        m_timer.stop();
        Batch batch = std::exchange(m_pending, {});
        batch.end = end;
        batch.error = std::move(error);
        post(std::move(batch));
    }

    void post(Batch batch)
    {
        QMutexLocker lock(&m_flow->mutex);
        // The receiving thread is behind: wait for it. Qt's network thread
        // then fills the reply's read buffer and stops reading the socket.
        while (!m_flow->closed && m_flow->inFlight > 0 && m_flow->inFlight + batch.bytes > kMaxBytesInFlight
               && g_callersBlocked.load() == 0)
            m_flow->drained.wait(&m_flow->mutex, QDeadlineTimer(100));
        if (m_flow->closed)
            return;
        m_flow->inFlight += batch.bytes;
        // Posted under the lock: the owner cannot be destroyed in between
        // (its destructor takes the lock first), and its destruction drops
        // what is still queued for it.
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, batch = std::move(batch)] { owner->receive(batch); },
            Qt::QueuedConnection);
    }

    ThreadedTransport *m_owner;
    NetworkThread &m_thread;
    std::shared_ptr<Flow> m_flow;
    Clock &m_clock;
    std::unique_ptr<Transport> m_inner;
    QTimer m_timer{this};
    Batch m_pending;
    std::optional<std::chrono::milliseconds> m_lastFlushAt;
};

ThreadedTransport::ThreadedTransport(NetworkThread &thread, Factory factory, Clock &clock, QObject *parent)
    : Transport(parent),
      m_thread(thread),
      m_flow(std::make_shared<Flow>())
{
    m_relay = new Relay(this, thread, m_flow, clock);
    m_relay->moveToThread(thread.context()->thread());
    QMetaObject::invokeMethod(m_relay,
                              [relay = m_relay, factory = std::move(factory)] { relay->create(factory); });
}

ThreadedTransport::~ThreadedTransport()
{
    {
        QMutexLocker lock(&m_flow->mutex);
        m_flow->closed = true;
        m_flow->drained.wakeAll();
    }
    // Everything the network thread does is short: it waits for no
    // receiver, this one or another, while a caller is blocked on it (within
    // 100 ms), so this wait is short too.
    ++g_callersBlocked;
    QMetaObject::invokeMethod(
        m_thread.context(), [relay = m_relay] { delete relay; }, Qt::BlockingQueuedConnection);
    --g_callersBlocked;
}

void ThreadedTransport::start(const provider::StreamRequest &request)
{
    QMetaObject::invokeMethod(m_relay, [relay = m_relay, request] { relay->inner().start(request); });
}

void ThreadedTransport::abort()
{
    m_ended = true;
    QMetaObject::invokeMethod(m_relay, [relay = m_relay] { relay->abort(); });
}

void ThreadedTransport::setIdleTimeout(std::chrono::milliseconds timeout)
{
    QMetaObject::invokeMethod(m_relay,
                              [relay = m_relay, timeout] { relay->inner().setIdleTimeout(timeout); });
}

void ThreadedTransport::receive(const Batch &batch)
{
    {
        QMutexLocker lock(&m_flow->mutex);
        m_flow->inFlight -= batch.bytes;
        m_flow->drained.wakeAll();
    }
    if (m_ended)
        return;
    if (batch.status)
        Q_EMIT responseStarted(*batch.status, batch.contentType);
    for (qsizetype i = 0; i < batch.chunks.size() && !m_ended; ++i) {
        m_bytesReceived += batch.chunks.at(i).size();
        m_chunkArrivedAt = batch.arrivals.at(i);
        Q_EMIT chunkReceived(batch.chunks.at(i));
    }
    m_chunkArrivedAt.reset();
    if (m_ended || batch.end == Batch::End::None)
        return;
    m_ended = true;
    if (batch.end == Batch::End::Finished)
        Q_EMIT finished();
    else
        Q_EMIT failed(*batch.error);
}

} // namespace inkchat::transport
