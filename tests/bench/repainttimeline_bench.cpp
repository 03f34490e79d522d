// Repaints over time while the same reply streams at the same pace, in one
// display profile: the real window (Main.qml) and chat controller, offscreen,
// against the built-in demo server (the whole pipeline: HTTP, SSE parser,
// connector, throttler). Records when each frame was swapped and when each
// text update was applied, through the app's own frame log
// (INKCHAT_FRAME_LOG, app/stats/framestats.h).
//
// One profile per process: the e-ink profile chooses the software renderer
// and the threaded render loop for the whole process before its window
// exists. scripts/bench.sh runs it once per profile and draws the two
// timelines into docs/perf/repaints.svg.
//
//   repainttimeline_bench --profile desktop|eink [--rate TOKENS_PER_S] [--json FILE]

#include "benchsupport.h"
#include "fakesecretstore.h"

#include "application.h"
#include "controllers/chatcontroller.h"
#include "stats/framestats.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace inkchat;

Q_IMPORT_QML_PLUGIN(InkchatPlugin)
Q_IMPORT_QML_PLUGIN(Inkchat_AppPlugin)

namespace {

/// How long the window must go without a frame before the reply is sent,
/// and how long frames are still recorded after the reply ended.
constexpr int kQuietMs = 500;
/// How often the wait for quiet looks at the frame count: nothing signals
/// that no frame came.
constexpr int kQuietPollMs = 50;

struct Timeline
{
    QList<qint64> framesNs;
    QList<qint64> updatesNs;
};

Timeline readFrameLog(const QString &path)
{
    Timeline timeline;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return timeline;
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(' ');
        if (fields.size() != 2)
            continue;
        const qint64 ns = fields.at(1).toLongLong();
        if (fields.at(0) == "frame")
            timeline.framesNs.append(ns);
        else if (fields.at(0) == "update")
            timeline.updatesNs.append(ns);
    }
    return timeline;
}

/// Milliseconds after `originNs` of the times at or after it.
QJsonArray millisecondsAfter(const QList<qint64> &times, qint64 originNs)
{
    QJsonArray result;
    for (const qint64 ns : times) {
        if (ns >= originNs)
            result.append(qRound(double(ns - originNs) / 1e4) / 100.0);
    }
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    // Settings, keychain stand-in and store stay in a scratch folder; the
    // frame log is read back once the reply has ended.
    QTemporaryDir scratch;
    for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, scratch.path().toLocal8Bit());
    const QString logPath = scratch.filePath(u"frames.log"_s);
    qputenv("INKCHAT_FRAME_LOG", logPath.toLocal8Bit());
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication guiApp(argc, argv);
    QGuiApplication::setApplicationName(u"Inkchat"_s);
    QGuiApplication::setOrganizationName(u"Inkchat"_s);
    const QStringList arguments = QCoreApplication::arguments();

    const QString profileName = bench::argumentValue(arguments, u"profile"_s, u"desktop"_s);
    const auto profile = chat::DisplayProfile::fromName(profileName);
    if (!profile) {
        std::fprintf(stderr, "unknown profile %s\n", qPrintable(profileName));
        return 2;
    }
    app::AppOptions options;
    options.demo = true;
    options.demoRate = bench::argumentValue(arguments, u"rate"_s, u"30"_s).toDouble();
    options.profile = profile->kind;
    options.noStore = true;
    app::Application inkchat(options, std::make_unique<FakeSecretStore>());
    QQmlApplicationEngine engine;
    if (!inkchat.load(engine)) {
        std::fprintf(stderr, "Main.qml did not load\n");
        return 1;
    }

    // The window's first frames are not the reply's.
    qint64 framesSeen = -1;
    qint64 lastChange = bench::monotonicNs();
    const auto quiet = [&] {
        if (inkchat.stats().frames() != framesSeen) {
            framesSeen = inkchat.stats().frames();
            lastChange = bench::monotonicNs();
        }
        return framesSeen > 0 && bench::monotonicNs() - lastChange > qint64(kQuietMs) * 1'000'000;
    };
    bench::runUntil(quiet, 20'000, kQuietPollMs);

    bool ended = false;
    QObject::connect(&inkchat.chat(), &app::ChatController::replyEnded, [&] { ended = true; });
    const qint64 sentNs = bench::monotonicNs();
    const qint64 cpuStart = bench::processCpuNs();
    const qint64 wakeUpsStart = bench::voluntaryContextSwitches();
    inkchat.chat().send(u"Hello"_s);
    if (!bench::runUntil([&] { return ended; }, 5 * 60'000)) {
        std::fprintf(stderr, "the reply did not end\n");
        return 1;
    }
    const qint64 endedNs = bench::monotonicNs();
    const double cpuMs = double(bench::processCpuNs() - cpuStart) / 1e6;
    const qint64 wakeUps = bench::voluntaryContextSwitches() - wakeUpsStart;
    bench::runUntil(quiet, 20'000, kQuietPollMs);

    const Timeline timeline = readFrameLog(logPath);
    const QJsonArray frames = millisecondsAfter(timeline.framesNs, sentNs);
    const QJsonArray updates = millisecondsAfter(timeline.updatesNs, sentNs);
    const double replyMs = double(endedNs - sentNs) / 1e6;
    std::printf("%s: reply streamed in %.0f ms at %.0f tokens/s: %lld frames, %lld text updates, "
                "%.0f ms CPU (app and demo server), %lld wake-ups\n",
                qPrintable(profileName), replyMs, options.demoRate, qlonglong(frames.size()),
                qlonglong(updates.size()), cpuMs, qlonglong(wakeUps));
    const QJsonObject json{
        {u"profile"_s, profileName}, {u"tokens_per_s"_s, options.demoRate},
        {u"reply_ms"_s, replyMs},    {u"cpu_ms"_s, cpuMs},
        {u"wakeups"_s, wakeUps},     {u"frames_ms"_s, frames},
        {u"updates_ms"_s, updates},
    };
    return bench::writeJsonIfAsked(arguments, json) ? 0 : 1;
}
