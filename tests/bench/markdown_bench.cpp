// Markdown to XHTML as the HTML and EPUB exports render it
// (markdown::markdownToXhtml: md4c and our renderer on its callbacks), on a
// long realistic reply and on `[a](b` repeated 60,000 times, which took the
// hand-written parser before md4c 2.9 s. The floor: md4c parsing the same
// UTF-8 with callbacks that do nothing.

#include "markdown/xhtml.h"

#include <QString>

#include <benchmark/benchmark.h>

#include <md4c.h>

namespace {

/// About a megabyte of what models write: headings, paragraphs with
/// emphasis, code spans and links, lists, code blocks, tables, quotes.
QString realisticReply()
{
    static const QString section = QStringLiteral(
        "## Step %1: set it up\n\n"
        "Install the **build tools** first, then run `cmake --preset ci` in the checkout. See "
        "[the docs](https://doc.qt.io/qt-6/cmake-get-started.html) or www.qt.io for *details*; "
        "it takes a minute &mdash; less with ccache.\n\n"
        "1. Clone the repository\n2. Configure with `-DCMAKE_BUILD_TYPE=Release`\n"
        "3. Build:\n   - the app\n   - the tests\n\n"
        "```cpp\nint main(int argc, char **argv)\n{\n    QCoreApplication app(argc, argv);\n"
        "    return app.exec(); // <- the event loop\n}\n```\n\n"
        "| Option | Default | Meaning |\n|:--|:-:|--:|\n| `INKCHAT_KIOSK` | OFF | e-ink, full screen |\n"
        "| `INKCHAT_BUILD_TESTS` | ON | ~~all~~ the tests |\n\n"
        "> **Note:** a quote with _emphasis_ and a [link](https://example.com/a?b=1&c=2).\n\n"
        "- [x] configured\n- [ ] built\n\n");
    QString text;
    for (int i = 0; text.size() < 1'000'000; ++i)
        text += section.arg(i);
    return text;
}

QString pathologicalLinks()
{
    return QStringLiteral("[a](b").repeated(60'000);
}

void renderXhtml(benchmark::State &state, const QString &markdown)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(inkchat::markdown::markdownToXhtml(markdown));
    state.SetBytesProcessed(int64_t(state.iterations()) * markdown.toUtf8().size());
}

void parseOnly(benchmark::State &state, const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    MD_PARSER parser{};
    parser.flags = inkchat::markdown::kDialectFlags;
    parser.enter_block = [](MD_BLOCKTYPE, void *, void *) { return 0; };
    parser.leave_block = parser.enter_block;
    parser.enter_span = [](MD_SPANTYPE, void *, void *) { return 0; };
    parser.leave_span = parser.enter_span;
    parser.text = [](MD_TEXTTYPE, const MD_CHAR *, MD_SIZE, void *) { return 0; };
    for (auto _ : state)
        benchmark::DoNotOptimize(md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, nullptr));
    state.SetBytesProcessed(int64_t(state.iterations()) * utf8.size());
}

void BM_MarkdownToXhtml_Reply(benchmark::State &state)
{
    renderXhtml(state, realisticReply());
}

void BM_MarkdownToXhtml_UnclosedLinks(benchmark::State &state)
{
    renderXhtml(state, pathologicalLinks());
}

void BM_Md4cParseOnly_Reply(benchmark::State &state)
{
    parseOnly(state, realisticReply());
}

void BM_Md4cParseOnly_UnclosedLinks(benchmark::State &state)
{
    parseOnly(state, pathologicalLinks());
}

} // namespace

BENCHMARK(BM_MarkdownToXhtml_Reply)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Md4cParseOnly_Reply)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MarkdownToXhtml_UnclosedLinks)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Md4cParseOnly_UnclosedLinks)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
