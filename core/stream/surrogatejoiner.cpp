#include "surrogatejoiner.h"

namespace inkchat::stream {

namespace {

constexpr QChar kReplacement{0xFFFD};

} // namespace

QString SurrogateJoiner::take(const QString &piece)
{
    QString text = m_pendingHigh.isNull() ? piece : m_pendingHigh + piece;
    m_pendingHigh = QChar();
    if (!text.isEmpty() && text.back().isHighSurrogate()) {
        m_pendingHigh = text.back();
        text.chop(1);
    }
    return replaceLone(std::move(text));
}

QString SurrogateJoiner::finish()
{
    const bool held = !m_pendingHigh.isNull();
    m_pendingHigh = QChar();
    return held ? QString(kReplacement) : QString();
}

QString SurrogateJoiner::replaceLone(QString text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            ++i; // a whole pair
            continue;
        }
        text[i] = kReplacement;
    }
    return text;
}

} // namespace inkchat::stream
