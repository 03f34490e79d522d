#include "ssedumpcommand.h"

#include "console.h"
#include "exitcodes.h"
#include "sessiontext.h"

#include "provider/providerregistry.h"
#include "transport/httpstreamtransport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QUrl>

#include <algorithm>

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

/// Appends a JSON string literal for UTF-8 text: non-ASCII as is, what
/// JSON requires escaped. Written through a pointer into room made once
/// (an escape takes at most six bytes): appending piece by piece cost
/// more than parsing the stream.
void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    const qsizetype start = out.size();
    out.resize(start + 6 * utf8.size() + 2);
    char *p = out.data() + start;
    *p++ = '"';
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte != '"' && byte != '\\') {
            *p++ = c;
            continue;
        }
        *p++ = '\\';
        switch (byte) {
        case '"':
            *p++ = '"';
            break;
        case '\\':
            *p++ = '\\';
            break;
        case '\n':
            *p++ = 'n';
            break;
        case '\r':
            *p++ = 'r';
            break;
        case '\t':
            *p++ = 't';
            break;
        case '\b':
            *p++ = 'b';
            break;
        case '\f':
            *p++ = 'f';
            break;
        default:
            p = std::copy_n("u00", 3, p);
            *p++ = "0123456789abcdef"[byte >> 4];
            *p++ = "0123456789abcdef"[byte & 0xF];
        }
    }
    *p++ = '"';
    out.truncate(p - out.constData());
}

/// Output is written at least this often, in bytes.
constexpr qsizetype kFlushSize = 64 * 1024;

} // namespace

/// Turns what the parser finds into JSON lines, collected until flush():
/// the lines of one chunk of input leave in one write, not one write (and
/// one system call) each, which cost more than parsing them.
class SseDumpCommand::Printer : public stream::SseHandler
{
public:
    Printer() { m_out.reserve(2 * kFlushSize); }

    void onEvent(const stream::SseEvent &event) override
    {
        m_out += "{\"event\":";
        appendJsonString(m_out, event.type);
        m_out += ",\"data\":";
        appendJsonString(m_out, event.data);
        m_out += ",\"id\":";
        appendJsonString(m_out, event.lastEventId);
        m_out += "}\n";
        if (m_out.size() >= kFlushSize)
            flush();
    }

    void onRetry(qint64 milliseconds) override
    {
        m_out += "{\"retry\":" + QByteArray::number(milliseconds) + "}\n";
    }

    /// Writes the lines collected so far.
    void flush()
    {
        if (m_out.isEmpty())
            return;
        writeOut(m_out);
        m_out.clear(); // keeps the capacity
    }

private:
    QByteArray m_out;
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
        writeOut(
            (QString::fromUtf8(kSseDumpUsage) + u'\n' + options + u'\n' + QString::fromUtf8(kExitCodeHelp))
                .toUtf8());
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
            return usageError(
                u"--url must be an http:// or https:// URL, not '%1'"_s.arg(parser.value(urlOption)));
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
    // read() returns what a pipe holds as soon as anything is there, where
    // fread() would wait to fill its buffer: events reach the output as
    // soon as their end arrives.
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = readStdin(buffer.data(), buffer.size());
        if (n < 0) {
            printError(u"cannot read stdin"_s);
            return ExitUsage;
        }
        if (n == 0)
            break;
        if (!feed(QByteArrayView(buffer.constData(), n)))
            return ExitRemote;
    }
    return endOfStream();
}

void SseDumpCommand::startUrl(const QUrl &url, int idleTimeoutMs)
{
    // The generic SSE provider reads the usual JSON error shapes; without it
    // the transport still names the status.
    transport::HttpErrorDescriber describer;
    if (std::shared_ptr<provider::Provider> sse = provider::createProvider(u"sse"))
        describer = [sse](const provider::HttpErrorResponse &response) {
            return sse->describeHttpError(response);
        };

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
    connect(m_transport.get(), &transport::HttpStreamTransport::failed, this, [](const Error &error) {
        printError(describeProblem(error));
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
    const bool ok = m_parser.feed(chunk, *m_printer);
    m_printer->flush(); // what this chunk completed is out before the next read
    if (ok)
        return true;
    printError(m_parser.error().value_or(u"the stream broke a parser limit"_s));
    return false;
}

int SseDumpCommand::endOfStream()
{
    m_parser.finish(*m_printer);
    m_printer->flush();
    return ExitOk;
}

} // namespace inkchat::cli
