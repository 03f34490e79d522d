#pragma once

#include "stream/sseevent.h"

#include <QByteArray>
#include <QString>

#include <variant>

namespace inkchat::provider {

/// How a reply body is cut into frames.
enum class Framing {
    Sse,       ///< Server-Sent Events: SseEvent and SseStrayLine frames
    Ndjson,    ///< one JSON value per line: JsonLine frames
    Text,      ///< plain UTF-8 text: TextChunk frames
    Json,      ///< one JSON document, the whole (bounded) body: a JsonDocument frame
    WebSocket, ///< WebSocket text messages, each an SseEvent whose data is the message
};

/// An SSE line the standard ignores (unknown field, or a bare JSON line).
/// Some servers report errors this way.
struct SseStrayLine
{
    QByteArray line; ///< the whole line, UTF-8
};

/// One line of an NDJSON body.
struct JsonLine
{
    QByteArray line;
    /// False for a last line the body ended without a newline after: it may
    /// be complete (servers often omit the final newline) or cut off by a
    /// dropped connection, so a decoder that cannot parse it should let the
    /// reply count as interrupted rather than report malformed data.
    bool isTerminated = true;
};

/// Decoded text of a plain-text body.
struct TextChunk
{
    QString text;
};

/// A whole non-streaming response body (single response, poll result).
struct JsonDocument
{
    QByteArray body;
};

/// What a framer hands to a provider's decoder.
using Frame = std::variant<stream::SseEvent, SseStrayLine, JsonLine, TextChunk, JsonDocument>;

} // namespace inkchat::provider
