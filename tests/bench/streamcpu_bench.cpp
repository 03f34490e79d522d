// End-to-end CPU time per streamed token: a loopback StreamServer writes an
// OpenAI Chat Completions stream at 2,000 tokens/s, and the client
// side takes it through the whole pipeline the app uses (QNetworkAccessManager,
// HttpStreamTransport, SseParser, the openai decoder, Connector, and the
// desktop RepaintThrottler). The client's process CPU time over the stream,
// divided by the tokens, is what one token costs.
//
// The server runs in a child process (this program with --serve), so its
// own work is not counted. The floor beside it: `curl -sN` fetching the
// same stream from the same server at the same pace, parsing nothing.
// Wake-ups (voluntary context switches) show that the client sleeps
// between reads. Prints the figures; asserts nothing.
//
//   streamcpu_bench [--tokens N] [--rate TOKENS_PER_S] [--json FILE]
//   streamcpu_bench --serve --tokens N --chunk BYTES   (the server child)

#include "benchsupport.h"

#include "ssescript.h"
#include "streamserver.h"

#include "chat/repaintthrottler.h"
#include "provider/providerregistry.h"
#include "transport/connector.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>

#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

using namespace Qt::StringLiterals;
using namespace inkchat;

namespace {

/// The pause between two of the server's writes, in milliseconds: a fast
/// provider's stream arrives in many small reads.
constexpr int kWriteIntervalMs = 1;
/// Streams tried at most to land on the rate asked for.
constexpr int kMaxAttempts = 4;

/// A reply of `count` tokens as models stream them: words with their
/// leading space, punctuation, now and then a line break or non-ASCII.
QStringList replyTokens(int count)
{
    static const QStringList words = {u" The"_s,    u" stream"_s, u" carries"_s, u" tokens"_s,
                                      u","_s,       u" one"_s,    u" by"_s,      u" one"_s,
                                      u" –"_s,      u" über"_s,   u" 🙂"_s,    u" and"_s,
                                      u" `code`"_s, u"."_s,       u"\n\n"_s,     u" **bold**"_s};
    QStringList tokens;
    tokens.reserve(count);
    for (int i = 0; i < count; ++i)
        tokens.append(words.at(i % words.size()));
    return tokens;
}

/// The reply as the server sends it.
QByteArray replyBody(int tokens)
{
    return test::openAiChatBody(replyTokens(tokens));
}

/// --serve: stream the reply to whoever asks, in writes of random size
/// (1 to --chunk bytes) every millisecond, until the parent ends this process.
int serve(const QStringList &arguments)
{
    test::StreamServer server;
    test::StreamResponse response = test::sseResponse(
        replyBody(bench::argumentValue(arguments, u"tokens"_s).toInt()));
    // Random sizes: events split across writes as TCP segments split them.
    response.chunking = test::StreamResponse::Chunking::Random;
    response.maxChunkSize = bench::argumentValue(arguments, u"chunk"_s).toInt();
    response.delayMs = kWriteIntervalMs;
    server.setResponse(response);
    std::printf("port %d\n", server.port());
    std::fflush(stdout);
    return QCoreApplication::exec();
}

struct StreamFigures
{
    int tokens = 0;
    double wallMs = 0;
    double cpuMs = 0;
    qint64 wakeUps = 0;
    int updates = 0;
    bool completed = false;
};

/// Streams one reply from the server at `port` through the connector and
/// a desktop throttler, measuring from start() to finished().
StreamFigures streamOnce(quint16 port, int tokens)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy); // loopback, whatever the environment says
    const std::unique_ptr<provider::Provider> provider = provider::createProvider(u"openai"_s);
    provider::Endpoint endpoint;
    endpoint.baseUrl = QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port));
    endpoint.model = u"bench-model"_s;
    endpoint.apiKey = u"sk-bench"_s;
    transport::ConnectorServices services;
    services.network = &network;
    transport::Connector connector(*provider, endpoint, services);
    chat::RepaintThrottler throttler(chat::DisplayProfile::desktop());

    StreamFigures figures;
    figures.tokens = tokens;
    bool ended = false;
    QObject::connect(&connector, &transport::Connector::textReceived, &throttler,
                     &chat::RepaintThrottler::append);
    QObject::connect(&throttler, &chat::RepaintThrottler::updated, [&] { ++figures.updates; });
    QObject::connect(&connector, &transport::Connector::finished, [&] {
        throttler.finish();
        figures.completed = true;
        ended = true;
    });
    QObject::connect(&connector, &transport::Connector::failed, [&](const Error &error) {
        std::fprintf(stderr, "stream failed: %s\n", qPrintable(error.message));
        ended = true;
    });

    chat::Conversation conversation;
    conversation.messages.append({chat::Role::User, u"Stream a long reply."_s});
    const qint64 wallStart = bench::monotonicNs();
    const qint64 cpuStart = bench::processCpuNs();
    const qint64 wakeUpsStart = bench::voluntaryContextSwitches();
    connector.start(conversation);
    bench::runUntil([&] { return ended; }, 10 * 60 * 1000);
    figures.cpuMs = double(bench::processCpuNs() - cpuStart) / 1e6;
    figures.wallMs = double(bench::monotonicNs() - wallStart) / 1e6;
    figures.wakeUps = bench::voluntaryContextSwitches() - wakeUpsStart;
    return figures;
}

