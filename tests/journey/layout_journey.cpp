// Journey 6 and the reader layout (issues 13 and 16): at 360, 758 and 1280
// px nothing overlaps and nothing leaves the window; narrow, portrait and
// e-ink windows read as one column with the conversations as a page of
// their own; code wraps between tokens; a kiosk's Quit is in sight.

#include "journeyapp.h"
#include "journeysteps.h"

#include <QQuickItem>
#include <QVariant>

#include <limits>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace inkchat::journey {
namespace {

/// The controls people see and tap; none may cover another.
const QStringList kControls{u"chatsButton"_s,
                            u"conversationHeading"_s,
                            u"endpointLabel"_s,
                            u"settingsButton"_s,
                            u"quitButton"_s,
                            u"transcript"_s,
                            u"statusText"_s,
                            u"messageInput"_s,
                            u"sendButton"_s,
                            u"continueButton"_s,
                            u"retryButton"_s,
                            u"backToChatButton"_s,
                            u"newChatButton"_s,
                            u"searchField"_s,
                            u"conversationList"_s,
                            u"exportFormatBox"_s,
                            u"exportButton"_s,
                            u"exportAllButton"_s,
                            u"backButton"_s,
                            u"newProviderBox"_s,
                            u"addEndpointButton"_s,
                            u"languageBox"_s,
                            u"profileBox"_s,
                            u"fontSizeBox"_s,
                            u"einkIntervalBox"_s,
                            u"fullRefreshBox"_s,
                            u"colorSchemeBox"_s,
                            u"proxyModeBox"_s,
                            u"proxyUrlField"_s,
                            u"applyProxyButton"_s,
                            u"fontSizeResetButton"_s,
                            u"einkIntervalResetButton"_s,
                            u"fullRefreshResetButton"_s};

/// Whether `item` is on a page that scrolls vertically: a Flickable whose
/// content is taller than itself.
bool inScrollingPage(const QQuickItem *item)
{
    for (const QQuickItem *at = item->parentItem(); at; at = at->parentItem()) {
        if (at->inherits("QQuickFlickable") && at->property("contentHeight").toReal() > at->height())
            return true;
    }
    return false;
}

/// Every pair of shown controls that overlap, and every control that is
/// not wholly inside the window, as "a / b" and "a outside" lines.
QStringList layoutFaults(JourneyApp &app)
{
    struct Shown
    {
        QString name;
        QQuickItem *item;
        QRectF rect;
    };
    QList<Shown> shown;
    for (const QString &name : kControls) {
        for (QQuickItem *item : app.visibleItems(name)) {
            if (item->width() > 0 && item->height() > 0)
                shown.append({name, item, JourneyApp::sceneRect(item)});
        }
    }
    const QRectF window(QPointF(0, 0), app.window()->size());
    QStringList faults;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        // Half a pixel of slack: neighbours may share an edge. A page that
        // scrolls may run past the window's bottom, never past its sides.
        QRectF allowed = window.adjusted(-0.5, -0.5, 0.5, 0.5);
        if (inScrollingPage(shown[i].item))
            allowed.setBottom(std::numeric_limits<qreal>::max());
        if (!allowed.contains(shown[i].rect))
            faults.append(shown[i].name + u" outside the window"_s);
        for (qsizetype j = i + 1; j < shown.size(); ++j) {
            if (shown[i].item->isAncestorOf(shown[j].item) || shown[j].item->isAncestorOf(shown[i].item))
                continue;
            const QRectF overlap = shown[i].rect.intersected(shown[j].rect);
            if (overlap.width() > 0.5 && overlap.height() > 0.5)
                faults.append(shown[i].name + u" / "_s + shown[j].name);
        }
    }
    return faults;
}

/// Sends a message and stops the reply part-way, so Continue and Retry are
/// out too.
void chatUntilStopped(JourneyApp &app)
{
    app.type(u"Hello\n"_s);
    ASSERT_TRUE(app.waitFor([&] { return app.visibleTextContaining(u"offline demo"_s) != nullptr; }));
    app.key(Qt::Key_Escape);
    ASSERT_TRUE(waitUntilReplyEnded(app));
}

