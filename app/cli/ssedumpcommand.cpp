#include "ssedumpcommand.h"

#include "console.h"
#include "exitcodes.h"

#include "provider/providerregistry.h"
#include "transport/httpstreamtransport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace inkchat::cli {

namespace {

const char kSseDumpUsage[] =
    "Usage: inkchat-cli sse-dump [FILE | - | --url URL] [--idle-timeout SECONDS]\n"
    "\n"
    "Parses a Server-Sent Events stream from FILE, stdin (no FILE or '-') or a GET of URL\n"
    "and prints one compact JSON line per dispatched event as soon as it is parsed:\n"
    "  {\"event\":TYPE,\"data\":DATA,\"id\":LAST_EVENT_ID}\n"
    "and {\"retry\":MILLISECONDS} for each valid retry field.\n";

/// A JSON string literal for UTF-8 text; keeps non-ASCII as is, escapes
/// what JSON requires.
QByteArray jsonString(QByteArrayView utf8)
{
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (byte < 0x20)
                out += "\\u00" + QByteArray::number(byte, 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
    return out;
}

bool isLineEnd(int c)
{
    return c == '\n' || c == '\r';
}

} // namespace

/// Prints what the parser finds, one flushed line each.
class SseDumpCommand::Printer : public stream::SseHandler
{
public:
    void onEvent(const stream::SseEvent &event) override
    {
        const QByteArray line = "{\"event\":" + jsonString(event.type) + ",\"data\":"
                                + jsonString(event.data) + ",\"id\":" + jsonString(event.lastEventId)
                                + "}\n";
        writeOut(line);
    }

    void onRetry(qint64 milliseconds) override
    {
        const QByteArray line = "{\"retry\":" + QByteArray::number(milliseconds) + "}\n";
        writeOut(line);
    }
};

SseDumpCommand::SseDumpCommand() : m_printer(std::make_unique<Printer>()) {}

SseDumpCommand::~SseDumpCommand() = default;

std::optional<int> SseDumpCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption urlOption(u"url"_s, u"GET the stream from this http(s) URL."_s, u"URL"_s);
    const QCommandLineOption idleOption(
        u"idle-timeout"_s, u"With --url: give up when no data arrives for this long (default 60)."_s,
        u"SECONDS"_s);
    parser.addOptions({help, urlOption, idleOption});
    parser.addPositionalArgument(u"FILE"_s, u"The stream to read; stdin when absent or '-'."_s);

    const auto usageError = [](const QString &message) { return cli::usageError(message, "sse-dump"); };

    // arguments[0] ("sse-dump") stands where QCommandLineParser expects the program name.
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        QString options = parser.helpText();
        options = options.mid(options.indexOf(u"Options:"_s));
        writeOut((QString::fromUtf8(kSseDumpUsage) + u'\n' + options + u'\n'
                  + QString::fromUtf8(kExitCodeHelp)).toUtf8());
        return ExitOk;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(u"sse-dump reads one stream at a time"_s);

    int idleTimeoutMs = 60'000;
    if (parser.isSet(idleOption)) {
        const std::optional<int> ms = parseSeconds(parser.value(idleOption));
        if (!ms)
            return usageError(u"--idle-timeout takes a positive number of seconds"_s);
        idleTimeoutMs = *ms;
    }

    if (parser.isSet(urlOption)) {
        if (!positional.isEmpty())
            return usageError(u"give either FILE or --url, not both"_s);
        const QUrl url(parser.value(urlOption), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)) {
            return usageError(u"--url must be an http:// or https:// URL, not '%1'"_s.arg(
                parser.value(urlOption)));
        }
        startUrl(url, idleTimeoutMs);
        return std::nullopt;
    }

    const QString path = positional.value(0);
    if (path.isEmpty() || path == "-"_L1)
        return dumpStdin();
    return dumpFile(path);
}

int SseDumpCommand::dumpFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(u"cannot open '%1': %2"_s.arg(path, file.errorString()));
        return ExitUsage;
    }
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            printError(u"cannot read '%1': %2"_s.arg(path, file.errorString()));
            return ExitUsage;
        }
        if (n == 0)
            break;
        if (!feed(QByteArrayView(buffer.constData(), n)))
            return ExitRemote;
    }
    return endOfStream();
}

int SseDumpCommand::dumpStdin()
{
    // A blocking byte-wise read through stdio's buffer: getc returns as soon
    // as one byte is there, where a block read would wait to fill its buffer.
    // Events only complete at line ends, so feeding line by line loses nothing.
    QByteArray pending;
    for (int c = std::getc(stdin); c != EOF; c = std::getc(stdin)) {
        pending += char(c);
        if (isLineEnd(c)) {
            if (!feed(pending))
                return ExitRemote;
            pending.clear();
        }
    }
    if (std::ferror(stdin)) {
        printError(u"cannot read stdin"_s);
        return ExitUsage;
    }
    if (!pending.isEmpty() && !feed(pending))
        return ExitRemote;
    return endOfStream();
}

void SseDumpCommand::startUrl(const QUrl &url, int idleTimeoutMs)
{
    // The generic SSE provider reads the usual JSON error shapes; without it
    // the transport still names the status.
    transport::HttpErrorDescriber describer;
    if (std::shared_ptr<provider::Provider> sse = provider::createProvider(u"sse"))
        describer = [sse](const provider::HttpErrorResponse &response) { return sse->describeHttpError(response); };

    transport::HttpStreamOptions options;
    options.idleTimeout = std::chrono::milliseconds(idleTimeoutMs);
    m_transport = std::make_unique<transport::HttpStreamTransport>(&m_network, describer, options);
    connect(m_transport.get(), &transport::HttpStreamTransport::chunkReceived, this,
            [this](const QByteArray &chunk) {
                if (!feed(chunk)) {
                    m_transport->abort();
                    QCoreApplication::exit(ExitRemote);
                }
            });
    connect(m_transport.get(), &transport::HttpStreamTransport::finished, this,
            [this] { QCoreApplication::exit(endOfStream()); });
    connect(m_transport.get(), &transport::HttpStreamTransport::failed, this,
            [](const Error &error) {
                printError(error.message);
                QCoreApplication::exit(exitCodeFor(error.kind));
            });

    provider::StreamRequest request;
    request.url = url;
    request.method = QByteArrayLiteral("GET");
    request.framing = provider::Framing::Sse;
    m_transport->start(request);
}

bool SseDumpCommand::feed(QByteArrayView chunk)
{
    if (m_parser.feed(chunk, *m_printer))
        return true;
    printError(m_parser.error().value_or(u"the stream broke a parser limit"_s));
    return false;
}

int SseDumpCommand::endOfStream()
{
    m_parser.finish(*m_printer);
    return ExitOk;
}

} // namespace inkchat::cli
