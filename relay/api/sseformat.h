#pragma once

#include "store/eventlog.h"

#include <QByteArray>
#include <QString>

#include <chrono>

namespace inkchat::relay {

/// How the relay writes its Server-Sent Events. A text event carries its
/// piece as JSON (`{"t": "..."}`), so a CR or a lone newline in the reply
/// reaches the client as it was; its id is the reply's event number, which
/// a client sends back as Last-Event-ID.
///
/// ```
/// retry: 3000
///
/// event: reply
/// data: {"reply":"3f2a..."}
///
/// id: 1
/// event: text
/// data: {"t":"Hello"}
///
/// id: 2
/// event: restart          (the upstream answered afresh: the text
/// data: {}                 after this replaces the text before it)
///
/// id: 3
/// event: text
/// data: {"t":"Hi"}
///
/// id: 4
/// event: end
/// data: {"status":"complete","error":""}
/// ```
namespace sse {

QByteArray retry(std::chrono::milliseconds delay);
/// Names the reply a POST started, before its first event.
QByteArray replyStarted(const QString &replyId);
QByteArray event(const ReplyEvent &event);
/// A comment line: keeps proxies and NATs from closing an idle stream.
QByteArray heartbeat();
/// Ends a long poll that had nothing new: ask again.
QByteArray pending();

} // namespace sse

} // namespace inkchat::relay
