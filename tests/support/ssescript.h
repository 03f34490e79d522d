#pragma once

#include "streamserver.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <functional>

namespace inkchat::test {

// Pure helpers that cut an SSE fixture body the way a resuming server
// would, so tests can script drops and resumption from recorded replies.
// Lines may end in LF or CRLF.

/// Each event of the body as raw text, including the blank line that ends
/// it; comment-only blocks (": ping") count as events. A last event the
/// body ends without a blank line after is kept as it is.
QList<QByteArray> sseEventBlocks(const QByteArray &body);

/// The events after the one whose `id:` field is lastEventId, as a server
/// answers a reconnect with Last-Event-ID. The whole body for an empty id
/// or an id no event has.
QByteArray sseBodyAfterEventId(const QByteArray &body, const QByteArray &lastEventId);

/// The events after the last one whose data is JSON with a sequence_number
/// of at most startingAfter, as the OpenAI Responses API answers
/// `starting_after`: the events numbered above it and the unnumbered ones
/// among them.
QByteArray sseBodyAfterSequence(const QByteArray &body, qint64 startingAfter);

/// Each event's data (data lines joined by LF), skipping events without
/// data: the same reply as WebSocket text messages.
QList<QByteArray> sseDataMessages(const QByteArray &body);

/// An OpenAI Chat Completions stream of these pieces; `complete` adds the
/// finish_reason chunk and `data: [DONE]` (without them the reply counts as
/// interrupted).
QByteArray openAiChatBody(const QStringList &pieces, bool complete = true);

/// A 200 answer carrying this event-stream body.
StreamResponse sseResponse(const QByteArray &body);

/// A server that resumes `body`: connection k (0-based, counting the
/// requests this responder answers) serves the part of body after the
/// request's Last-Event-ID header or `starting_after` query parameter, and
/// drops the connection without the final chunk after cutsPerConnection[k]
/// bytes of that part; connections from cutsPerConnection.size() on serve
/// it to the end.
StreamServer::Responder resumableSseResponder(QByteArray body, QList<qsizetype> cutsPerConnection);
/// The same server, with `shape` giving connection k's response its
/// pauses, cuts or delays.
StreamServer::Responder resumableSseResponder(QByteArray body,
                                              std::function<void(qsizetype k, StreamResponse &)> shape);

} // namespace inkchat::test
