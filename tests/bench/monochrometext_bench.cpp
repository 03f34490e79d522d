// What keeping a streaming reply free of anti-aliasing costs on e-ink
// (MonochromeText), before and after it looked only at the changed text.
// A TextEdit (Markdown, 700 px wide, the e-ink font) grows by a word per
// update, with an inline code span every 40 words, as the last block of a
// streaming reply does; each update sets the text and lays it out. CPU time
// per update, median of 3 runs of 400 updates:
//  - floor: the TextEdit alone;
//  - MonochromeText as it is: only pieces of the changed text that ask for
//    anti-aliasing get a new format;
//  - before (issue 16): the black-and-white format merged into the whole
//    document after every change, as MonochromeText did.
//
//   monochrometext_bench [--json FILE]

#include "benchsupport.h"

#include "view/monochrometext.h"

#include <QFont>
#include <QGuiApplication>
#include <QJsonObject>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickTextDocument>
#include <QTextCursor>
#include <QTextDocument>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace inkchat;

namespace {

constexpr int kUpdates = 400;

enum class Mode { Floor, Now, Before };

/// CPU nanoseconds per update for one run.
double run(QQmlEngine &engine, Mode mode)
{
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nTextEdit { textFormat: TextEdit.MarkdownText; width: 700; "
                      "wrapMode: TextEdit.Wrap; font.pixelSize: 22 }",
                      QUrl());
    std::unique_ptr<QQuickItem> edit(qobject_cast<QQuickItem *>(component.create()));
    auto *textDocument = edit->property("textDocument").value<QQuickTextDocument *>();
    QTextDocument *document = textDocument->textDocument();
    app::MonochromeText monochrome;
    bool merging = false;
    if (mode == Mode::Now) {
        monochrome.setDocument(textDocument);
        monochrome.setEnabled(true);
    } else if (mode == Mode::Before) {
        QObject::connect(document, &QTextDocument::contentsChanged, document, [document, &merging] {
            if (merging || document->isEmpty())
                return;
            merging = true;
            QTextCursor cursor(document);
            cursor.select(QTextCursor::Document);
            QTextCharFormat format;
            format.setFontStyleStrategy(QFont::NoAntialias);
            cursor.mergeCharFormat(format);
            merging = false;
        });
    }

    QString reply = u"Here is what you asked for:"_s;
    const qint64 start = bench::processCpuNs();
    for (int update = 0; update < kUpdates; ++update) {
        reply += update % 40 == 39 ? u" `code`"_s : u" word"_s;
        edit->setProperty("text", reply);
        (void)edit->property("contentHeight"); // lays the text out
    }
    return double(bench::processCpuNs() - start) / kUpdates;
}

double medianOf3(QQmlEngine &engine, Mode mode)
{
    return bench::quantile({run(engine, mode), run(engine, mode), run(engine, mode)}, 0.5);
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QFont font = QGuiApplication::font(); // as the e-ink theme sets it
    font.setStyleStrategy(QFont::NoAntialias);
    QGuiApplication::setFont(font);
    QQmlEngine engine;

    const double floor = medianOf3(engine, Mode::Floor);
    const double now = medianOf3(engine, Mode::Now);
    const double before = medianOf3(engine, Mode::Before);
    std::printf("CPU per update of a growing %d-word Markdown block:\n", kUpdates);
    std::printf("  MonochromeText, changed text only: %.1f us\n", now / 1e3);
    std::printf("  before: whole document after every change: %.1f us\n", before / 1e3);
    std::printf("  (floor: the TextEdit alone: %.1f us)\n", floor / 1e3);
    const QJsonObject json{{u"floor_ns"_s, floor}, {u"now_ns"_s, now}, {u"before_ns"_s, before}};
    return bench::writeJsonIfAsked(QCoreApplication::arguments(), json) ? 0 : 1;
}
