#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace inkchat::provider {

/// A way of getting a reply across the network, in the order the connector
/// prefers them: every rung down works through more proxies and firewalls
/// but shows the reply later (see ARCHITECTURE.md, transport ladders).
enum class Rung {
    WebSocket, ///< a WebSocket carrying the provider's stream events
    Stream,    ///< an HTTP response streamed as it is written (SSE, NDJSON, chunked text)
    Poll,      ///< repeated short HTTP requests: background response polling, SSE re-GET
    Single,    ///< one non-streaming request answered with the whole reply
};

/// The name used on the command line and in settings: "websocket", "sse",
/// "poll", "json".
QString rungName(Rung rung);

/// The rung a name given by rungName() stands for.
std::optional<Rung> rungFromName(QStringView name);

/// Every rung, most preferred first.
QList<Rung> allRungs();

} // namespace inkchat::provider
