#pragma once

#include "stream/sseparser.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace inkchat::transport {
class HttpStreamTransport;
}

namespace inkchat::cli {

/// `inkchat-cli sse-dump`: parses an event stream from a file, stdin or a
/// GET of a URL and prints each event as one JSON line as soon as it is
/// parsed:
///   {"event":TYPE,"data":DATA,"id":LAST_EVENT_ID}
///   {"retry":MILLISECONDS}
class SseDumpCommand : public QObject
{
    Q_OBJECT

public:
    SseDumpCommand();
    ~SseDumpCommand() override;

    /// Parses the arguments (the first is "sse-dump") and dumps. Files and
    /// stdin are read synchronously and the exit code is returned; for
    /// --url it returns nullopt and ends the event loop with
    /// QCoreApplication::exit(code).
    std::optional<int> start(const QStringList &arguments);

private:
    class Printer;

    int dumpFile(const QString &path);
    int dumpStdin();
    void startUrl(const QUrl &url, int idleTimeoutMs);
    /// Feeds a chunk; false once the parser broke a limit.
    bool feed(QByteArrayView chunk);
    int endOfStream();

    QNetworkAccessManager m_network;
    stream::SseParser m_parser;
    std::unique_ptr<Printer> m_printer;
    std::unique_ptr<transport::HttpStreamTransport> m_transport;
};

} // namespace inkchat::cli
