// Start-up time to first frame, and resident memory once the window has
// settled: the real `inkchat` binary (offscreen, --demo), started as a
// child process, once with no conversation stored and once with a
// 10,000-message conversation, the one the app opens at start (the only,
// so the most recently updated one). The conversation is written through
// the store API into the child's own XDG_DATA_HOME, as an import would.
//
// The first frame is read from the app's frame log (INKCHAT_FRAME_LOG,
// app/stats/framestats.h): monotonic timestamps, compared with the moment
// this program started the child. Memory is the child's VmRSS and VmHWM
// (peak) from /proc a few seconds after the first frame (the composer's
// blinking cursor keeps drawing frames, so "no more frames" never comes).
// Each case runs a few times; the medians are reported.
//
//   startup_bench [--app PATH] [--runs N] [--messages N] [--json FILE]

#include "benchsupport.h"

#include "chat/records.h"
#include "store/conversationstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace inkchat;

namespace {

/// How long after the first frame the memory is read: time for the
/// transcript's first screen to be built.
constexpr qint64 kMemoryAfterNs = 3'000'000'000;
/// How often the child's frame log is read: a file another process writes
/// sends no event. The first frame's time comes from the log itself, so
/// this does not blur it.
constexpr int kLogPollMs = 20;

/// A question as people type them, about 150 characters.
QString question(int i)
{
    return u"Question %1: how would you restructure the loading of a long list so that the first screen "
           "appears quickly, and what does it cost later?"_s.arg(i);
}

/// An answer as models write them, about 1.5 KB of Markdown: paragraphs,
/// a list, now and then a code block.
QString answer(int i)
{
    QString text = u"Answer %1. Load the **visible part first** and the rest on demand: the list keeps only "
                   "what it shows, and each row is laid out when it scrolls into view.\n\n"_s.arg(i);
    for (int paragraph = 0; paragraph < 4; ++paragraph)
        text += u"Paragraph %1 adds one more detail of the plan, with enough ordinary words to wrap across "
                "several lines of any reader's screen, and a `name` or two in between.\n\n"_s.arg(paragraph);
    text += u"- measure before and after\n- keep the model flat\n- avoid resetting it on every change\n\n"_s;
    if (i % 4 == 1)
        text += u"```cpp\nfor (const auto &row : rows)\n    view.append(row);\n```\n"_s;
    return text;
}

struct Seeded
{
    int messages = 0;
    qint64 textBytes = 0; ///< UTF-8
};

/// Stores one conversation of `count` messages at the store's default path
/// (under XDG_DATA_HOME, which the caller has pointed at the child's folder).
std::optional<Seeded> seedConversation(int count)
{
    const auto store = store::ConversationStore::open(store::ConversationStore::defaultPath());
    if (!store) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(store.error().message));
        return std::nullopt;
    }
    chat::ConversationRecord conversation;
    conversation.title = u"%1 messages"_s.arg(count);
    QList<chat::MessageRecord> messages;
    messages.reserve(count);
    Seeded seeded;
    for (int i = 0; i < count; ++i) {
        chat::MessageRecord message;
        message.role = i % 2 == 0 ? chat::Role::User : chat::Role::Assistant;
        message.text = message.role == chat::Role::User ? question(i) : answer(i);
        message.model = message.role == chat::Role::Assistant ? u"bench-model"_s : QString();
        seeded.textBytes += message.text.toUtf8().size();
        messages.append(message);
    }
    const auto outcome = (*store)->importConversation(conversation, messages);
    if (!outcome) {
        std::fprintf(stderr, "cannot store the conversation: %s\n", qPrintable(outcome.error().message));
        return std::nullopt;
    }
    seeded.messages = outcome->importedMessages;
    return seeded;
}

/// `frame` timestamps in the log so far.
QList<qint64> loggedFrames(const QString &path)
{
    QList<qint64> frames;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return frames;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("frame "))
            frames.append(line.mid(6).toLongLong());
    }
    return frames;
}

/// A field of /proc/<pid>/status in KiB, e.g. VmRSS; -1 if missing.
qint64 statusKib(qint64 pid, QByteArrayView field)
{
    QFile file(u"/proc/%1/status"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field) && line.size() > field.size() && line.at(field.size()) == ':')
            return line.mid(field.size() + 1).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

