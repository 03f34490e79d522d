#include "sseparser.h"

#include "utf8.h"

#include <QString>

#include <cstring>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace inkchat::stream {

namespace {

constexpr char kBom[] = "\xEF\xBB\xBF";
constexpr qsizetype kBomSize = 3;

bool isAllAsciiDigits(QByteArrayView value)
{
    if (value.isEmpty())
        return false;
    for (char c : value) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

qint64 saturatingMilliseconds(QByteArrayView digits)
{
    constexpr qint64 kMax = std::numeric_limits<qint64>::max() / 10 - 9;
    qint64 value = 0;
    for (char c : digits) {
        if (value > kMax)
            return std::numeric_limits<qint64>::max();
        value = value * 10 + (c - '0');
    }
    return value;
}

struct Field
{
    QByteArrayView name;
    QByteArrayView value;
};

/// "name: value" -> {name, value}: one optional space after the colon is
/// dropped; a line without a colon is a name with an empty value.
Field splitField(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon < 0)
        return {line, {}};
    QByteArrayView value = line.sliced(colon + 1);
    if (!value.isEmpty() && value.front() == ' ')
        value = value.sliced(1);
    return {line.first(colon), value};
}

bool isStandardField(QByteArrayView name)
{
    return name == "data" || name == "event" || name == "id" || name == "retry";
}

} // namespace

SseParser::SseParser(Limits limits) : m_lines(limits.maxLineLength), m_limits(limits) {}

bool SseParser::feed(QByteArrayView chunk, SseHandler &handler)
{
    // The BOM is dropped once, at the very start, even when its three bytes
    // arrive in separate chunks; bytes that only looked like its start are
    // parsed as ordinary input.
    if (!m_bomChecked) {
        while (!chunk.isEmpty() && m_bomPrefix.size() < kBomSize) {
            if (chunk.front() != kBom[m_bomPrefix.size()]) {
                m_bomChecked = true;
                break;
            }
            m_bomPrefix.append(chunk.front());
            chunk = chunk.sliced(1);
        }
        if (m_bomPrefix.size() == kBomSize) {
            m_bomChecked = true;
            m_bomPrefix.clear();
        }
        if (!m_bomChecked)
            return true;
        if (!m_bomPrefix.isEmpty() && !feedLines(std::exchange(m_bomPrefix, {}), handler))
            return false;
    }
    return feedLines(chunk, handler);
}

bool SseParser::feedLines(QByteArrayView chunk, SseHandler &handler)
{
    return m_lines.feed(chunk, [&](QByteArrayView line) { processLine(line, handler); });
}

void SseParser::finish(SseHandler &handler)
{
    // A stream of only "\xEF" or "\xEF\xBB" is not a BOM after all.
    if (!m_bomChecked && !m_bomPrefix.isEmpty()) {
        m_bomChecked = true;
        feedLines(std::exchange(m_bomPrefix, {}), handler);
    }
    // An event not closed by a blank line is discarded (WHATWG: "incomplete
    // event is not dispatched"), and so is an unterminated last line. The
    // standard ignores unknown fields anyway, so such a last line still goes
    // to the hook: a server's bare JSON error often ends without a newline.
    if (const QByteArrayView rest = m_lines.pending(); !rest.isEmpty() && !m_lines.hasFailed()) {
        const QByteArray line = toValidUtf8(rest);
        const Field field = splitField(line);
        if (line.front() != ':' && !isStandardField(field.name))
            handler.onUnknownField(field.name, field.value, line);
    }
    m_data.clear();
    m_type.resize(0);
    m_lastEventIdBuffer = m_lastEventId;
    m_lines.discardPending();
}

void SseParser::reset()
{
    m_lines.reset();
    m_data.clear();
    m_type.resize(0);
    m_lastEventIdBuffer = m_lastEventId;
    m_bomChecked = false;
    m_bomPrefix.clear();
}

void SseParser::processLine(QByteArrayView line, SseHandler &handler)
{
    // Line terminators are ASCII and never part of a multi-byte sequence, so
    // decoding each line on its own gives what decoding the whole stream
    // first (as the standard describes it) would.
    if (!line.isValidUtf8()) {
        processValidLine(toValidUtf8(line), handler);
        return;
    }
    processValidLine(line, handler);
}

void SseParser::processValidLine(QByteArrayView line, SseHandler &handler)
{
    if (line.isEmpty()) {
        dispatch(handler);
        return;
    }
    if (line.front() == ':') {
        handler.onComment(line.sliced(1));
        return;
    }

    const auto [name, value] = splitField(line);
    if (name == "data") {
        // +1 for the LF that joins data lines.
        if (qsizetype(m_data.size()) + value.size() > m_limits.maxEventSize) {
            m_lines.fail(
                BrokenLimit::EventSize,
                u"an event is larger than the maximum event size (%1 bytes)"_s.arg(m_limits.maxEventSize));
            m_data.clear();
            return;
        }
        m_data.append(value.data(), size_t(value.size()));
        m_data.push_back('\n');
    } else if (name == "event") {
        m_type.resize(0);
        m_type.append(value);
    } else if (name == "id") {
        if (!value.contains('\0'))
            m_lastEventIdBuffer = value.toByteArray();
    } else if (name == "retry") {
        if (isAllAsciiDigits(value))
            handler.onRetry(saturatingMilliseconds(value));
    } else {
        handler.onUnknownField(name, value, line);
    }
}

void SseParser::dispatch(SseHandler &handler)
{
    m_lastEventId = m_lastEventIdBuffer;
    if (m_data.empty()) {
        m_type.resize(0);
        return;
    }
    // Without the LF after the last data line. The event's buffer keeps its
    // capacity from one event to the next unless a handler kept a copy.
    const auto size = qsizetype(m_data.size()) - 1;
    m_event.data.resize(size);
    std::memcpy(m_event.data.data(), m_data.data(), size_t(size));
    if (m_type.isEmpty()) {
        m_event.type = QByteArrayLiteral("message");
    } else {
        std::swap(m_event.type, m_type);
    }
    m_event.lastEventId = m_lastEventId; // shared, not copied
    handler.onEvent(m_event);
    m_data.clear();
    m_type.resize(0);
}

} // namespace inkchat::stream
