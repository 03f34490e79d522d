#pragma once

#include <QByteArray>

#include <functional>

/// Endless or huge bodies for StreamResponse::generatedBody and
/// WebSocketScript::rawFrames: what a hostile server sends to exhaust a
/// client's memory. Each generator makes its bytes as they are asked for,
/// so the test process itself stays small.
namespace inkchat::test::floods {

using Generator = std::function<QByteArray()>;

/// SSE comment lines (": xxx...\n", 1 KiB each) until `totalBytes` went out:
/// no event ever completes, so no event or line limit is ever reached.
Generator sseComments(qint64 totalBytes);

/// A gzip stream that inflates to SSE comment lines until `inflatedBytes`;
/// it compresses about 1000:1 (a "zip bomb" for Content-Encoding: gzip).
Generator gzipSseComments(qint64 inflatedBytes);

/// One WebSocket text message of `messageBytes` in frames of at most
/// `frameBytes` (unmasked, as a server sends them): one frame whose header
/// announces the whole size when frameBytes >= messageBytes, else a text
/// frame followed by continuation frames.
Generator webSocketTextMessage(qint64 messageBytes, qint64 frameBytes);

} // namespace inkchat::test::floods
