#include "chat/markdownblocks.h"

#include <QList>
#include <QString>

#include <gtest/gtest.h>

#include <ostream>

using namespace Qt::StringLiterals;
using inkchat::chat::MarkdownBlock;
using inkchat::chat::MarkdownBlocks;

namespace {

/// A block as the view shows it, so one comparison checks kind, text,
/// language and pieces.
struct Shown
{
    bool isCode = false;
    QString text;
    QString language;
    bool continuesPrevious = false;

    friend bool operator==(const Shown &, const Shown &) = default;
    friend void PrintTo(const Shown &s, std::ostream *os)
    {
        *os << (s.isCode ? "code" : "md") << (s.continuesPrevious ? "+" : "") << '['
            << s.language.toStdString() << "] \"" << s.text.toStdString() << '"';
    }
};

Shown md(const QString &text, bool continues = false)
{
    return {false, text, {}, continues};
}

Shown code(const QString &text, const QString &language = {}, bool continues = false)
{
    return {true, text, language, continues};
}

QList<Shown> shown(const MarkdownBlocks &blocks, QStringView text)
{
    QList<Shown> result;
    for (const MarkdownBlock &b : blocks.blocks())
        result.append({b.kind == MarkdownBlock::Kind::Code, text.sliced(b.start, b.length).toString(),
                       b.language, b.continuesPrevious});
    return result;
}

/// Feeds the chunks one update at a time, then finishes. On the way checks
/// the streaming promises: update() reports the first changed block, blocks
/// before finishedCount() never change again, and a shown block only grows
/// (no flicker between Markdown and code, no text taken back).
QList<Shown> feed(const QList<QString> &chunks)
{
    MarkdownBlocks blocks;
    QString text;
    QList<Shown> before;
    qsizetype finishedBefore = 0;
    QList<QList<Shown>> finishedPrefixes;
    const auto check = [&](qsizetype changed) {
        const QList<Shown> now = shown(blocks, text);
        EXPECT_GE(changed, finishedBefore) << "a finished block changed";
        EXPECT_GE(now.size(), before.size()) << "a shown block disappeared";
        for (qsizetype i = 0; i < std::min(now.size(), before.size()); ++i) {
            if (i < changed) {
                EXPECT_EQ(now.at(i), before.at(i)) << "block " << i << " changed but was not reported";
            }
            EXPECT_EQ(now.at(i).isCode, before.at(i).isCode) << "block " << i << " flickered";
            EXPECT_TRUE(now.at(i).text.startsWith(before.at(i).text))
                << "block " << i << " took back text: " << before.at(i).text.toStdString() << " -> "
                << now.at(i).text.toStdString();
        }
        before = now;
        finishedBefore = blocks.finishedCount();
        finishedPrefixes.append(now.first(finishedBefore));
    };
    for (const QString &chunk : chunks) {
        text += chunk;
        check(blocks.update(text));
    }
    check(blocks.finish());
    EXPECT_EQ(blocks.finishedCount(), blocks.blocks().size());
    for (const QList<Shown> &prefix : finishedPrefixes)
        EXPECT_EQ(before.first(prefix.size()), prefix);
    return before;
}

/// Splits the text fed whole, one character at a time and cut at every
/// single point; fails the test if any way of feeding changes the result.
QList<Shown> split(const QString &text)
{
    const QList<Shown> expected = feed({text});
    QList<QString> characters;
    for (qsizetype i = 0; i < text.size(); ++i)
        characters.append(text.mid(i, 1));
    EXPECT_EQ(feed(characters), expected) << "fed one character at a time";
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QList<Shown> actual = feed({text.left(i), text.mid(i)});
        if (actual != expected) {
            ADD_FAILURE() << "result differs when cut after " << i << " characters";
            break;
        }
    }
    return expected;
}

QString repeated(const QString &line, int count)
{
    QString result;
    for (int i = 0; i < count; ++i)
        result += line.arg(i);
    return result;
}

TEST(MarkdownBlocks, SplitsParagraphsAtBlankLines)
{
    EXPECT_EQ(split(u"First paragraph\nstill first.\n\n\nSecond paragraph.\n"_s),
              (QList<Shown>{md(u"First paragraph\nstill first."_s), md(u"Second paragraph."_s)}));
}

