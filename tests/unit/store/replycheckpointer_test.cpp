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
                ++attempts;
                if (saveSucceeds)
                    saved.append(text);
                return saveSucceeds;
            },
            clock, policy)
    {
    }

    /// Gives the checkpointer what `fullText` adds to the text given before.
    void textChanged(const QString &fullText)
    {
        checkpointer.textAppended(QStringView(fullText).mid(given));
        given = fullText.size();
    }

    /// Everything saved so far, as the store holds it: the saves appended.
    QString stored() const { return saved.join(QString()); }

    inkchat::test::ManualClock clock;
    QStringList saved; ///< what each successful save appended
    int attempts = 0;
    bool saveSucceeds = true;
    qsizetype given = 0;
    ReplyCheckpointer checkpointer;
};

CheckpointPolicy kilobytes(qsizetype count)
{
    CheckpointPolicy policy;
    policy.unsavedBytes = count * 1024;
    return policy;
}

TEST(ReplyCheckpointer, SavesTheFirstTextAtOnce)
{
    Harness h;
    h.textChanged(u"H"_s);
    EXPECT_EQ(h.saved, QStringList{u"H"_s});
    EXPECT_FALSE(h.checkpointer.hasUnsavedText());
}

TEST(ReplyCheckpointer, SavesAgainWhenTheIntervalIsOver)
{
    Harness h;
    QString text;
    for (int token = 0; token < 10; ++token) {
        text += u"t%1 "_s.arg(token);
        h.textChanged(text);
        if (token < 9)
            h.clock.advance(100ms);
    }
    // Tokens at 0, 100, ..., 900 ms: only the first is saved so far.
    EXPECT_EQ(h.saved, QStringList{u"t0 "_s});

    h.clock.advance(100ms);
    EXPECT_EQ(h.saved.size(), 2);
    EXPECT_EQ(h.stored(), text);
    h.textChanged(text + u"t10"_s);
    EXPECT_EQ(h.saved.size(), 2) << "the interval starts again at 1000 ms";
}

// Each save hands over what is new, never the whole reply again.
TEST(ReplyCheckpointer, EachSaveAppendsOnlyWhatCameSinceTheLast)
{
    Harness h(kilobytes(4));
    const QString kilobyte(1024, u'a');
    QString text;
    for (int i = 0; i < 64; ++i) {
        text += kilobyte;
        h.textChanged(text);
    }
    ASSERT_TRUE(h.checkpointer.flush());
    EXPECT_EQ(h.stored(), text);
    ASSERT_EQ(h.saved.size(), 17); // the first kilobyte, every 4 more, and the last 3
    for (qsizetype i = 1; i + 1 < h.saved.size(); ++i)
        EXPECT_EQ(h.saved.at(i).size(), 4 * 1024);
    EXPECT_EQ(h.saved.last().size(), 3 * 1024);
}

TEST(ReplyCheckpointer, SavesEarlyWhenEnoughNewTextArrives)
{
    Harness h;
    h.textChanged(u"start"_s);
    h.clock.advance(10ms);
    const QString sixtyFourKilobytes(64 * 1024, u'a');
    QString text = u"start"_s;
    for (int i = 0; i < 3; ++i) {
        text += sixtyFourKilobytes;
        h.textChanged(text);
    }
    EXPECT_EQ(h.saved.size(), 1);
    text += sixtyFourKilobytes;
    h.textChanged(text);
    ASSERT_EQ(h.saved.size(), 2) << "256 KiB by default";
    EXPECT_EQ(h.stored(), text);
}

TEST(ReplyCheckpointer, CountsNewTextInUtf8Bytes)
{
    Harness h(kilobytes(4));
    h.textChanged(u"start"_s);
    // 2,000 "ü" are 2,000 UTF-16 units but 4,000 bytes; an emoji is 4 bytes.
    QString text = u"start"_s + QString(2000, u'ü');
    h.textChanged(text);
    EXPECT_EQ(h.saved.size(), 1);
    for (int i = 0; i < 23; ++i)
        text += u"🙂"_s;
    h.textChanged(text);
    EXPECT_EQ(h.saved.size(), 1) << "4,096 bytes are not reached yet";
    text += u"🙂"_s;
    h.textChanged(text);
    EXPECT_EQ(h.saved.size(), 2);
}

