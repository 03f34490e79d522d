#pragma once

#include "streamlimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>

namespace inkchat::stream {

/// Splits a byte stream into lines ending in CR, LF or CRLF, however the
/// bytes are cut into chunks (a CR at the end of one chunk and its LF at the
/// start of the next make one line end). Shared by every line-based framer.
///
/// A line that fits inside one chunk is handed out as a view into that chunk
/// (no copy); only a line cut by a chunk boundary is assembled in a buffer,
/// which is bounded by the maximum line length.
class LineSplitter
{
public:
    explicit LineSplitter(qsizetype maxLineLength) : m_maxLineLength(maxLineLength) {}

    /// Calls onLine(QByteArrayView) for each complete line, without its
    /// terminator. Returns false, and calls nothing more, once a line has
    /// grown past the limit; error() then says so.
    template <typename OnLine>
    bool feed(QByteArrayView chunk, OnLine &&onLine);

    /// The bytes after the last line end: an unterminated last line.
    QByteArrayView pending() const { return QByteArrayView(m_partial.data(), qsizetype(m_partial.size())); }

    /// Drops an unterminated last line at the end of a stream; an error stays.
    void discardPending()
    {
        m_partial.clear();
        m_skipLeadingLf = false;
    }

    /// Forgets buffered bytes and any error, for a new stream.
    void reset()
    {
        discardPending();
        m_error.reset();
        m_broken = BrokenLimit::None;
    }

    const std::optional<QString> &error() const { return m_error; }
    BrokenLimit brokenLimit() const { return m_broken; }
    /// Reports an error found by the caller (an event grown too big), so
    /// that every limit stops the stream the same way.
    void fail(BrokenLimit limit, QString message)
    {
        m_broken = limit;
        m_error = std::move(message);
    }
    bool hasFailed() const { return m_error.has_value(); }

private:
    static const char *findLineEnd(const char *from, const char *end)
    {
        const auto length = static_cast<size_t>(end - from);
        // Two library calls cost more than they save on the few bytes a slow
        // link delivers at a time: test 8 bytes per step for CR or LF (the
        // classic "has a zero byte" trick on the XORed word), then find the
        // exact byte one by one.
        if (length < 64) {
            constexpr std::uint64_t ones = 0x0101010101010101ULL;
            constexpr std::uint64_t highBits = 0x8080808080808080ULL;
            const char *p = from;
            for (; end - p >= 8; p += 8) {
                std::uint64_t word;
                std::memcpy(&word, p, sizeof word);
                const std::uint64_t lf = word ^ (ones * '\n');
                const std::uint64_t cr = word ^ (ones * '\r');
                if ((((lf - ones) & ~lf) | ((cr - ones) & ~cr)) & highBits)
                    break;
            }
            for (; p != end; ++p) {
                if (*p == '\n' || *p == '\r')
                    return p;
            }
            return nullptr;
        }
        const auto *lf = static_cast<const char *>(std::memchr(from, '\n', length));
        const char *searchEnd = lf ? lf : end;
        const auto *cr = static_cast<const char *>(
            std::memchr(from, '\r', static_cast<size_t>(searchEnd - from)));
        return cr ? cr : lf;
    }

    bool exceeds(qsizetype length)
    {
        if (length <= m_maxLineLength)
            return false;
        fail(BrokenLimit::LineLength,
             QStringLiteral("a line is longer than the maximum line length (%1 bytes)").arg(m_maxLineLength));
        m_partial.clear();
        return true;
    }

    // std::string rather than QByteArray: Qt 6.4's append goes through an
    // out-of-line insert(), which dominated parsing at small chunk sizes.
    std::string m_partial;
    qsizetype m_maxLineLength;
    bool m_skipLeadingLf = false; ///< the previous chunk ended in CR
    std::optional<QString> m_error;
    BrokenLimit m_broken = BrokenLimit::None;
};

template <typename OnLine>
bool LineSplitter::feed(QByteArrayView chunk, OnLine &&onLine)
{
    if (m_error)
        return false;
    const char *p = chunk.data();
    const char *const end = p + chunk.size();
    if (m_skipLeadingLf && p != end) {
        m_skipLeadingLf = false;
        if (*p == '\n')
            ++p;
    }
    while (p != end) {
        const char *eol = findLineEnd(p, end);
        if (!eol) {
            if (exceeds(qsizetype(m_partial.size()) + (end - p)))
                return false;
            m_partial.append(p, size_t(end - p));
            return true;
        }
        const bool assembled = !m_partial.empty();
        if (exceeds(qsizetype(m_partial.size()) + (eol - p)))
            return false;
        if (assembled)
            m_partial.append(p, size_t(eol - p));
        const QByteArrayView line = assembled ? pending() : QByteArrayView(p, eol - p);

        if (*eol == '\r') {
            if (eol + 1 == end)
                m_skipLeadingLf = true;
            else if (eol[1] == '\n')
                ++eol;
        }
        p = eol + 1;
        onLine(line);
        if (m_error)
            return false;
        if (assembled)
            m_partial.clear(); // keeps the capacity for the next long line
    }
    return true;
}

} // namespace inkchat::stream