/// The floor: `curl -sN` fetches the same stream and throws it away. Its
/// CPU time and wake-ups come from wait4(), as the kernel counted them.
std::optional<StreamFigures> curlOnce(quint16 port, int tokens)
{
    const QByteArray url = "http://127.0.0.1:" + QByteArray::number(port) + "/v1/chat/completions";
    const char *const argv[] = {"curl",
                                "-sN",
                                "-o",
                                "/dev/null",
                                "-H",
                                "Content-Type: application/json",
                                "-d",
                                R"({"model":"bench-model","stream":true})",
                                url.constData(),
                                nullptr};
    const qint64 wallStart = bench::monotonicNs();
    pid_t pid = 0;
    // posix_spawn's argv is not const for historical reasons; it is not written to.
    if (posix_spawnp(&pid, "curl", nullptr, nullptr, const_cast<char *const *>(argv), environ) != 0) {
        std::fprintf(stderr, "curl did not start; the floor is left out\n");
        return std::nullopt;
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "curl failed; the floor is left out\n");
        return std::nullopt;
    }
    StreamFigures figures;
    figures.tokens = tokens;
    figures.wallMs = double(bench::monotonicNs() - wallStart) / 1e6;
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    figures.cpuMs = ms(usage.ru_utime) + ms(usage.ru_stime);
    figures.wakeUps = usage.ru_nvcsw;
    figures.completed = true;
    return figures;
}

enum class Client { Inkchat, Curl };