struct Launch
{
    double firstFrameMs = 0; ///< start of the process → first frame swapped
    qint64 rssKib = 0;
    qint64 peakRssKib = 0;
};

/// Starts the app with its home in `home`, waits for its first frame,
/// reads its memory a little later and ends it.
std::optional<Launch> launch(const QString &appPath, const QString &home)
{
    const QString logPath = QDir(home).filePath(u"frames.log"_s);
    QFile::remove(logPath);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    environment.insert(u"INKCHAT_FRAME_LOG"_s, logPath);
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());

    const qint64 startNs = bench::monotonicNs();
    process.start(appPath, {u"--demo"_s});
    QList<qint64> frames;
    const bool shown = bench::runUntil(
        [&] {
            if (frames.isEmpty())
                frames = loggedFrames(logPath);
            return process.state() == QProcess::NotRunning
                   || (!frames.isEmpty() && bench::monotonicNs() - frames.constFirst() > kMemoryAfterNs);
        },
        120'000, kLogPollMs);
    std::optional<Launch> result;
    if (shown && process.state() == QProcess::Running && !frames.isEmpty()) {
        result = Launch{double(frames.constFirst() - startNs) / 1e6, statusKib(process.processId(), "VmRSS"),
                        statusKib(process.processId(), "VmHWM")};
    } else {
        std::fprintf(stderr, "inkchat showed no frame: %s\n", qPrintable(process.errorString()));
    }
    process.kill();
    process.waitForFinished();
    return result;
}

QJsonObject measureCase(const QString &name, const QString &appPath, int messages, int runs)
{
    QTemporaryDir home;
    Seeded seeded;
    if (messages > 0) {
        // ConversationStore::defaultPath() reads XDG_DATA_HOME: point it at the child's.
        const QByteArray previous = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", (home.path() + u"/data"_s).toLocal8Bit());
        const auto stored = seedConversation(messages);
        qputenv("XDG_DATA_HOME", previous);
        if (!stored)
            return {};
        seeded = *stored;
    }
    QList<double> firstFrame, rss, peak;
    for (int i = 0; i < runs; ++i) {
        const auto run = launch(appPath, home.path());
        if (!run)
            continue;
        firstFrame.append(run->firstFrameMs);
        rss.append(double(run->rssKib) / 1024);
        peak.append(double(run->peakRssKib) / 1024);
    }
    if (firstFrame.isEmpty())
        return {};
    const auto median = [](const QList<double> &values) { return bench::quantile(values, 0.5); };
    std::printf("%-28s runs %d: first frame %6.0f ms (min %.0f, max %.0f); RSS %5.1f MiB, peak %5.1f MiB\n",
                qPrintable(name), int(firstFrame.size()), median(firstFrame), bench::quantile(firstFrame, 0),
                bench::quantile(firstFrame, 1), median(rss), median(peak));
    return {
        {u"name"_s, name},
        {u"messages"_s, seeded.messages},
        {u"text_mib"_s, double(seeded.textBytes) / (1024 * 1024)},
        {u"runs"_s, firstFrame.size()},
        {u"first_frame_median_ms"_s, median(firstFrame)},
        {u"first_frame_min_ms"_s, bench::quantile(firstFrame, 0)},
        {u"first_frame_max_ms"_s, bench::quantile(firstFrame, 1)},
        {u"rss_median_mib"_s, median(rss)},
        {u"peak_rss_median_mib"_s, median(peak)},
    };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QString appPath = bench::argumentValue(arguments, u"app"_s, QStringLiteral(INKCHAT_APP_PATH));
    const int runs = bench::argumentValue(arguments, u"runs"_s, u"5"_s).toInt();
    const int messages = bench::argumentValue(arguments, u"messages"_s, u"10000"_s).toInt();

    QJsonArray cases;
    for (const auto &[name, count] : {std::pair{u"no conversation stored"_s, 0},
                                      std::pair{u"%L1 messages open"_s.arg(messages), messages}}) {
        const QJsonObject figures = measureCase(name, appPath, count, runs);
        if (figures.isEmpty())
            return 1;
        cases.append(figures);
    }
    return bench::writeJsonIfAsked(arguments, {{u"cases"_s, cases}}) ? 0 : 1;
}
