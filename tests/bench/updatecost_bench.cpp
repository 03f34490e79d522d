// What one visible update of a streaming reply costs against the length of
// the reply so far, in the desktop profile: the real window (Main.qml) and
// transcript model, offscreen. Each update appends a few tokens and renders
// one frame (model change, text layout, polish, scene graph sync and
// render, all measured together by grabbing the window).
//
// The second benchmark is what per-block freezing avoids: one TextEdit
// holding the whole reply as Markdown, re-parsed and laid out on every update.

#include "fakesecretstore.h"

#include "application.h"
#include "controllers/chatcontroller.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using inkchat::app::TranscriptMessage;
using inkchat::chat::MessageStatus;

Q_IMPORT_QML_PLUGIN(InkchatPlugin)
Q_IMPORT_QML_PLUGIN(Inkchat_AppPlugin)

namespace {

constexpr int kTokensPerUpdate = 8;

/// A Markdown reply of about `tokens` words: paragraphs, a list and now
/// and then a code block, as models write them.
QString markdownReply(int tokens)
{
    static const QStringList words =
        u"the quick brown fox jumps over a lazy dog while streaming **bold** text "
        "and `code` through e-ink displays"_s.split(u' ');
    QString text;
    text.reserve(tokens * 7);
    for (int i = 0; i < tokens; ++i) {
        text += words.at(i % words.size());
        if (i % 600 == 599)
            text += u"\n\n```cpp\nint main() { return 0; }\n```\n\n"_s;
        else if (i % 300 == 299)
            text += u"\n\n- one item\n- another item\n\n"_s;
        else if (i % 60 == 59)
            text += u"\n\n"_s;
        else
            text += u' ';
    }
    return text;
}

double renderOnce(QQuickWindow &window)
{
    QElapsedTimer timer;
    timer.start();
    (void)window.grabWindow(); // polish, sync and render, synchronously
    return timer.nsecsElapsed() / 1e6;
}

/// Times each iteration: 8 more tokens given to `setText` (the whole
/// reply so far), then the frame that shows them.
template <typename SetText>
void measureUpdates(benchmark::State &state, QQuickWindow &window, QString text, SetText setText)
{
    setText(text);
    renderOnce(window);
    const QString more = markdownReply(kTokensPerUpdate * 1000);
    qsizetype offset = 0;
    for (auto _ : state) {
        const qsizetype next = more.indexOf(u' ', offset + kTokensPerUpdate * 5);
        text += more.mid(offset, next - offset);
        offset = next;
        QElapsedTimer timer;
        timer.start();
        setText(text);
        const double applyMs = timer.nsecsElapsed() / 1e6;
        state.SetIterationTime((applyMs + renderOnce(window)) / 1000.0);
    }
    state.counters["tokens"] = double(state.range(0));
}

void BM_UpdateCost_BlockTranscript(benchmark::State &state)
{
    const int tokens = int(state.range(0));
    inkchat::app::AppOptions options;
    options.profile = inkchat::chat::DisplayProfile::Kind::Desktop;
    inkchat::app::Application app(options, std::make_unique<FakeSecretStore>());
    QQmlApplicationEngine engine;
    if (!app.load(engine)) {
        state.SkipWithError("Main.qml did not load");
        return;
    }
    auto &transcript = *app.chat().transcript();
    transcript.appendMessage({inkchat::chat::Role::User, u"Write a lot."_s, MessageStatus::Complete, {}});
    const int reply = transcript.appendMessage(
        {inkchat::chat::Role::Assistant, {}, MessageStatus::Streaming, {}});
    measureUpdates(state, *app.window(), markdownReply(tokens),
                   [&](const QString &text) { transcript.setMessageText(reply, text); });
}

void BM_UpdateCost_SingleTextEdit(benchmark::State &state)
{
    const int tokens = int(state.range(0));
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData("import QtQuick\n"
                      "Window { width: 960; height: 720; visible: true\n"
                      "  Flickable { anchors.fill: parent; contentHeight: edit.height\n"
                      "    TextEdit { id: edit; objectName: \"edit\"; width: parent.width; readOnly: true;\n"
                      "      wrapMode: TextEdit.Wrap; textFormat: TextEdit.MarkdownText } } }",
                      QUrl());
    std::unique_ptr<QObject> root(component.create());
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    if (!window) {
        state.SkipWithError("the window did not load");
        return;
    }
    QObject *edit = window->findChild<QObject *>(u"edit"_s);
    measureUpdates(state, *window, markdownReply(tokens),
                   [&](const QString &text) { edit->setProperty("text", text); });
}

} // namespace

BENCHMARK(BM_UpdateCost_BlockTranscript)
    ->Arg(1'000)
    ->Arg(10'000)
    ->Arg(100'000)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(50);
BENCHMARK(BM_UpdateCost_SingleTextEdit)
    ->Arg(1'000)
    ->Arg(10'000)
    ->Arg(100'000)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10);

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
