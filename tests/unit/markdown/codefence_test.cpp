#include "chat/markdownblocks.h"
#include "markdown/codefence.h"
#include "markdown/xhtml.h"

#include <QRandomGenerator>

#include <md4c.h>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::chat::MarkdownBlock;
using inkchat::chat::MarkdownBlocks;
using inkchat::markdown::CodeFence;
using inkchat::markdown::couldBecomeFence;
using inkchat::markdown::openingFence;
using inkchat::markdown::unclosedFence;

namespace {

/// A fenced code block as a reader sees it: its language and its lines.
struct FencedBlock
{
    QString language;
    QString content; ///< each line with its line end

    friend bool operator==(const FencedBlock &, const FencedBlock &) = default;
    friend void PrintTo(const FencedBlock &b, std::ostream *os)
    {
        *os << "{" << b.language.toStdString() << ": \"" << b.content.toStdString() << "\"}";
    }
};

/// A code line as a reader shows it: `columns` of the fence's indentation
/// dropped, and what is left of the line's indentation as spaces (a tab
/// reaches the next multiple of four columns; md4c writes them so).
QString withoutIndent(QStringView line, qsizetype columns)
{
    qsizetype i = 0;
    qsizetype indent = 0;
    for (; i < line.size() && (line[i] == u' ' || line[i] == u'\t'); ++i)
        indent += line[i] == u' ' ? 1 : 4 - indent % 4;
    return QString(std::max<qsizetype>(0, indent - columns), u' ') + line.sliced(i);
}

/// The fenced code blocks md4c, which renders the exports, finds.
QList<FencedBlock> md4cBlocks(const QString &markdown)
{
    struct State
    {
        QList<FencedBlock> blocks;
        bool inFence = false;
    } state;
    MD_PARSER parser{};
    parser.flags = inkchat::markdown::kDialectFlags;
    parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *s) {
        auto *code = static_cast<MD_BLOCK_CODE_DETAIL *>(detail);
        auto &st = *static_cast<State *>(s);
        if (type == MD_BLOCK_CODE && code->fence_char != 0) {
            st.inFence = true;
            st.blocks.append({QString::fromUtf8(code->lang.text, code->lang.size), {}});
        }
        return 0;
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void *, void *s) {
        if (type == MD_BLOCK_CODE)
            static_cast<State *>(s)->inFence = false;
        return 0;
    };
    parser.enter_span = [](MD_SPANTYPE, void *, void *) { return 0; };
    parser.leave_span = parser.enter_span;
    parser.text = [](MD_TEXTTYPE, const MD_CHAR *text, MD_SIZE size, void *s) {
        auto &st = *static_cast<State *>(s);
        if (st.inFence)
            st.blocks.last().content += QString::fromUtf8(text, size);
        return 0;
    };
    const QByteArray utf8 = markdown.toUtf8();
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &state);
    return state.blocks;
}

/// The fenced code blocks the shared rule finds, line by line, in a text
/// that ends with a line end.
QList<FencedBlock> ruleBlocks(const QString &markdown)
{
    QList<FencedBlock> blocks;
    std::optional<CodeFence> open;
    for (const QStringView line : QStringView(markdown).chopped(1).split(u'\n')) {
        if (open && open->isClosedBy(line)) {
            open.reset();
        } else if (open) {
            blocks.last().content += withoutIndent(line, open->indent) + u'\n';
        } else if ((open = openingFence(line))) {
            blocks.append({open->language().toString(), {}});
        }
    }
    return blocks;
}

/// The code blocks the streaming splitter makes of the whole text.
QList<FencedBlock> splitterBlocks(const QString &markdown)
{
    MarkdownBlocks splitter;
    splitter.update(markdown);
    splitter.finish();
    QList<FencedBlock> blocks;
    for (const MarkdownBlock &block : splitter.blocks()) {
        if (block.kind != MarkdownBlock::Kind::Code)
            continue;
        // The splitter shows code as written; a reader drops the fence's indent.
        const qsizetype fenceLineStart = markdown.lastIndexOf(u'\n', block.start - 2) + 1;
        const qsizetype indent =
            openingFence(QStringView(markdown).sliced(fenceLineStart).split(u'\n').first())->indent;
        QString content;
        if (block.length > 0 || markdown.mid(block.start).startsWith(u'\n')) {
            for (const QStringView line :
                 QStringView(markdown).sliced(block.start, block.length).split(u'\n'))
                content += withoutIndent(line, indent) + u'\n';
        }
        blocks.append({block.language, content});
    }
    return blocks;
}

} // namespace

