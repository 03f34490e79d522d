// Storing a long reply: inkchat-cli chat against a loopback server that
// sends a reply of 1, 4 and 16 MiB of words as fast as it is read, once
// with --no-store (the floor: the same reply, parsed and printed, stored
// nowhere) and once storing it in a new conversation database. Printed per
// size: the median wall time and CPU time of the child, and the bytes it
// sent to the disk (the kernel's write_bytes), with the ratios to the floor
// and to the reply's size.
//
//   storecost_bench [--runs N] [--json FILE]

#include "benchsupport.h"

#include "childusage.h"
#include "ssescript.h"
#include "streamserver.h"
#include "wordtext.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace inkchat;

namespace {

struct Run
{
    double wallMs = 0;
    double cpuMs = 0;
    double bytesWritten = 0;
};

/// One chat: the reply printed to a pipe that is read and dropped.
std::optional<Run> chat(const QUrl &baseUrl, bool store, qsizetype replySize)
{
    QTemporaryDir dataHome(QDir::currentPath() + u"/storecost-XXXXXX"_s);
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, dataHome.path());
    environment.insert(u"INKCHAT_BENCH_KEY"_s, u"sk-bench"_s);
    cli.setProcessEnvironment(environment);
    QStringList arguments{u"chat"_s,
                          u"--provider"_s,
                          u"openai"_s,
                          u"--base-url"_s,
                          baseUrl.toString(),
                          u"--model"_s,
                          u"m"_s,
                          u"--api-key-env"_s,
                          u"INKCHAT_BENCH_KEY"_s,
                          u"--transport"_s,
                          u"sse"_s,
                          u"--max-retries"_s,
                          u"0"_s};
    if (!store)
        arguments.append(u"--no-store"_s);
    arguments.append(u"a long one"_s);

    qint64 printed = 0;
    QObject::connect(&cli, &QProcess::readyReadStandardOutput,
                     [&] { printed += cli.readAllStandardOutput().size(); });
    bool ended = false;
    QObject::connect(&cli, &QProcess::finished, [&] { ended = true; });
    const test::ChildUsage before = test::childrenUsage();
    QElapsedTimer wall;
    wall.start();
    cli.start(QStringLiteral(INKCHAT_CLI_PATH), arguments);
    if (!bench::runUntil([&] { return ended; }, 600'000)) {
        std::fprintf(stderr, "inkchat-cli did not end\n");
        return std::nullopt;
    }
    Run run;
    run.wallMs = double(wall.nsecsElapsed()) / 1e6;
    printed += cli.readAllStandardOutput().size();
    const test::ChildUsage after = test::childrenUsage();
    run.cpuMs = (after.cpuSeconds - before.cpuSeconds) * 1000;
    run.bytesWritten = double(after.bytesWritten - before.bytesWritten);
    if (cli.exitCode() != 0 || printed != replySize + 1) {
        std::fprintf(stderr, "inkchat-cli exited with %d after printing %lld bytes: %s\n", cli.exitCode(),
                     qlonglong(printed), cli.readAllStandardError().constData());
        return std::nullopt;
    }
    return run;
}

double median(const QList<Run> &runs, double Run::*field)
{
    QList<double> values;
    for (const Run &run : runs)
        values.append(run.*field);
    return bench::quantile(values, 0.5);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int runs = bench::argumentValue(arguments, u"runs"_s, u"3"_s).toInt();
    if (!test::countsWrittenBytes(QDir::currentPath()))
        std::fprintf(stderr, "note: this folder's filesystem counts no written bytes (tmpfs)\n");

    QJsonArray sizes;
    for (const int mebibytes : {1, 4, 16}) {
        // The CLI's reply limit is 16 Mi characters.
        const qsizetype replySize = qsizetype(mebibytes) * 1024 * 1024 - 1024;
        test::StreamServer server;
        server.setResponse(test::sseResponse(test::openAiChatBody(test::wordPieces(replySize))));
        QList<Run> floor;
        QList<Run> stored;
        for (int i = 0; i < runs; ++i) {
            for (const bool store : {false, true}) {
                const std::optional<Run> run = chat(server.url(u"/v1"_s), store, replySize);
                if (!run)
                    return 1;
                (store ? stored : floor).append(*run);
            }
        }
        const double floorWall = median(floor, &Run::wallMs);
        const double floorCpu = median(floor, &Run::cpuMs);
        const double storedWall = median(stored, &Run::wallMs);
        const double storedCpu = median(stored, &Run::cpuMs);
        const double written = median(stored, &Run::bytesWritten);
        std::printf("%2d MiB reply  --no-store %7.0f ms (cpu %6.0f ms)  stored %7.0f ms (cpu %6.0f ms) "
                    "= %.2fx time, %.2fx cpu  written %6.1f MiB = %.2fx the reply\n",
                    mebibytes, floorWall, floorCpu, storedWall, storedCpu, storedWall / floorWall,
                    storedCpu / floorCpu, written / (1024 * 1024), written / double(replySize));
        sizes.append(QJsonObject{{u"mebibytes"_s, mebibytes},
                                 {u"noStoreWallMs"_s, floorWall},
                                 {u"noStoreCpuMs"_s, floorCpu},
                                 {u"storedWallMs"_s, storedWall},
                                 {u"storedCpuMs"_s, storedCpu},
                                 {u"bytesWritten"_s, written},
                                 {u"replyBytes"_s, double(replySize)}});
    }
    return bench::writeJsonIfAsked(arguments, {{u"runs"_s, runs}, {u"sizes"_s, sizes}}) ? 0 : 1;
}