// The store turns a lone surrogate into U+FFFD: the halves of a pair must
// never be saved apart.
TEST(ReplyCheckpointer, NeverSavesHalfASurrogatePair)
{
    Harness h;
    const QString smile = u"🙂"_s;
    h.checkpointer.textAppended(QStringView(u"A"_s));
    h.clock.advance(1s);
    h.checkpointer.textAppended(QStringView(smile).left(1));
    EXPECT_EQ(h.saved, QStringList{u"A"_s}) << "the first half waits";
    h.checkpointer.textAppended(QStringView(smile).mid(1));
    EXPECT_EQ(h.saved, (QStringList{u"A"_s, smile}));
    EXPECT_FALSE(h.checkpointer.hasUnsavedText());
}

TEST(ReplyCheckpointer, SavesTheTextOfAStalledStreamWhenTheIntervalEnds)
{
    Harness h;
    h.textChanged(u"a"_s);
    h.clock.advance(300ms);
    h.textChanged(u"ab"_s);
    h.clock.advance(699ms);
    EXPECT_EQ(h.saved.size(), 1);

    h.clock.advance(1ms);
    EXPECT_EQ(h.saved, (QStringList{u"a"_s, u"b"_s}));
    h.clock.advance(5s);
    EXPECT_EQ(h.saved.size(), 2) << "nothing new, nothing saved";
}

TEST(ReplyCheckpointer, FlushSavesTheRestNow)
{
    Harness h;
    h.textChanged(u"a"_s);
    h.clock.advance(10ms);
    h.textChanged(u"abc"_s);

    EXPECT_TRUE(h.checkpointer.flush());
    EXPECT_EQ(h.saved, (QStringList{u"a"_s, u"bc"_s}));
    EXPECT_TRUE(h.checkpointer.flush());
    h.clock.advance(5s);
    EXPECT_EQ(h.saved.size(), 2);
    EXPECT_EQ(h.checkpointer.saveCount(), 2);
}

TEST(ReplyCheckpointer, RetriesAFailedSaveAfterTheIntervalNotOnEveryToken)
{
    Harness h(kilobytes(4));
    h.saveSucceeds = false;
    h.textChanged(u"a"_s);
    QString text = u"a"_s + QString(5000, u'x');
    for (int i = 0; i < 5; ++i) {
        h.clock.advance(100ms);
        text += u'y';
        h.textChanged(text);
    }
    EXPECT_EQ(h.attempts, 1);
    EXPECT_TRUE(h.checkpointer.hasUnsavedText());

    h.saveSucceeds = true;
    h.clock.advance(500ms);
    EXPECT_EQ(h.attempts, 2);
    EXPECT_EQ(h.saved, QStringList{text}) << "what failed is saved with what came after";
    EXPECT_FALSE(h.checkpointer.hasUnsavedText());
}

TEST(ReplyCheckpointer, FlushReportsAFailedSave)
{
    Harness h;
    h.saveSucceeds = false;
    h.textChanged(u"a"_s);
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
    h.textChanged(u"a"_s);
    h.textChanged(u"a123456789"_s);
    EXPECT_EQ(h.saved.size(), 1);
    h.textChanged(u"a1234567890"_s);
    EXPECT_EQ(h.saved.size(), 2);
    h.textChanged(u"a1234567890b"_s);
    h.clock.advance(250ms);
    EXPECT_EQ(h.saved.size(), 3);
}

TEST(ReplyCheckpointer, IgnoresNoNewText)
{
    Harness h;
    h.textChanged(u"same"_s);
    h.clock.advance(2s);
    h.textChanged(u"same"_s);
    EXPECT_EQ(h.saved.size(), 1);
}

} // namespace
} // namespace inkchat::store::test
