#pragma once

#include "displayprofile.h"

#include "util/clock.h"

#include <QObject>
#include <QString>
#include <QStringView>

#include <chrono>
#include <memory>

namespace inkchat::chat {

/// Decides when the growing text of a streaming reply is shown, so a slow
/// display (e-ink: hundreds of milliseconds per refresh) shows smooth,
/// readable text instead of flashing on every token:
///  - the first text is shown at once (leading edge);
///  - after that, at most one update per interval; text that arrives in
///    between is shown when the interval is over (trailing edge);
///  - when the reply ends, all of it is shown at once;
///  - with DisplayProfile::wholeWords, an update ends after a whole word,
///    never inside one (until the reply ends);
///  - the adaptive profile sets the interval from measured repaint costs.
/// The clock is injected, so tests run 5 s of streaming in no time.
class RepaintThrottler : public QObject
{
    Q_OBJECT

public:
    explicit RepaintThrottler(DisplayProfile profile, Clock &clock = Clock::system(),
                              QObject *parent = nullptr);
    ~RepaintThrottler() override;

    /// More of the reply arrived.
    void append(const QString &delta);
    /// The reply ended: everything received is shown now.
    void finish();
    /// A new reply starts: forget the text and when it was last shown.
    void reset();

    /// How long the last visible update took to paint; the adaptive profile
    /// keeps its interval at twice the (smoothed) cost, so the display never
    /// falls behind the text.
    void reportRepaintCost(std::chrono::milliseconds cost);

    /// The start of receivedText() that is on screen.
    QStringView shownText() const { return QStringView(m_received).first(m_shownLength); }
    const QString &receivedText() const { return m_received; }
    /// The shortest time between two updates now.
    std::chrono::milliseconds interval() const { return m_interval; }
    /// Updates emitted since the last reset().
    int updateCount() const { return m_updates; }

Q_SIGNALS:
    /// Show this text (the whole reply so far, not a delta). It views the
    /// throttler's own buffer and is valid only during the call: a receiver
    /// that keeps the text appends what it lacks, or copies it. Handing out
    /// a shared QString instead would make the next append() copy the whole
    /// reply, once per update, for as long as any receiver holds it.
    void updated(QStringView text);

private:
    void showNow();
    qsizetype showableLength() const;

    DisplayProfile m_profile;
    Clock &m_clock;
    std::unique_ptr<Timer> m_trailingUpdate;
    std::chrono::milliseconds m_interval;
    std::chrono::milliseconds m_lastShownAt{0};
    double m_smoothedCostMs = 0;
    QString m_received; ///< never shared, so appending stays O(delta)
    qsizetype m_shownLength = 0;
    int m_updates = 0;
    bool m_finished = false;
};

} // namespace inkchat::chat