TEST(CodeFence, OpensWithThreeBackticksOrTildesIndentedAtMostThreeSpaces)
{
    const std::optional<CodeFence> fence = openingFence(u"  ````c++ main.cpp  ");
    ASSERT_TRUE(fence);
    EXPECT_EQ(fence->ch, u'`');
    EXPECT_EQ(fence->length, 4);
    EXPECT_EQ(fence->indent, 2);
    EXPECT_EQ(fence->info, u"c++ main.cpp"_s);
    EXPECT_EQ(fence->language(), u"c++"_s);
    EXPECT_EQ(fence->openingLine(), u"  ````c++ main.cpp"_s);
    EXPECT_TRUE(openingFence(u"~~~ a ``` b"));
    for (QStringView line : {u"``", u"    ```", u"\t```", u"``` a`b", u"text ```", u""})
        EXPECT_FALSE(openingFence(line)) << line.toString().toStdString();
}

TEST(CodeFence, ClosesWithTheSameCharacterAtLeastAsOftenAndNothingAfter)
{
    const CodeFence fence = *openingFence(u"````");
    EXPECT_TRUE(fence.isClosedBy(u"````"));
    EXPECT_TRUE(fence.isClosedBy(u"   `````  \t"));
    EXPECT_EQ(fence.closingLine(), u"````"_s);
    for (QStringView line : {u"```", u"~~~~", u"```` x", u"    ````", u"\t````"})
        EXPECT_FALSE(fence.isClosedBy(line)) << line.toString().toStdString();
}

TEST(CodeFence, KnowsWhichPartialLinesMayStillBecomeAFence)
{
    for (QStringView partial : {u"", u"  ", u"`", u"``", u"```", u" ~~"})
        EXPECT_TRUE(couldBecomeFence(partial)) << partial.toString().toStdString();
    for (QStringView partial : {u"    ", u"a", u"``a", u"``` py", u"\t"})
        EXPECT_FALSE(couldBecomeFence(partial)) << partial.toString().toStdString();
    EXPECT_FALSE(couldBecomeFence(u"~~", u'`'));
}

TEST(CodeFence, FindsTheBlockAReplyWasCutOffIn)
{
    EXPECT_FALSE(unclosedFence(u"```\ncode\n```\ntext"));
    EXPECT_EQ(unclosedFence(u"a\r\n~~~~ py\r\nx = 1\r\n~~~\r\n")->closingLine(), u"~~~~"_s);
    EXPECT_EQ(unclosedFence(u"```\na\n```\n\n```js\nb")->language(), u"js"_s);
}

TEST(CodeFence, TheSplitterTheRuleAndMd4cFindTheSameCodeBlocks)
{
    // Documents of lines that may open, close or only look like fences,
    // without block quotes or lists (the rule reads top-level lines). A
    // fence indented four columns or more follows a blank line: md4c 0.4.8
    // lets one interrupt a paragraph ("p\n    ```" opens code), where
    // CommonMark continues the paragraph. On screen that changes nothing:
    // the splitter hands such a paragraph to Qt's md4c whole.
    const QStringList pieces{u"```"_s,         u"````"_s,   u"~~~"_s,        u"~~~~~"_s,     u"``` py"_s,
                             u"~~~ a ``` b"_s, u"```a`b"_s, u"   ```"_s,     u"\n    ```"_s, u"\n\t~~~"_s,
                             u"``` "_s,        u"text"_s,   u"  indented"_s, u""_s,          u"`` x"_s,
                             u"```` js x"_s,   u"# ```"_s,  u"~~~~"_s};
    QRandomGenerator random(17); // fixed seed: a failure can be replayed
    for (int round = 0; round < 3000; ++round) {
        QStringList lines;
        const int count = random.bounded(1, 14);
        for (int i = 0; i < count; ++i)
            lines.append(pieces.at(random.bounded(int(pieces.size()))));
        const QString markdown = lines.join(u'\n') + u'\n';
        const QList<FencedBlock> expected = md4cBlocks(markdown);
        ASSERT_EQ(ruleBlocks(markdown), expected) << markdown.toStdString();
        ASSERT_EQ(splitterBlocks(markdown), expected) << markdown.toStdString();
    }
}
