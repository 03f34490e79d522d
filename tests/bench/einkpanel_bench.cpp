// The e-ink panel while the built-in demo reply streams into the real window
// (Main.qml, e-ink profile: software renderer, basic render loop) at the
// size of a 6" reader, 758×1024: how often the GUI thread wakes per frame
// the panel shows, and how much of the panel each update refreshes, beside
// what really changed on screen (every pixel of each frame compared with the
// one before). QSG_RENDER_LOOP=threaded measures the render loop it replaced.
//
//   einkpanel_bench [--rate TOKENS_PER_S] [--json FILE]
//
// Wake-ups are voluntary context switches (getrusage): of the GUI thread
// alone, and of the whole process (render thread, Qt's network thread and
// the demo server's included), from sending to the end of the reply.

#include "benchsupport.h"
#include "fakesecretstore.h"
#include "recordingpanel.h"
#include "screenwatcher.h"

#include "application.h"
#include "controllers/chatcontroller.h"
#include "controllers/displaycontroller.h"
#include "controllers/themecontroller.h"

#include <QGuiApplication>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace inkchat;
using test::app::areaOf;
using test::app::FrameRecord;

Q_IMPORT_QML_PLUGIN(InkchatPlugin)
Q_IMPORT_QML_PLUGIN(Inkchat_AppPlugin)

int main(int argc, char **argv)
{
    QTemporaryDir scratch;
    for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, scratch.path().toLocal8Bit());
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication guiApp(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();

    app::AppOptions options;
    options.demo = true;
    options.demoRate = bench::argumentValue(arguments, u"rate"_s, u"30"_s).toDouble();
    options.profile = chat::DisplayProfile::Kind::Eink;
    options.noStore = true;
    app::Application inkchat(options, std::make_unique<FakeSecretStore>());
    auto panel = std::make_shared<test::app::PanelLog>();
    inkchat.display().setPanelFactory(test::app::recordingPanels(panel));
    QQmlApplicationEngine engine;
    if (!inkchat.load(engine)) {
        std::fprintf(stderr, "Main.qml did not load\n");
        return 1;
    }
    QQuickWindow *window = inkchat.window();
    window->resize(758, 1024);
    test::app::ScreenWatcher watcher(window, panel);
    test::app::waitForQuiet(window);
    watcher.restart();

    bool ended = false;
    QObject::connect(&inkchat.chat(), &app::ChatController::replyEnded, [&] { ended = true; });
    const qint64 guiStart = bench::threadVoluntaryContextSwitches();
    const qint64 processStart = bench::voluntaryContextSwitches();
    inkchat.chat().send(u"Hello"_s);
    if (!bench::runUntil([&] { return ended; }, 5 * 60'000)) {
        std::fprintf(stderr, "the reply did not end\n");
        return 1;
    }
    const qint64 guiWakeUps = bench::threadVoluntaryContextSwitches() - guiStart;
    const qint64 processWakeUps = bench::voluntaryContextSwitches() - processStart;
    test::app::waitForQuiet(window);

    const QList<FrameRecord> frames = watcher.frames();
    const double screen = double(areaOf(QRect(QPoint(0, 0), window->size())));
    QList<double> panelShares;
    QList<double> changedShares;
    int fullRefreshes = 0;
    qsizetype shown = 0; // frames that put something on the panel
    for (const FrameRecord &frame : frames) {
        if (frame.requests.isEmpty())
            continue; // the render loop's own frame after a polish: nothing repainted
        ++shown;
        if (frame.isFull()) {
            ++fullRefreshes;
            continue;
        }
        panelShares.append(100.0 * double(frame.requestedArea()) / screen);
        changedShares.append(100.0 * double(areaOf(frame.changedBounds)) / screen);
    }
    const auto mean = [](const QList<double> &values) {
        double sum = 0;
        for (const double value : values)
            sum += value;
        return values.isEmpty() ? 0.0 : sum / double(values.size());
    };
    const auto perFrame = [shown](qint64 count) { return shown == 0 ? 0.0 : double(count) / double(shown); };
    std::printf("e-ink demo reply at %.0f tokens/s, 758x1024: %lld frames shown, %d of them full refreshes "
                "(page turns); %lld frames drawn\n",
                options.demoRate, qlonglong(shown), fullRefreshes, qlonglong(frames.size()));
    std::printf("GUI thread wake-ups: %lld, %.1f per frame shown  (floor: 1 per frame, the update itself)\n",
                qlonglong(guiWakeUps), perFrame(guiWakeUps));
    std::printf("process wake-ups (all threads, demo server included): %lld, %.1f per frame shown\n",
                qlonglong(processWakeUps), perFrame(processWakeUps));
    std::printf("panel area per partial update: median %.2f %%, mean %.2f %% of the screen  "
                "(floor: bounding box of the changed pixels, median %.2f %%, mean %.2f %%)\n",
                bench::quantile(panelShares, 0.5), mean(panelShares), bench::quantile(changedShares, 0.5),
                mean(changedShares));
    const QJsonObject json{
        {u"tokens_per_s"_s, options.demoRate},
        {u"frames"_s, shown},
        {u"frames_drawn"_s, frames.size()},
        {u"full_refreshes"_s, fullRefreshes},
        {u"gui_wakeups"_s, guiWakeUps},
        {u"process_wakeups"_s, processWakeUps},
        {u"panel_share_median"_s, bench::quantile(panelShares, 0.5)},
        {u"panel_share_mean"_s, mean(panelShares)},
        {u"changed_share_median"_s, bench::quantile(changedShares, 0.5)},
        {u"changed_share_mean"_s, mean(changedShares)},
    };
    inkchat.quit(0);
    bench::runUntil([] { return false; }, 300);
    return bench::writeJsonIfAsked(arguments, json) ? 0 : 1;
}