/// Starts a server child writing up to `chunk` bytes a millisecond, streams
/// `tokens` tokens from it with `client`, ends it.
std::optional<StreamFigures> streamFromServer(int tokens, int chunk, Client client)
{
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(
        QCoreApplication::applicationFilePath(),
        {u"--serve"_s, u"--tokens"_s, QString::number(tokens), u"--chunk"_s, QString::number(chunk)});
    quint16 port = 0;
    bench::runUntil(
        [&] {
            if (server.canReadLine())
                port = quint16(QString::fromLatin1(server.readLine()).section(u' ', 1).trimmed().toUInt());
            return port != 0 || server.state() == QProcess::NotRunning;
        },
        30'000);
    if (port == 0) {
        std::fprintf(stderr, "the server did not start\n");
        return std::nullopt;
    }
    const std::optional<StreamFigures> figures = client == Client::Curl
                                                     ? curlOnce(port, tokens)
                                                     : std::optional(streamOnce(port, tokens));
    server.kill();
    server.waitForFinished();
    if (!figures || !figures->completed)
        return std::nullopt;
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.contains(u"--serve"_s))
        return serve(arguments);
    const int tokens = bench::argumentValue(arguments, u"tokens"_s, u"10000"_s).toInt();
    const double rate = bench::argumentValue(arguments, u"rate"_s, u"2000"_s).toDouble();

    // A millisecond timer fires late on a busy machine, and by how much
    // changes with the load, so the write size that gives `rate` is found
    // by trying: each stream corrects the next by how far it missed, until
    // one lands within 5 %; the closest one is reported.
    const double bytesPerToken = double(replyBody(tokens).size()) / tokens;
    const auto chunkFor = [&](double tokensPerSecond) {
        return qMax(1, qRound(2 * bytesPerToken * tokensPerSecond * kWriteIntervalMs / 1000.0) - 1);
    };
    const auto rateOf = [](const StreamFigures &f) { return f.tokens / (f.wallMs / 1000.0); };
    double plannedRate = rate;
    std::optional<StreamFigures> best;
    int bestChunk = 0;
    for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
        const int chunk = chunkFor(plannedRate);
        const auto figures = streamFromServer(tokens, chunk, Client::Inkchat);
        if (!figures)
            return 1;
        const double reached = rateOf(*figures);
        std::printf("attempt %d: %.0f tokens/s\n", attempt + 1, reached);
        if (!best || std::abs(reached - rate) < std::abs(rateOf(*best) - rate)) {
            best = figures;
            bestChunk = chunk;
        }
        if (std::abs(reached - rate) < 0.05 * rate)
            break;
        plannedRate *= rate / reached;
    }
    const StreamFigures &figures = *best;
    const int chunk = bestChunk;

    // Writes of 1..chunk bytes average (chunk + 1) / 2.
    const double tokensPerWrite = (chunk + 1) / 2.0 / bytesPerToken;
    const auto describe = [&](const char *client, const StreamFigures &f) {
        const double achievedRate = f.tokens / (f.wallMs / 1000.0);
        std::printf("%s: %d tokens in %.0f ms (%.0f tokens/s, about %.0f writes/s of %.1f tokens): "
                    "%.0f ms CPU, %.2f us/token, %.1f %% of one core, %lld wake-ups (%.0f/s)\n",
                    client, f.tokens, f.wallMs, achievedRate, achievedRate / tokensPerWrite, tokensPerWrite,
                    f.cpuMs, f.cpuMs * 1000.0 / f.tokens, 100.0 * f.cpuMs / f.wallMs, qlonglong(f.wakeUps),
                    double(f.wakeUps) / (f.wallMs / 1000.0));
        return QJsonObject{
            {u"achieved_tokens_per_s"_s, achievedRate},
            {u"wall_ms"_s, f.wallMs},
            {u"cpu_ms"_s, f.cpuMs},
            {u"us_per_token"_s, f.cpuMs * 1000.0 / f.tokens},
            {u"core_percent"_s, 100.0 * f.cpuMs / f.wallMs},
            {u"wakeups"_s, f.wakeUps},
        };
    };
    QJsonObject json = describe("inkchat", figures);
    std::printf("  %d updates shown (%.0f/s)\n", figures.updates,
                figures.updates / (figures.wallMs / 1000.0));
    json.insert(u"tokens"_s, figures.tokens);
    json.insert(u"planned_tokens_per_s"_s, rate);
    json.insert(u"tokens_per_write"_s, tokensPerWrite);
    json.insert(u"updates"_s, figures.updates);
    if (const auto floor = streamFromServer(tokens, chunk, Client::Curl))
        json.insert(u"curl"_s, describe("curl -sN (floor)", *floor));
    return bench::writeJsonIfAsked(arguments, json) ? 0 : 1;
}
