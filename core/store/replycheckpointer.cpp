#include "replycheckpointer.h"

namespace inkchat::store {

namespace {

/// How many bytes `text` takes as UTF-8, without converting it.
qsizetype utf8Size(QStringView text)
{
    qsizetype bytes = 0;
    for (QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit < 0x80)
            bytes += 1;
        else if (unit < 0x800)
            bytes += 2;
        else if (c.isSurrogate())
            bytes += 2; // each half of a pair: 4 bytes for the pair
        else
            bytes += 3;
    }
    return bytes;
}

} // namespace

ReplyCheckpointer::ReplyCheckpointer(SaveFunction saveText, Clock &clock, CheckpointPolicy policy)
    : m_save(std::move(saveText)),
      m_clock(clock),
      m_policy(policy),
      m_trailingSave(clock.createTimer([this] {
          if (hasUnsavedText())
              this->save();
      }))
{
}

ReplyCheckpointer::~ReplyCheckpointer() = default;

void ReplyCheckpointer::textAppended(QStringView text)
{
    if (text.isEmpty())
        return;
    m_unsaved.append(text);
    m_unsavedBytes += utf8Size(text);

    const std::chrono::milliseconds sinceAttempt = m_clock.now() - m_lastAttemptAt;
    const bool firstText = m_attempts == 0;
    const bool intervalOver = sinceAttempt >= m_policy.interval;
    // After a failure only the interval counts, so a locked database is not
    // asked again on every token.
    const bool enoughText = !m_lastAttemptFailed && m_unsavedBytes >= m_policy.unsavedBytes;
    if (firstText || intervalOver || enoughText)
        save();
    else if (!m_trailingSave->isActive())
        m_trailingSave->start(m_policy.interval - sinceAttempt);
}

bool ReplyCheckpointer::flush()
{
    if (hasUnsavedText())
        save(Cut::Everything);
    return !hasUnsavedText();
}

void ReplyCheckpointer::save(Cut cut)
{
    m_trailingSave->stop();
    // Saves are appended one after another, and the store turns a lone
    // surrogate into U+FFFD: a pair cut between two saves would be lost. Its
    // first half waits for the second, unless the reply is over.
    qsizetype length = m_unsaved.size();
    if (cut == Cut::AtCodePoint && m_unsaved.back().isHighSurrogate())
        --length;
    if (length == 0)
        return;
    m_lastAttemptAt = m_clock.now();
    ++m_attempts;
    m_lastAttemptFailed = !m_save(length == m_unsaved.size() ? m_unsaved : m_unsaved.left(length));
    if (m_lastAttemptFailed) {
        // Retried even if no more text comes.
        m_trailingSave->start(m_policy.interval);
        return;
    }
    ++m_saves;
    m_unsaved.remove(0, length);
    m_unsavedBytes = utf8Size(m_unsaved);
}

} // namespace inkchat::store
