// Journey 2: what people do with conversations. Stop a reply and continue
// it, stop one and retry it; rename and delete with the mouse; start new
// chats by mouse and by keyboard; let two chats write their replies at once;
// find old messages with Ctrl+F, in Latin and in Chinese/Japanese text, and
// land on them.

#include "journeyapp.h"
#include "journeysteps.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace inkchat::journey {
namespace {

QQuickItem *transcript(JourneyApp &app)
{
    return app.visibleItem(u"transcript"_s);
}

/// Sends `text`, waits for the reply to start, and presses Stop.
void sendAndStop(JourneyApp &app, const QString &text)
{
    app.type(text + u'\n');
    // The reply is being written: its text arrives.
    ASSERT_TRUE(app.waitFor([&] { return app.visibleText(u"● writing…"_s) != nullptr; }));
    QQuickItem *stop = app.visibleItem(u"sendButton"_s);
    ASSERT_EQ(stop->property("text").toString(), u"Stop"_s);
    app.click(stop);
    ASSERT_TRUE(waitUntilReplyEnded(app));
    ASSERT_TRUE(app.visibleText(u"Stopped."_s)) << "the reply says it was stopped";
}

TEST_F(Journey, StopContinueAndRetryAReply)
{
    app::AppOptions options;
    options.demoRate = 40;
    JourneyApp app(options);

    ASSERT_NO_FATAL_FAILURE(sendAndStop(app, u"Hello"_s));
    app.shot(u"stopped"_s);
    ASSERT_TRUE(app.visibleItem(u"continueButton"_s));
    app.click(app.visibleItem(u"continueButton"_s));
    EXPECT_EQ(app.focusItem()->objectName(), u"messageInput"_s) << "the keyboard goes back to the message";
    ASSERT_TRUE(waitUntilReplyEnded(app));
    EXPECT_FALSE(app.visibleText(u"Stopped."_s)) << "continued to the end";
    EXPECT_TRUE(app.visibleTextContaining(u"have a good conversation"_s, transcript(app)))
        << "the demo's last line";
    EXPECT_FALSE(app.visibleItem(u"continueButton"_s));
    app.shot(u"continued"_s);

    ASSERT_NO_FATAL_FAILURE(sendAndStop(app, u"Again"_s));
    app.click(app.visibleItem(u"retryButton"_s));
    ASSERT_TRUE(waitUntilReplyEnded(app));
    EXPECT_FALSE(app.visibleText(u"Stopped."_s));
    EXPECT_FALSE(app.visibleItem(u"retryButton"_s));
    app.shot(u"retried"_s);
}

TEST_F(Journey, RenameDeleteAndStartChatsByMouseAndKeyboard)
{
    app::AppOptions options;
    options.demoRate = 0;
    JourneyApp app(options);
    app.type(u"Plans for the weekend\n"_s);
    ASSERT_TRUE(waitUntilReplyEnded(app));

    // Rename with the mouse.
    app.click(app.visibleItem(u"renameButton"_s));
    ASSERT_EQ(app.focusItem()->objectName(), u"renameField"_s);
    app.key(Qt::Key_A, Qt::ControlModifier);
    app.type(u"Weekend"_s);
    app.click(app.visibleItem(u"renameButton"_s)); // now "Save"
    EXPECT_TRUE(app.visibleText(u"Weekend"_s, app.visibleItem(u"conversationHeading"_s)));

    // New chat with the mouse: the keyboard goes to its composer.
    app.click(app.visibleItem(u"newChatButton"_s));
    app.type(u"A second chat\n"_s);
    ASSERT_TRUE(waitUntilReplyEnded(app));
    EXPECT_EQ(app.visibleItems(u"conversationTitle"_s).size(), 2);
    // A space typed next goes to the composer, not to New chat again.
    app.type(u" "_s);
    EXPECT_EQ(app.visibleItems(u"conversationTitle"_s).size(), 2);

    // New chat with the keyboard, pressed three times: one empty chat.
    for (int press = 0; press < 3; ++press)
        app.key(Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(app.visibleItems(u"conversationTitle"_s).size(), 3);
    app.shot(u"three-chats"_s);

    // Opening another drops the unused one.
    app.click(app.visibleText(u"Weekend"_s, app.visibleItem(u"conversationList"_s)));
    EXPECT_EQ(app.visibleItems(u"conversationTitle"_s).size(), 2);

    // Delete with the mouse: it asks first.
    app.click(app.visibleItem(u"deleteButton"_s));
    ASSERT_TRUE(app.visibleItem(u"deleteConfirmation"_s));
    app.shot(u"delete-asks"_s);
    app.click(app.visibleItem(u"deleteButton"_s));
    EXPECT_FALSE(app.visibleText(u"Weekend"_s));
    EXPECT_EQ(app.visibleItems(u"conversationTitle"_s).size(), 1);
}

/// The titles in the conversation list that say a reply is coming ("● ").
QStringList streamingTitles(JourneyApp &app)
{
    QStringList titles;
    for (const QQuickItem *title : app.visibleItems(u"conversationTitle"_s)) {
        const QString text = title->property("text").toString();
        if (text.startsWith(u"● "_s))
            titles.append(text.mid(2));
    }
    titles.sort();
    return titles;
}

TEST_F(Journey, TwoChatsWriteTheirRepliesAtOnceAndEachEndsWithItsOwn)
{
    app::AppOptions options;
    options.demoRate = 40;
    JourneyApp app(options);
    QQuickItem *list = app.visibleItem(u"conversationList"_s);

    app.type(u"First question\n"_s);
    ASSERT_TRUE(app.waitFor([&] { return app.visibleText(u"● writing…"_s) != nullptr; }));
    // Another chat while the first reply is still coming: it keeps coming.
    app.click(app.visibleItem(u"newChatButton"_s));
    app.type(u"Second question\n"_s);
    ASSERT_TRUE(app.waitFor([&] { return app.visibleText(u"● writing…"_s) != nullptr; }));
    EXPECT_EQ(streamingTitles(app), (QStringList{u"First question"_s, u"Second question"_s}))
        << "the list shows both replies coming";
    app.shot(u"two-streaming"_s);

    // Back in the first chat, its reply is still being written, and only its own.
    app.click(app.visibleText(u"● First question"_s, list));
    EXPECT_TRUE(app.visibleText(u"First question"_s, app.visibleItem(u"conversationHeading"_s)));
    EXPECT_FALSE(app.visibleText(u"Second question"_s, transcript(app)));
    EXPECT_TRUE(app.waitFor([&] { return app.visibleText(u"● writing…"_s) != nullptr; }));

    ASSERT_TRUE(app.waitFor([&] { return streamingTitles(app).isEmpty(); }, 60'000)) << "both replies end";
    for (const QString &question : {u"First question"_s, u"Second question"_s}) {
        SCOPED_TRACE(question.toStdString());
        app.click(app.visibleText(question, list));
        EXPECT_TRUE(app.visibleText(question, app.visibleItem(u"conversationHeading"_s)));
        EXPECT_TRUE(app.visibleTextContaining(u"have a good conversation"_s, transcript(app)))
            << "its reply, whole";
        EXPECT_EQ(app.visibleItems(u"retryButton"_s).size(), 0) << "ended complete";
    }
    app.shot(u"both-ended"_s);
}

/// Whether `text` is on screen inside the transcript, with the bar that
/// marks a search hit beside its message.
bool isShownAsHit(JourneyApp &app, const QString &text)
{
    QQuickItem *found = app.visibleTextContaining(text, transcript(app));
    if (!found)
        return false;
    for (QQuickItem *item : app.visibleItems(u"hitMarker"_s)) {
        if (item->parentItem()->isAncestorOf(found))
            return true;
    }
    return false;
}

TEST_F(Journey, CtrlFFindsLatinAndCjkWordsAndOpensTheHitScrolledToIt)
{
    app::AppOptions options;
    options.demoRate = 0;
    JourneyApp app(options);
    // The words looked for come first; two long replies follow them, so
    // the conversation opens scrolled far below.
    app.type(u"Who wrote 吾輩は猫である, and when was the moon landing?\n"_s);
    ASSERT_TRUE(waitUntilReplyEnded(app));
    app.type(u"Tell me more\n"_s);
    ASSERT_TRUE(waitUntilReplyEnded(app));
    app.key(Qt::Key_N, Qt::ControlModifier);
    app.type(u"Something else\n"_s);
    ASSERT_TRUE(waitUntilReplyEnded(app));

    for (const QString &word : {u"moon"_s, u"猫"_s}) {
        SCOPED_TRACE(word.toStdString());
        app.key(Qt::Key_F, Qt::ControlModifier);
        app.key(Qt::Key_A, Qt::ControlModifier);
        app.type(word);
        QQuickItem *snippet = nullptr;
        ASSERT_TRUE(app.waitFor([&] { return (snippet = app.visibleItem(u"snippetText"_s)) != nullptr; }))
            << "a result";
        EXPECT_TRUE(snippet->property("text").toString().contains(u"<b>"_s + word + u"</b>"_s))
            << "the snippet shows the word, in bold: " << snippet->property("text").toString().toStdString();
        app.shot(u"results"_s);
        EXPECT_FALSE(isShownAsHit(app, u"Who wrote"_s));

        app.click(snippet);
        EXPECT_TRUE(app.waitFor([&] { return isShownAsHit(app, u"Who wrote"_s); }))
            << "the message is on screen, marked";
        app.shot(u"hit-opened"_s);
        app.key(Qt::Key_Escape); // clears the search
        // Back to the other chat, for the next word.
        app.click(app.visibleText(u"Something else"_s, app.visibleItem(u"conversationList"_s)));
    }
}

} // namespace
} // namespace inkchat::journey