/// Chats, opens the conversations (one column) and Settings in a window of
/// `size`: nothing overlaps or leaves the window at any step.
void checkLayout(QSize size, bool oneColumn)
{
    app::AppOptions options;
    options.demoRate = 40;
    JourneyApp app(options, size);
    ASSERT_NO_FATAL_FAILURE(chatUntilStopped(app));
    app.shot(u"chat"_s);

    EXPECT_EQ(app.visibleItem(u"chatsButton"_s) != nullptr, oneColumn);
    EXPECT_EQ(app.visibleItem(u"conversationList"_s) == nullptr, oneColumn)
        << "one column: the conversations are a page of their own";
    EXPECT_EQ(layoutFaults(app), QStringList());

    if (oneColumn) {
        app.click(app.visibleItem(u"chatsButton"_s));
        ASSERT_TRUE(app.waitFor([&] { return app.visibleItem(u"conversationList"_s) != nullptr; }));
        app.settle();
        app.shot(u"conversations page"_s);
        EXPECT_EQ(app.visibleItem(u"messageInput"_s), nullptr) << "the page takes the conversation's place";
        EXPECT_EQ(layoutFaults(app), QStringList());
        app.click(app.visibleItem(u"backToChatButton"_s));
        ASSERT_TRUE(app.waitFor([&] { return app.visibleItem(u"messageInput"_s) != nullptr; }));
        EXPECT_EQ(app.visibleItem(u"conversationList"_s), nullptr);
    }

    app.key(Qt::Key_Comma, Qt::ControlModifier);
    ASSERT_TRUE(app.waitFor([&] { return app.visibleItem(u"settingsPage"_s) != nullptr; }));
    app.settle();
    app.shot(u"settings"_s);
    EXPECT_EQ(app.visibleItem(u"sendButton"_s), nullptr) << "Settings takes the conversation's place";
    EXPECT_EQ(layoutFaults(app), QStringList());
}

TEST_F(Journey, At360PixelsNothingOverlaps)
{
    checkLayout({360, 720}, true);
}

TEST_F(Journey, At758PixelsPortraitNothingOverlaps)
{
    checkLayout({758, 1024}, true);
}

TEST_F(Journey, At1280PixelsNothingOverlaps)
{
    checkLayout({1280, 800}, false);
}

TEST_F(Journey, EinkReadsAsOneColumnWithTargetsAFingerHits)
{
    app::AppOptions options;
    options.demoRate = 40;
    options.profile = chat::DisplayProfile::Kind::Eink;
    JourneyApp app(options, {1072, 1448});
    ASSERT_NO_FATAL_FAILURE(chatUntilStopped(app));
    app.shot(u"e-ink chat"_s);
    EXPECT_NE(app.visibleItem(u"chatsButton"_s), nullptr);
    EXPECT_EQ(app.visibleItem(u"conversationList"_s), nullptr) << "even on a wide e-ink screen";
    for (const QString &name : {u"chatsButton"_s, u"settingsButton"_s, u"sendButton"_s}) {
        const QQuickItem *button = app.visibleItem(name);
        ASSERT_NE(button, nullptr) << name.toStdString();
        EXPECT_GE(button->height(), 48) << name.toStdString() << ": at least 9 mm, never below 48 px";
    }
    EXPECT_EQ(layoutFaults(app), QStringList());
}

TEST_F(Journey, AKioskHasQuitInSightAndFillsTheScreen)
{
    app::AppOptions options;
    options.demoRate = 0;
    options.kiosk = true;
    options.onScreenKeyboard = false;
    JourneyApp app(options, {758, 1024});
    QQuickItem *quit = app.visibleItem(u"quitButton"_s);
    ASSERT_NE(quit, nullptr) << "a finger reaches Quit without Settings";
    EXPECT_EQ(layoutFaults(app), QStringList());
    app.shot(u"kiosk"_s);
}

TEST_F(Journey, CodeWrapsBetweenTokensInANarrowWindow)
{
    app::AppOptions options;
    options.demoRate = 0;
    JourneyApp app(options, {360, 720});
    app.type(u"Show me code\n"_s);
    ASSERT_TRUE(waitUntilReplyEnded(app));
    QQuickItem *code = nullptr;
    ASSERT_TRUE(app.waitFor([&] {
        code = app.visibleTextContaining(u"std::cout"_s);
        return code != nullptr;
    })) << "the demo reply's code block is on screen";
    app.shot(u"code"_s);
    const QString text = code->property("text").toString();
    int lines = 1;
    qreal lineTop = -1;
    for (int position = 0; position < text.size(); ++position) {
        QRectF rect;
        QMetaObject::invokeMethod(code, "positionToRectangle", Q_RETURN_ARG(QRectF, rect),
                                  Q_ARG(int, position));
        if (lineTop >= 0 && rect.top() > lineTop + 1 && position > 0 && text.at(position - 1) != u'\n') {
            ++lines;
            EXPECT_TRUE(text.at(position - 1).isSpace())
                << "a line breaks inside a token: ..."
                << text.mid(std::max(0, position - 12), 24).toStdString();
        }
        lineTop = rect.top();
    }
    EXPECT_GT(lines, 1) << "the window is narrow enough for the code to wrap";
}

} // namespace
} // namespace inkchat::journey
