// Issue 19 point 6, comfort: dark colours chosen in Settings (and kept), an
// e-ink screen that stays black on white, and the text size keys.

#include "journeyapp.h"
#include "journeysteps.h"

#include <QFont>
#include <QImage>
#include <QQuickItem>

#include <algorithm>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace inkchat::journey {
namespace {

/// Sends "Hello" and waits for the demo's whole reply.
void chat(JourneyApp &app)
{
    app.type(u"Hello\n"_s);
    const bool replied = app.waitFor(
        [&] { return app.visibleTextContaining(u"have a good conversation"_s) != nullptr; });
    if (!replied)
        app.shot(u"no-reply"_s);
    ASSERT_TRUE(replied);
    ASSERT_TRUE(waitUntilReplyEnded(app));
}

/// The lightness (0-255) of most of the window's pixels.
int typicalLightness(const QImage &image)
{
    QList<int> counts(256, 0);
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            ++counts[QColor(image.pixel(x, y)).lightness()];
    }
    return int(std::max_element(counts.cbegin(), counts.cend()) - counts.cbegin());
}

/// The pixel size of the demo reply's text as shown.
int replyTextSize(JourneyApp &app)
{
    QQuickItem *text = app.visibleTextContaining(u"have a good conversation"_s);
    return text ? text->property("font").value<QFont>().pixelSize() : -1;
}

TEST_F(Journey, DarkColoursAreChosenInSettingsAndKept)
{
    app::AppOptions options;
    options.demoRate = 0;
    {
        JourneyApp app(options);
        ASSERT_NO_FATAL_FAILURE(chat(app));
        EXPECT_GT(typicalLightness(app.shot(u"light"_s)), 200)
            << "light until asked (no desktop preference here)";

        app.key(Qt::Key_Comma, Qt::ControlModifier);
        QQuickItem *box = app.visibleItem(u"colorSchemeBox"_s);
        ASSERT_TRUE(box) << "Settings offers the colours";
        EXPECT_EQ(box->property("currentText").toString(), u"As the system"_s);
        ASSERT_NO_FATAL_FAILURE(chooseInComboBox(app, box, u"Dark"_s));
        EXPECT_LT(typicalLightness(app.shot(u"settings-dark"_s)), 48) << "Settings turns dark at once";
        app.key(Qt::Key_Escape);
        EXPECT_LT(typicalLightness(app.shot(u"chat-dark"_s)), 48);
        app.close();
    }
    JourneyApp again(options);
    ASSERT_NO_FATAL_FAILURE(chat(again));
    EXPECT_LT(typicalLightness(again.shot(u"dark-after-restart"_s)), 48) << "the choice is kept";
}

TEST_F(Journey, EinkStaysBlackOnWhiteWhenDarkWasChosen)
{
    app::AppOptions options;
    options.demoRate = 0;
    {
        JourneyApp desktop(options);
        desktop.key(Qt::Key_Comma, Qt::ControlModifier);
        ASSERT_NO_FATAL_FAILURE(
            chooseInComboBox(desktop, desktop.visibleItem(u"colorSchemeBox"_s), u"Dark"_s));
        desktop.close();
    }
    options.profile = chat::DisplayProfile::Kind::Eink;
    JourneyApp eink(options, {758, 1024});
    ASSERT_NO_FATAL_FAILURE(chat(eink));
    EXPECT_EQ(typicalLightness(eink.shot(u"eink-reply"_s)), 255);
    eink.key(Qt::Key_Comma, Qt::ControlModifier);
    EXPECT_FALSE(eink.visibleItem(u"colorSchemeBox"_s)) << "no colour choice on e-ink";
    EXPECT_EQ(typicalLightness(eink.shot(u"eink-settings"_s)), 255);
}

TEST_F(Journey, CtrlPlusMinusAndZeroSizeTheTextAndTheSizeIsKept)
{
    app::AppOptions options;
    options.demoRate = 0;
    {
        JourneyApp app(options);
        ASSERT_NO_FATAL_FAILURE(chat(app));
        const int standard = replyTextSize(app);
        ASSERT_EQ(standard, 15);
        app.key(Qt::Key_Equal, Qt::ControlModifier);
        app.key(Qt::Key_Equal, Qt::ControlModifier);
        EXPECT_EQ(replyTextSize(app), 19);
        app.shot(u"larger"_s);
        app.key(Qt::Key_Minus, Qt::ControlModifier);
        EXPECT_EQ(replyTextSize(app), 17);
        app.close();
    }
    JourneyApp again(options);
    ASSERT_NO_FATAL_FAILURE(chat(again));
    EXPECT_EQ(replyTextSize(again), 17) << "the size is kept";
    again.key(Qt::Key_0, Qt::ControlModifier);
    EXPECT_EQ(replyTextSize(again), 15);
    again.shot(u"reset"_s);
}

/// The titles in the conversation list and its headings, top to bottom.
QStringList listShown(JourneyApp &app)
{
    QList<QQuickItem *> items = app.visibleItems(u"conversationTitle"_s)
                                + app.visibleItems(u"sectionHeading"_s);
    std::sort(items.begin(), items.end(), [](QQuickItem *a, QQuickItem *b) {
        return JourneyApp::sceneRect(a).top() < JourneyApp::sceneRect(b).top();
    });
    QStringList shown;
    for (QQuickItem *item : items)
        shown.append(item->property("text").toString());
    return shown;
}

TEST_F(Journey, APinnedConversationStaysOnTopUnderItsHeadingAfterARestart)
{
    app::AppOptions options;
    options.demoRate = 0;
    {
        JourneyApp app(options);
        app.type(u"Plans for the weekend\n"_s);
        ASSERT_TRUE(waitUntilReplyEnded(app));
        app.key(Qt::Key_N, Qt::ControlModifier);
        app.type(u"Recipes\n"_s);
        ASSERT_TRUE(waitUntilReplyEnded(app));
        EXPECT_EQ(listShown(app), (QStringList{u"Today"_s, u"Recipes"_s, u"Plans for the weekend"_s}));

        app.click(app.visibleText(u"Plans for the weekend"_s, app.visibleItem(u"conversationList"_s)));
        QQuickItem *pin = app.visibleItem(u"pinButton"_s);
        ASSERT_TRUE(pin);
        EXPECT_EQ(pin->property("text").toString(), u"Pin"_s);
        app.click(pin);
        EXPECT_EQ(listShown(app),
                  (QStringList{u"Pinned"_s, u"Plans for the weekend"_s, u"Today"_s, u"Recipes"_s}));
        EXPECT_EQ(app.visibleItem(u"pinButton"_s)->property("text").toString(), u"Unpin"_s);
        EXPECT_TRUE(app.visibleText(u"Plans for the weekend"_s, app.visibleItem(u"conversationHeading"_s)))
            << "the pinned conversation is still the open one";
        app.shot(u"pinned"_s);
        app.close();
    }
    JourneyApp again(options);
    EXPECT_EQ(listShown(again),
              (QStringList{u"Pinned"_s, u"Plans for the weekend"_s, u"Today"_s, u"Recipes"_s}));
    again.click(again.visibleText(u"Plans for the weekend"_s, again.visibleItem(u"conversationList"_s)));
    again.click(again.visibleItem(u"pinButton"_s));
    EXPECT_EQ(listShown(again), (QStringList{u"Today"_s, u"Recipes"_s, u"Plans for the weekend"_s}))
        << "unpinned, it goes back to its place";
    again.shot(u"unpinned"_s);
}

} // namespace
} // namespace inkchat::journey
