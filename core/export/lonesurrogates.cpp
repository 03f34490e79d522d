#include "lonesurrogates.h"

#include <cstring>

namespace inkchat::exporting {

namespace {

constexpr char kNulEscape[] = "\\u0000";

bool isHighSurrogate(unsigned value)
{
    return value >= 0xD800 && value <= 0xDBFF;
}

bool isLowSurrogate(unsigned value)
{
    return value >= 0xDC00 && value <= 0xDFFF;
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/// Whether `text` holds only hex digits from `from` on.
bool isHexFrom(const std::string &text, size_t from)
{
    for (size_t i = from; i < text.size(); ++i) {
        if (!isHexDigit(text[i]))
            return false;
    }
    return true;
}

/// The value of the four hex digits of "\uXXXX", or -1.
int escapeValue(const std::string &escape, size_t at = 0)
{
    if (escape.size() < at + 6 || escape[at] != '\\' || escape[at + 1] != 'u')
        return -1;
    int value = 0;
    for (size_t i = at + 2; i < at + 6; ++i) {
        const char c = escape[i];
        if (!isHexDigit(c))
            return -1;
        value = value * 16 + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return value;
}

} // namespace

void LoneSurrogates::emitNul(char16_t stoodFor, std::string &out)
{
    out += kNulEscape;
    m_nuls.push_back(stoodFor);
}

void LoneSurrogates::feed(char c, std::string &out)
{
    switch (m_state) {
    case State::Outside:
        out += c;
        if (c == '"')
            m_state = State::InString;
        return;
    case State::InString:
        if (c == '\\') {
            m_pending.assign(1, c);
            m_state = State::Escape;
            return;
        }
        out += c;
        if (c == '"')
            m_state = State::Outside;
        return;
    case State::Escape:
        m_pending += c;
        if (c == 'u') {
            m_state = State::Hex;
            return;
        }
        out += m_pending; // \" \\ \n ...: the parser judges them
        m_pending.clear();
        m_state = State::InString;
        return;
    case State::Hex: {
        m_pending += c;
        if (m_pending.size() < 6)
            return;
        const int value = escapeValue(m_pending);
        m_state = State::InString;
        if (value == 0 || isLowSurrogate(unsigned(value))) {
            emitNul(char16_t(value), out);
        } else if (value > 0 && isHighSurrogate(unsigned(value))) {
            m_high = char16_t(value);
            m_state = State::AfterHigh;
            return; // the pending escape waits for what follows
        } else {
            out += m_pending; // an ordinary escape, or a bad one the parser will name
        }
        m_pending.clear();
        return;
    }
    case State::AfterHigh: {
        m_pending += c;
        // "\uD83D" then "\uDE00": a pair, passed on whole.
        const size_t size = m_pending.size();
        const bool mayBePair = m_pending[6] == '\\' && (size < 8 || m_pending[7] == 'u')
                               && isHexFrom(m_pending, 8);
        if (mayBePair && size < 12)
            return;
        if (mayBePair && isLowSurrogate(unsigned(escapeValue(m_pending, 6)))) {
            out += m_pending;
            m_pending.clear();
            m_state = State::InString;
            return;
        }
        endLoneHigh(out);
        return;
    }
    }
}

void LoneSurrogates::endLoneHigh(std::string &out)
{
    // What followed it is read again, from within the string.
    const std::string rest = m_pending.substr(6);
    m_pending.clear();
    m_state = State::InString;
    emitNul(m_high, out);
    for (const char again : rest)
        feed(again, out);
}

void LoneSurrogates::filter(const char *data, qint64 size, std::string &out)
{
    for (qint64 i = 0; i < size; ++i)
        feed(data[i], out);
}

void LoneSurrogates::finish(std::string &out)
{
    if (m_state == State::AfterHigh)
        endLoneHigh(out);
    out += m_pending; // a cut escape: the parser says where
    m_pending.clear();
}

QString LoneSurrogates::toQString(const std::string &utf8)
{
    if (std::memchr(utf8.data(), '\0', utf8.size()) == nullptr)
        return QString::fromStdString(utf8);
    QString text;
    size_t start = 0;
    for (size_t nul = utf8.find('\0'); nul != std::string::npos; nul = utf8.find('\0', start)) {
        text += QString::fromUtf8(utf8.data() + start, qsizetype(nul - start));
        text += QChar(m_nuls.empty() ? char16_t(0) : m_nuls.front());
        if (!m_nuls.empty())
            m_nuls.pop_front();
        start = nul + 1;
    }
    text += QString::fromUtf8(utf8.data() + start, qsizetype(utf8.size() - start));
    return text;
}

} // namespace inkchat::exporting