TEST(MarkdownBlocks, KeepsAHeadingWithTheTextRightUnderIt)
{
    EXPECT_EQ(split(u"# Title\n\nText under it.\n## Sub\nMore."_s),
              (QList<Shown>{md(u"# Title"_s), md(u"Text under it.\n## Sub\nMore."_s)}));
}

TEST(MarkdownBlocks, SplitsListsAtBlankLinesBeforeUnindentedItems)
{
    EXPECT_EQ(split(u"- one\n- two\n\n- three\n\n1. a\n2. b\n"_s),
              (QList<Shown>{md(u"- one\n- two"_s), md(u"- three"_s), md(u"1. a\n2. b"_s)}));
}

TEST(MarkdownBlocks, AnIndentedLineAfterABlankLineContinuesTheBlock)
{
    EXPECT_EQ(
        split(u"- item\n\n  continued\n\n      indented code\n\t\n\tmore\n\nNext\n"_s),
        (QList<Shown>{md(u"- item\n\n  continued\n\n      indented code\n\t\n\tmore"_s), md(u"Next"_s)}));
}

TEST(MarkdownBlocks, NeverSplitsAFenceAtItsBlankLines)
{
    EXPECT_EQ(split(u"Intro:\n\n```\nline 1\n\n\nline 2\n```\n\nAfter.\n"_s),
              (QList<Shown>{md(u"Intro:"_s), code(u"line 1\n\n\nline 2"_s), md(u"After."_s)}));
}

TEST(MarkdownBlocks, ClosesAFenceOnlyWithTheSameCharacterAndAtLeastAsMany)
{
    EXPECT_EQ(
        split(u"~~~\n```\nnot closed\n~~~\n\n````md\n```\ninner\n```\n  `````  \nafter\n"_s),
        (QList<Shown>{code(u"```\nnot closed"_s), code(u"```\ninner\n```"_s, u"md"_s), md(u"after"_s)}));
}

TEST(MarkdownBlocks, AnUnclosedFenceRunsToTheEnd)
{
    EXPECT_EQ(split(u"Look:\n```python\ndef f():\n\n    return 1\n"_s),
              (QList<Shown>{md(u"Look:"_s), code(u"def f():\n\n    return 1"_s, u"python"_s)}));
    EXPECT_EQ(split(u"Look:\n```python"_s), (QList<Shown>{md(u"Look:"_s), code({}, u"python"_s)}));
}

TEST(MarkdownBlocks, AFenceIsItsOwnBlockWithoutBlankLinesAroundIt)
{
    EXPECT_EQ(split(u"Run\n```sh\nmake\n```\nthen enjoy.\n  indented too\n"_s),
              (QList<Shown>{md(u"Run"_s), code(u"make"_s, u"sh"_s), md(u"then enjoy.\n  indented too"_s)}));
}

TEST(MarkdownBlocks, TakesTheFirstWordOfTheInfoStringAsLanguage)
{
    EXPECT_EQ(split(u"```c++ {.numberLines}\nint x;\n```\n   ~~~ rust extra\n~~~\n```\n```"_s),
              (QList<Shown>{code(u"int x;"_s, u"c++"_s), code({}, u"rust"_s), code({})}));
}

TEST(MarkdownBlocks, LeavesLinesThatAreNoFencesInTheMarkdown)
{
    // Inline code, indented four spaces, a backtick in a backtick info string.
    EXPECT_EQ(split(u"``not a fence``\n\n    ```\nstill markdown\n\n```a`b\n"_s),
              (QList<Shown>{md(u"``not a fence``\n\n    ```\nstill markdown"_s), md(u"```a`b"_s)}));
}

TEST(MarkdownBlocks, AcceptsCrLfAndLoneCrLineEnds)
{
    EXPECT_EQ(split(u"Para one\r\nline two\r\n\r\nPara two\r\r```js\r\nx\r\n```\r\nend\r"_s),
              (QList<Shown>{md(u"Para one\r\nline two"_s), md(u"Para two"_s), code(u"x"_s, u"js"_s),
                            md(u"end"_s)}));
}

