#include "manualclock.h"
#include "store/replycheckpointer.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace inkchat::store::test {
namespace {

/// A checkpointer whose saves are recorded, on a manual clock.
struct Harness
{
    explicit Harness(CheckpointPolicy policy = {})
        : checkpointer(
            [this](const QString &text) {
                saved.append(text);
                return saveSucceeds;
            },
            clock, policy)
    {
    }

    inkchat::test::ManualClock clock;
    QStringList saved;
    bool saveSucceeds = true;
    ReplyCheckpointer checkpointer;
};

TEST(ReplyCheckpointer, SavesTheFirstTextAtOnce)
{
    Harness h;
    h.checkpointer.textChanged(u"H"_s);
    EXPECT_EQ(h.saved, QStringList{u"H"_s});
    EXPECT_FALSE(h.checkpointer.hasUnsavedText());
}

TEST(ReplyCheckpointer, SavesAgainWhenTheIntervalIsOver)
{
    Harness h;
    QString text;
    for (int token = 0; token < 10; ++token) {
        text += u"t%1 "_s.arg(token);
        h.checkpointer.textChanged(text);
        if (token < 9)
            h.clock.advance(100ms);
    }
    // Tokens at 0, 100, ..., 900 ms: only the first is saved so far.
    EXPECT_EQ(h.saved, QStringList{u"t0 "_s});

    h.clock.advance(100ms);
    EXPECT_EQ(h.saved, (QStringList{u"t0 "_s, text}));
    h.checkpointer.textChanged(text + u"t10"_s);
    EXPECT_EQ(h.saved.size(), 2) << "the interval starts again at 1000 ms";
}

TEST(ReplyCheckpointer, SavesEarlyWhenEnoughNewTextArrives)
{
    Harness h;
    h.checkpointer.textChanged(u"start"_s);
    h.clock.advance(10ms);
    const QString kilobyte(1024, u'a');
    QString text = u"start"_s;
    for (int i = 0; i < 3; ++i) {
        text += kilobyte;
        h.checkpointer.textChanged(text);
    }
    EXPECT_EQ(h.saved.size(), 1);
    text += kilobyte;
    h.checkpointer.textChanged(text);
    ASSERT_EQ(h.saved.size(), 2);
    EXPECT_EQ(h.saved.last(), text);
}

TEST(ReplyCheckpointer, CountsNewTextInUtf8Bytes)
{
    Harness h;
    h.checkpointer.textChanged(u"start"_s);
    // 2,000 "ü" are 2,000 UTF-16 units but 4,000 bytes; an emoji is 4 bytes.
    QString text = u"start"_s + QString(2000, u'ü');
    h.checkpointer.textChanged(text);
    EXPECT_EQ(h.saved.size(), 1);
    for (int i = 0; i < 23; ++i)
        text += u"🙂"_s;
    h.checkpointer.textChanged(text);
    EXPECT_EQ(h.saved.size(), 1) << "4,096 bytes are not reached yet";
    text += u"🙂"_s;
    h.checkpointer.textChanged(text);
    EXPECT_EQ(h.saved.size(), 2);
}

TEST(ReplyCheckpointer, SavesTheTextOfAStalledStreamWhenTheIntervalEnds)
{
    Harness h;
    h.checkpointer.textChanged(u"a"_s);
    h.clock.advance(300ms);
    h.checkpointer.textChanged(u"ab"_s);
    h.clock.advance(699ms);
    EXPECT_EQ(h.saved.size(), 1);

    h.clock.advance(1ms);
    EXPECT_EQ(h.saved, (QStringList{u"a"_s, u"ab"_s}));
    h.clock.advance(5s);
    EXPECT_EQ(h.saved.size(), 2) << "nothing new, nothing saved";
}

TEST(ReplyCheckpointer, FlushSavesTheRestNow)
{
    Harness h;
    h.checkpointer.textChanged(u"a"_s);
    h.clock.advance(10ms);
    h.checkpointer.textChanged(u"abc"_s);

    EXPECT_TRUE(h.checkpointer.flush());
    EXPECT_EQ(h.saved, (QStringList{u"a"_s, u"abc"_s}));
    EXPECT_TRUE(h.checkpointer.flush());
    h.clock.advance(5s);
    EXPECT_EQ(h.saved.size(), 2);
    EXPECT_EQ(h.checkpointer.saveCount(), 2);
}

TEST(ReplyCheckpointer, RetriesAFailedSaveAfterTheIntervalNotOnEveryToken)
{
    Harness h;
    h.saveSucceeds = false;
    h.checkpointer.textChanged(u"a"_s);
    QString text = u"a"_s + QString(5000, u'x');
    for (int i = 0; i < 5; ++i) {
        h.clock.advance(100ms);
        text += u'y';
        h.checkpointer.textChanged(text);
    }
    EXPECT_EQ(h.saved.size(), 1);
    EXPECT_TRUE(h.checkpointer.hasUnsavedText());

    h.saveSucceeds = true;
    h.clock.advance(500ms);
    ASSERT_EQ(h.saved.size(), 2);
    EXPECT_EQ(h.saved.last(), text);
    EXPECT_FALSE(h.checkpointer.hasUnsavedText());
}

TEST(ReplyCheckpointer, FlushReportsAFailedSave)
{
    Harness h;
    h.saveSucceeds = false;
    h.checkpointer.textChanged(u"a"_s);
    EXPECT_FALSE(h.checkpointer.flush());
    EXPECT_TRUE(h.checkpointer.hasUnsavedText());
    EXPECT_EQ(h.checkpointer.saveCount(), 0);
}

TEST(ReplyCheckpointer, FollowsAGivenPolicy)
{
    CheckpointPolicy policy;
    policy.interval = 250ms;
    policy.unsavedBytes = 10;
    Harness h(policy);
    h.checkpointer.textChanged(u"a"_s);
    h.checkpointer.textChanged(u"a123456789"_s);
    EXPECT_EQ(h.saved.size(), 1);
    h.checkpointer.textChanged(u"a1234567890"_s);
    EXPECT_EQ(h.saved.size(), 2);
    h.checkpointer.textChanged(u"a1234567890b"_s);
    h.clock.advance(250ms);
    EXPECT_EQ(h.saved.size(), 3);
}

TEST(ReplyCheckpointer, IgnoresUnchangedText)
{
    Harness h;
    h.checkpointer.textChanged(u"same"_s);
    h.clock.advance(2s);
    h.checkpointer.textChanged(u"same"_s);
    EXPECT_EQ(h.saved.size(), 1);
}

} // namespace
} // namespace inkchat::store::test
