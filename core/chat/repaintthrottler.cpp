#include "repaintthrottler.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace inkchat::chat {

namespace {

/// The length of `text` without a word it may still be in the middle of:
/// the last word is held back unless something (a space, punctuation)
/// follows it. Word boundaries follow Unicode (UAX #29): an ideograph is
/// never part of a longer word, so Chinese or Japanese text is not held back.
qsizetype wholeWordsLength(QStringView text)
{
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, text.data(), text.size());
    words.toEnd();
    const qsizetype lastBoundary = words.toPreviousBoundary();
    if (lastBoundary < 0)
        return 0;
    const bool endsInWord = words.boundaryReasons().testFlag(QTextBoundaryFinder::StartOfItem);
    return endsInWord ? lastBoundary : text.size();
}

} // namespace

RepaintThrottler::RepaintThrottler(DisplayProfile profile, Clock &clock, QObject *parent)
    : QObject(parent),
      m_profile(profile),
      m_clock(clock),
      m_trailingUpdate(clock.createTimer([this] { showNow(); })),
      m_interval(profile.interval)
{
}

RepaintThrottler::~RepaintThrottler() = default;

void RepaintThrottler::append(const QString &delta)
{
    if (m_finished || delta.isEmpty())
        return;
    m_received += delta;
    if (m_trailingUpdate->isActive())
        return; // the pending update will show this too
    const std::chrono::milliseconds sinceShown = m_clock.now() - m_lastShownAt;
    if (m_updates == 0 || sinceShown >= m_interval)
        showNow();
    else
        m_trailingUpdate->start(m_interval - sinceShown);
}

void RepaintThrottler::finish()
{
    m_trailingUpdate->stop();
    m_finished = true;
    if (m_shownLength == m_received.size())
        return;
    m_shownLength = m_received.size();
    m_lastShownAt = m_clock.now();
    ++m_updates;
    Q_EMIT updated(shownText());
}

void RepaintThrottler::reset()
{
    m_trailingUpdate->stop();
    m_received.clear();
    m_shownLength = 0;
    m_updates = 0;
    m_finished = false;
}

void RepaintThrottler::reportRepaintCost(std::chrono::milliseconds cost)
{
    if (m_profile.kind != DisplayProfile::Kind::Adaptive)
        return;
    // Smoothed, so one slow frame (a font cache miss) does not halve the rate.
    constexpr double weight = 0.3;
    m_smoothedCostMs = m_smoothedCostMs == 0
                           ? double(cost.count())
                           : (1 - weight) * m_smoothedCostMs + weight * double(cost.count());
    const auto target = std::chrono::milliseconds(qRound64(2 * m_smoothedCostMs));
    m_interval = std::clamp(target, DisplayProfile::kFrame, DisplayProfile::kEinkMax);
}

void RepaintThrottler::showNow()
{
    const qsizetype length = showableLength();
    if (length <= m_shownLength)
        return; // nothing new to show (e-ink: still inside the first word)
    m_shownLength = length;
    m_lastShownAt = m_clock.now();
    ++m_updates;
    Q_EMIT updated(shownText());
}

qsizetype RepaintThrottler::showableLength() const
{
    if (!m_profile.wholeWords)
        return m_received.size();
    // What is shown ends at a word boundary (or where a finished reply
    // ended), so only the text after it is segmented: O(delta), not O(reply).
    return m_shownLength + wholeWordsLength(QStringView(m_received).sliced(m_shownLength));
}

} // namespace inkchat::chat