TEST(MarkdownBlocks, SplitsATypicalReply)
{
    const QString reply = u"Sure! Here is how:\n\n"
                          "1. Install it:\n\n"
                          "   ```bash\n   apt install foo\n   ```\n"
                          "2. Run it.\n\n"
                          "> A quote\n> on two lines\n\n"
                          "| a | b |\n|---|---|\n| 1 | 2 |\n"
                          "```\n\n  x\n\n```\n"
                          "---\n\nThat's all."_s;
    EXPECT_EQ(split(reply),
              (QList<Shown>{md(u"Sure! Here is how:"_s), md(u"1. Install it:"_s),
                            code(u"   apt install foo"_s, u"bash"_s), md(u"2. Run it."_s),
                            md(u"> A quote\n> on two lines"_s), md(u"| a | b |\n|---|---|\n| 1 | 2 |"_s),
                            code(u"\n  x\n"_s), md(u"---"_s), md(u"That's all."_s)}));
}

TEST(MarkdownBlocks, CutsALongParagraphIntoPiecesOfAtMost64Lines)
{
    const QString text = repeated(u"line %1\n"_s, 150);
    const QList<Shown> blocks = split(text);
    const QList<Shown> expected{md(repeated(u"line %1\n"_s, 64).chopped(1)),
                                md(text.sliced(text.indexOf(u"line 64\n"_s)).chopped(1), true)};
    ASSERT_EQ(blocks.size(), 3);
    EXPECT_EQ(blocks.at(0), expected.at(0));
    EXPECT_EQ(blocks.at(1).text.count(u'\n') + 1, 64);
    EXPECT_TRUE(blocks.at(1).continuesPrevious);
    EXPECT_EQ(blocks.at(2).text.count(u'\n') + 1, 22);
    EXPECT_EQ(blocks.at(1).text + u'\n' + blocks.at(2).text, expected.at(1).text);
}

TEST(MarkdownBlocks, CutsALongListBeforeAnItemRatherThanInsideIt)
{
    // Three lines per item: line 65 is inside item 22, line 67 starts item 23.
    const QString text = repeated(u"- item %1\n  a\n  b\n"_s, 40);
    const QList<Shown> blocks = split(text);
    ASSERT_EQ(blocks.size(), 2);
    EXPECT_EQ(blocks.at(0), md(repeated(u"- item %1\n  a\n  b\n"_s, 22).chopped(1)));
    EXPECT_EQ(blocks.at(1).text.count(u'\n') + 1, 54);
    EXPECT_TRUE(blocks.at(1).text.startsWith(u"- item 22\n"_s));
    EXPECT_TRUE(blocks.at(1).continuesPrevious);
}

TEST(MarkdownBlocks, CutsAnywhereAtTheHardLimit)
{
    const QString text = u"first\n"_s + repeated(u"  indented %1\n"_s, 150);
    const QList<Shown> blocks = split(text);
    ASSERT_EQ(blocks.size(), 2);
    EXPECT_EQ(blocks.at(0).text.count(u'\n') + 1, MarkdownBlocks::kHardMaxLines);
    EXPECT_EQ(blocks.at(1).text.count(u'\n') + 1, 151 - MarkdownBlocks::kHardMaxLines);
}

TEST(MarkdownBlocks, CutsALongCodeBlockIntoPiecesOfTheSameLanguage)
{
    const QString body = repeated(u"x = %1\n"_s, 150);
    const QList<Shown> blocks = split(u"```py\n"_s + body + u"```\nDone."_s);
    ASSERT_EQ(blocks.size(), 4);
    EXPECT_EQ(blocks.at(0), code(repeated(u"x = %1\n"_s, 64).chopped(1), u"py"_s));
    EXPECT_EQ(blocks.at(1).language, u"py"_s);
    EXPECT_TRUE(blocks.at(1).continuesPrevious);
    EXPECT_TRUE(blocks.at(2).continuesPrevious);
    EXPECT_EQ(blocks.at(0).text + u'\n' + blocks.at(1).text + u'\n' + blocks.at(2).text, body.chopped(1));
    EXPECT_EQ(blocks.at(3), md(u"Done."_s));
}

