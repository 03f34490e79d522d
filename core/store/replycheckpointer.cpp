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
    : m_save(std::move(saveText))
    , m_clock(clock)
    , m_policy(policy)
    , m_trailingSave(clock.createTimer([this] {
        if (m_unsaved)
            this->save();
    }))
{
}

ReplyCheckpointer::~ReplyCheckpointer() = default;

void ReplyCheckpointer::textChanged(const QString &fullText)
{
    if (fullText == m_text)
        return;
    // Only the appended part is measured, so a long reply costs no more per
    // token than a short one.
    if (fullText.size() >= m_text.size())
        m_unsavedBytes += utf8Size(QStringView(fullText).mid(m_text.size()));
    else
        m_unsavedBytes = utf8Size(fullText);
    m_text = fullText;
    m_unsaved = true;

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
    if (m_unsaved)
        save();
    return !m_unsaved;
}

void ReplyCheckpointer::save()
{
    m_trailingSave->stop();
    m_lastAttemptAt = m_clock.now();
    ++m_attempts;
    m_lastAttemptFailed = !m_save(m_text);
    if (m_lastAttemptFailed) {
        // Retried even if no more text comes.
        m_trailingSave->start(m_policy.interval);
        return;
    }
    ++m_saves;
    m_unsaved = false;
    m_unsavedBytes = 0;
}

} // namespace inkchat::store
