// Journey 4: the keyboard alone reaches every control, and the app's
// shortcuts work wherever the focus is.

#include "journeyapp.h"
#include "journeysteps.h"

#include <QImage>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace inkchat::journey {
namespace {

/// The control the focus is in, by the name of the nearest named item
/// (a list's row counts as its list).
QString focusedControl(JourneyApp &app)
{
    for (QQuickItem *item = app.focusItem(); item; item = item->parentItem()) {
        if (!item->objectName().isEmpty())
            return item->objectName();
    }
    return {};
}

/// Every named control on screen that takes focus from Tab.
QSet<QString> tabStops(JourneyApp &app, const QStringList &names)
{
    QSet<QString> shown;
    for (const QString &name : names) {
        for (QQuickItem *item : app.visibleItems(name)) {
            if (item->isEnabled() && item->activeFocusOnTab())
                shown.insert(name);
        }
    }
    return shown;
}

QStringList sorted(const QStringList &names)
{
    QStringList list = names;
    list.sort();
    return list;
}

QStringList sorted(const QSet<QString> &names)
{
    return sorted(QStringList(names.cbegin(), names.cend()));
}

/// A stopped reply, so Continue and Retry are offered, and a draft in the
/// composer, so Send is enabled: every control of the window is there.
void bringEveryControlOut(JourneyApp &app)
{
    app.type(u"Hello\n"_s);
    ASSERT_TRUE(app.waitFor([&] { return app.visibleTextContaining(u"offline demo"_s) != nullptr; }));
    app.key(Qt::Key_Escape); // stops the reply
    ASSERT_TRUE(waitUntilReplyEnded(app));
    app.type(u"draft"_s);
}

const QStringList kMainControls{u"messageInput"_s,
                                u"attachButton"_s,
                                u"continueButton"_s,
                                u"retryButton"_s,
                                u"sendButton"_s,
                                u"newChatButton"_s,
                                u"searchField"_s,
                                u"conversationList"_s,
                                u"exportFormatBox"_s,
                                u"exportButton"_s,
                                u"exportAllButton"_s,
                                u"importButton"_s,
                                u"conversationModelField"_s,
                                u"modelListButton"_s,
                                u"conversationSettingsButton"_s,
                                u"settingsButton"_s,
                                u"transcript"_s};

TEST_F(Journey, TabReachesEveryControlAndShiftTabGoesBackTheSameWay)
{
    app::AppOptions options;
    options.demoRate = 20;
    JourneyApp app(options);
    ASSERT_NO_FATAL_FAILURE(bringEveryControlOut(app));
    const QSet<QString> stops = tabStops(app, kMainControls);
    EXPECT_EQ(sorted(stops), sorted(kMainControls)) << "every control is shown";

    ASSERT_EQ(focusedControl(app), u"messageInput"_s);
    QStringList forward;
    for (int press = 0; press < 2 * kMainControls.size(); ++press) {
        app.key(Qt::Key_Tab);
        forward.append(focusedControl(app));
        if (forward.constLast() == u"messageInput"_s)
            break;
    }
    app.shot(u"tabbed-round"_s);
    EXPECT_EQ(sorted(forward), sorted(stops));
    EXPECT_EQ(forward.size(), stops.size())
        << "each control once per round: " << forward.join(u", "_s).toStdString();
    EXPECT_EQ(forward.constLast(), u"messageInput"_s) << "Tab goes round";

    QStringList backward;
    for (int press = 0; press < forward.size(); ++press) {
        app.key(Qt::Key_Backtab, Qt::ShiftModifier);
        backward.prepend(focusedControl(app));
    }
    // From the composer back round to it: the forward round, read backwards.
    QStringList expected = forward;
    expected.prepend(expected.takeLast());
    EXPECT_EQ(backward, expected) << "Shift+Tab goes back the same way";
    EXPECT_EQ(app.visibleItem(u"messageInput"_s)->property("text").toString(), u"draft"_s)
        << "Tab inserted nothing into the message";
}

TEST_F(Journey, ShortcutsWorkWhereverTheFocusIs)
{
    app::AppOptions options;
    options.demoRate = 0;
    JourneyApp app(options);
    app.type(u"Hello\n"_s);
    ASSERT_TRUE(waitUntilReplyEnded(app));

    // Where a user's focus ends up: the composer, a reply's text they
    // clicked to select, the search, the list, the transcript.
    const QList<std::pair<QString, std::function<void()>>> places{
        {u"composer"_s, [&] { app.key(Qt::Key_L, Qt::ControlModifier); }},
        {u"reply text"_s, [&] { app.click(app.visibleTextContaining(u"have a good conversation"_s)); }},
        {u"search"_s, [&] { app.key(Qt::Key_F, Qt::ControlModifier); }},
        {u"conversation list"_s,
         [&] {
             app.key(Qt::Key_F, Qt::ControlModifier);
             app.key(Qt::Key_Tab);
         }},
        {u"transcript"_s,
         [&] {
             app.key(Qt::Key_L, Qt::ControlModifier);
             app.key(Qt::Key_Backtab, Qt::ShiftModifier);
         }},
    };
    for (const auto &[place, goThere] : places) {
        SCOPED_TRACE(place.toStdString());
        goThere();
        const QString startedIn = focusedControl(app);

        app.key(Qt::Key_F, Qt::ControlModifier);
        EXPECT_EQ(focusedControl(app), u"searchField"_s) << "Ctrl+F from " << startedIn.toStdString();
        goThere();
        app.key(Qt::Key_Comma, Qt::ControlModifier);
        EXPECT_TRUE(app.visibleText(u"Providers"_s)) << "Ctrl+, from " << startedIn.toStdString();
        app.key(Qt::Key_Escape);
        EXPECT_FALSE(app.visibleText(u"Providers"_s)) << "Escape closes Settings";
        EXPECT_EQ(focusedControl(app), u"messageInput"_s) << "back in the composer";
        goThere();
        app.key(Qt::Key_L, Qt::ControlModifier);
        EXPECT_EQ(focusedControl(app), u"messageInput"_s) << "Ctrl+L from " << startedIn.toStdString();
    }

    // Ctrl+N from a reply's text: a new chat, and the keyboard in its composer.
    app.click(app.visibleTextContaining(u"have a good conversation"_s));
    app.key(Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(app.visibleItems(u"conversationTitle"_s).size(), 2);
    EXPECT_EQ(focusedControl(app), u"messageInput"_s);
    EXPECT_FALSE(app.visibleTextContaining(u"have a good conversation"_s)) << "the new chat is open";
}

TEST_F(Journey, TheConversationListIsUsedWithArrowsEnterF2AndDelete)
{
    app::AppOptions options;
    options.demoRate = 0;
    JourneyApp app(options);
    for (const QString &question : {u"First question"_s, u"Second question"_s}) {
        app.key(Qt::Key_N, Qt::ControlModifier);
        app.type(question + u'\n');
        ASSERT_TRUE(waitUntilReplyEnded(app));
    }
    app.key(Qt::Key_F, Qt::ControlModifier);
    app.key(Qt::Key_Tab); // from the search to the list
    ASSERT_EQ(focusedControl(app), u"conversationList"_s);
    app.shot(u"list-focused"_s);

    app.key(Qt::Key_Down);
    EXPECT_TRUE(app.visibleText(u"First question"_s, app.visibleItem(u"conversationHeading"_s)))
        << "Down opens the older conversation";
    app.key(Qt::Key_Return);
    EXPECT_EQ(focusedControl(app), u"messageInput"_s) << "Enter goes to its composer";

    app.key(Qt::Key_F, Qt::ControlModifier);
    app.key(Qt::Key_Tab);
    app.key(Qt::Key_F2);
    ASSERT_EQ(focusedControl(app), u"renameField"_s);
    app.key(Qt::Key_A, Qt::ControlModifier);
    app.type(u"Renamed\n"_s);
    EXPECT_TRUE(app.visibleText(u"Renamed"_s));
    EXPECT_EQ(focusedControl(app), u"conversationList"_s);

    app.key(Qt::Key_Delete);
    EXPECT_TRUE(app.visibleItem(u"deleteConfirmation"_s)) << "Delete asks first";
    app.shot(u"delete-asks"_s);
    app.key(Qt::Key_Escape);
    EXPECT_FALSE(app.visibleItem(u"deleteConfirmation"_s)) << "Escape cancels";
    app.key(Qt::Key_Delete);
    app.key(Qt::Key_Delete);
    EXPECT_FALSE(app.visibleText(u"Renamed"_s)) << "Delete again deletes";
    EXPECT_EQ(app.visibleItems(u"conversationTitle"_s).size(), 1);
}

TEST_F(Journey, TheFocusRingIsPlainToSee)
{
    app::AppOptions options;
    JourneyApp app(options);
    QQuickItem *button = app.visibleItem(u"settingsButton"_s);
    ASSERT_TRUE(button);
    const QRect around = JourneyApp::sceneRect(button).toAlignedRect().adjusted(-8, -8, 8, 8);
    const QImage before = app.shot(u"no-ring"_s).copy(around);
    while (focusedControl(app) != u"settingsButton"_s)
        app.key(Qt::Key_Tab);
    const QImage after = app.shot(u"ring"_s).copy(around);

    // The ring: pixels that were not there before, three deep all round.
    int changed = 0;
    for (int y = 0; y < after.height(); ++y) {
        for (int x = 0; x < after.width(); ++x) {
            changed += after.pixelColor(x, y) != before.pixelColor(x, y);
        }
    }
    const int perimeter = 2 * (int(button->width()) + int(button->height()));
    EXPECT_GE(changed, 3 * perimeter) << "a ring 3 px deep all round; changed pixels: " << changed;
}

} // namespace
} // namespace inkchat::journey