TEST(MarkdownBlocks, HoldsBackAPartialLineThatCouldBecomeAFence)
{
    MarkdownBlocks blocks;
    const QString text = u"Text\n``"_s;
    blocks.update(text);
    EXPECT_EQ(shown(blocks, text), QList<Shown>{md(u"Text"_s)});
    blocks.finish(); // the reply ended: it was just text
    EXPECT_EQ(shown(blocks, text), QList<Shown>{md(u"Text\n``"_s)});

    MarkdownBlocks inFence;
    const QString closing = u"```\ncode\n```  "_s;
    inFence.update(closing);
    EXPECT_EQ(shown(inFence, closing), QList<Shown>{code(u"code"_s)});
    EXPECT_EQ(inFence.finishedCount(), 0);
    inFence.update(QString(closing + u'\n'));
    EXPECT_EQ(inFence.finishedCount(), 1);
}

TEST(MarkdownBlocks, ShowsAGrowingLineAtOnce)
{
    MarkdownBlocks blocks;
    EXPECT_EQ(blocks.update(u"Hel"_s), 0);
    EXPECT_EQ(shown(blocks, u"Hel"_s), QList<Shown>{md(u"Hel"_s)});
    EXPECT_EQ(blocks.update(u"Hello"_s), 0);
    EXPECT_EQ(blocks.update(u"Hello"_s), 1) << "nothing changed";
    EXPECT_EQ(blocks.finishedCount(), 0);
}

TEST(MarkdownBlocks, UpdateOnALongReplyReportsOnlyTheLastBlock)
{
    QString text = repeated(u"Paragraph %1.\n\n"_s, 200);
    MarkdownBlocks blocks;
    EXPECT_EQ(blocks.update(text), 0);
    ASSERT_EQ(blocks.blocks().size(), 200);
    EXPECT_EQ(blocks.finishedCount(), 199);
    const QList<MarkdownBlock> before = blocks.blocks();

    text += u"More"_s;
    EXPECT_EQ(blocks.update(text), 200);
    EXPECT_EQ(blocks.finishedCount(), 200);
    text += u" words"_s;
    EXPECT_EQ(blocks.update(text), 200);
    EXPECT_EQ(blocks.blocks().first(200), before);

    // The finished part is not even read again: merging its first two
    // paragraphs (which breaks the contract) goes unnoticed.
    text[text.indexOf(u"\n\n"_s) + 1] = u'x';
    EXPECT_EQ(blocks.update(QString(text + u'!')), 200);
    EXPECT_EQ(blocks.blocks().first(200), before);
}

TEST(MarkdownBlocks, StartsOverWhenTheTextDoesNotExtendTheLastOne)
{
    MarkdownBlocks blocks;
    blocks.update(u"Hello\n\nWorld"_s);
    EXPECT_TRUE(blocks.isContinuedBy(u"Hello\n\nWorld!"_s));
    EXPECT_FALSE(blocks.isContinuedBy(u"Hello\n\nWorm!"_s));
    EXPECT_FALSE(blocks.isContinuedBy(u"Bye"_s));
    EXPECT_EQ(blocks.update(u"Bye"_s), 0);
    EXPECT_EQ(shown(blocks, u"Bye"_s), QList<Shown>{md(u"Bye"_s)});
}

TEST(MarkdownBlocks, AnUpdateAfterFinishResumesTheReply)
{
    MarkdownBlocks blocks;
    blocks.update(u"a\n\nb\n~~"_s);
    blocks.finish();
    EXPECT_EQ(shown(blocks, u"a\n\nb\n~~"_s), (QList<Shown>{md(u"a"_s), md(u"b\n~~"_s)}));
    const QString resumed = u"a\n\nb\n~~~\nx"_s;
    EXPECT_EQ(blocks.update(resumed), 1);
    EXPECT_EQ(shown(blocks, resumed), (QList<Shown>{md(u"a"_s), md(u"b"_s), code(u"x"_s)}));
    EXPECT_FALSE(blocks.isFinished());
}

} // namespace
