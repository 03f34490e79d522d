// `inkchat-cli sse-dump` against the npm package eventsource-parser doing
// the same (ssedump_eventsourceparser.cjs) on the 64 MiB stream
// sseparser_bench parses: each reads the stream from a file and writes one
// JSON line per event to a file. Wall and CPU time (user + system, from
// wait4) of each whole process, median of --runs; the floor is `cat`
// copying the same bytes. The outputs of sse-dump and eventsource-parser
// are compared byte for byte. Prints the figures; asserts nothing.
//
//   ssedump_bench [--node-modules DIR] [--runs N] [--json FILE]
//
// DIR holds node_modules/eventsource-parser (scripts/bench.sh installs it);
// without it, or without node, eventsource-parser is left out.

#include "benchsupport.h"
#include "openaistream.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

using namespace Qt::StringLiterals;
using namespace inkchat;

namespace {

struct Command
{
    QString name;
    QStringList arguments; ///< the program first
    QString input;         ///< a file for stdin, or none
};

struct Times
{
    double wallMs = 0;
    double cpuMs = 0;
};

double milliseconds(const timeval &t)
{
    return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
}

/// Runs the command with stdout to `output`; nullopt if it failed.
std::optional<Times> runOnce(const Command &command, const QString &output)
{
    std::vector<QByteArray> arguments;
    for (const QString &argument : command.arguments)
        arguments.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    const QByteArray outputPath = output.toLocal8Bit();
    const QByteArray inputPath = command.input.toLocal8Bit();
    posix_spawn_file_actions_addopen(&files, 1, outputPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (!inputPath.isEmpty())
        posix_spawn_file_actions_addopen(&files, 0, inputPath.constData(), O_RDONLY, 0);

    const qint64 start = bench::monotonicNs();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, argv.front(), &files, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&files);
    if (spawned != 0)
        return std::nullopt;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return std::nullopt;
    return Times{double(bench::monotonicNs() - start) / 1e6,
                 milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime)};
}

/// Medians over `runs`, or nullopt if any run failed.
std::optional<Times> measure(const Command &command, const QString &output, int runs)
{
    QList<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        const std::optional<Times> times = runOnce(command, output);
        if (!times) {
            std::fprintf(stderr, "%s failed\n", qPrintable(command.name));
            return std::nullopt;
        }
        wall.append(times->wallMs);
        cpu.append(times->cpuMs);
    }
    return Times{bench::quantile(wall, 0.5), bench::quantile(cpu, 0.5)};
}

QString firstLineOf(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30'000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).section(u'\n', 0, 0).trimmed();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int runs = bench::argumentValue(arguments, u"runs"_s, u"3"_s).toInt();
    const QString modules = bench::argumentValue(arguments, u"node-modules"_s);
    const QString node = QStandardPaths::findExecutable(u"node"_s);

    QTemporaryDir scratch;
    const QString stream = scratch.filePath(u"stream.sse"_s);
    QFile file(stream);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(bench::openAiStream()) != bench::openAiStream().size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(stream));
        return 1;
    }
    file.close();
    const double mebibytes = double(bench::openAiStream().size()) / (1 << 20);

    const QString cli = QStringLiteral(INKCHAT_CLI_PATH);
    QList<Command> commands{
        {u"inkchat-cli sse-dump FILE"_s, {cli, u"sse-dump"_s, stream}, {}},
        {u"inkchat-cli sse-dump < FILE"_s, {cli, u"sse-dump"_s}, stream},
    };
    QString parserVersion;
    if (!node.isEmpty() && !modules.isEmpty()) {
        QFile package(modules + u"/node_modules/eventsource-parser/package.json"_s);
        if (package.open(QIODevice::ReadOnly))
            parserVersion =
                QString::fromUtf8(package.readAll()).section(u"\"version\""_s, 1).section(u'"', 1, 1);
    }
    if (!parserVersion.isEmpty()) {
        commands.append({u"eventsource-parser (npm) on node"_s,
                         {node, QStringLiteral(INKCHAT_NODE_DUMP_SCRIPT), modules, stream},
                         {}});
    } else {
        std::printf("eventsource-parser left out: %s\n",
                    node.isEmpty() ? "no node on PATH" : "not installed (--node-modules)");
    }
    commands.append({u"cat FILE (floor)"_s, {u"cat"_s, stream}, {}});

    QJsonArray results;
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const QString output = scratch.filePath(u"out%1"_s.arg(i));
        const std::optional<Times> times = measure(commands.at(i), output, runs);
        if (!times)
            return 1;
        std::printf("%-36s %7.0f ms wall %7.0f ms CPU %6.0f MiB/s\n", qPrintable(commands.at(i).name),
                    times->wallMs, times->cpuMs, mebibytes / (times->wallMs / 1000));
        results.append(QJsonObject{
            {u"name"_s, commands.at(i).name}, {u"wall_ms"_s, times->wallMs}, {u"cpu_ms"_s, times->cpuMs}});
    }
    bool sameOutput = true;
    if (!parserVersion.isEmpty()) {
        QFile ours(scratch.filePath(u"out0"_s));
        QFile theirs(scratch.filePath(u"out2"_s));
        sameOutput = ours.open(QIODevice::ReadOnly) && theirs.open(QIODevice::ReadOnly)
                     && ours.readAll() == theirs.readAll();
        std::printf("sse-dump and eventsource-parser wrote %s\n",
                    sameOutput ? "the same bytes" : "DIFFERENT output");
    }
    QJsonObject json{{u"stream_mib"_s, mebibytes},
                     {u"runs"_s, runs},
                     {u"commands"_s, results},
                     {u"same_output"_s, sameOutput}};
    if (!parserVersion.isEmpty()) {
        json.insert(u"eventsource_parser_version"_s, parserVersion);
        json.insert(u"node_version"_s, firstLineOf(node, {u"--version"_s}));
    }
    return bench::writeJsonIfAsked(arguments, json) ? 0 : 1;
}
