// Journey 3, the way back: a conversation exported to JSON through the
// window's save dialog, deleted, and imported again through the Import…
// dialog comes back whole, with its messages, in the conversation list.
// Both dialogs are Qt's own (QtQuick.Dialogs without a platform dialog),
// driven like any user drives them: a typed name, a clicked file, a button.

#include "journeyapp.h"
#include "journeysteps.h"

#include <QFileInfo>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace inkchat::journey {
namespace {

/// The open file dialog's row for the file `name`, or null. Its name is
/// drawn by an IconLabel: the row is found by its own fileName.
QQuickItem *fileInDialog(JourneyApp &app, const QString &name)
{
    QQuickItem *files = app.visibleItem(u"fileDialogListView"_s);
    if (!files)
        return nullptr;
    QList<QQuickItem *> pending{files};
    while (!pending.isEmpty()) {
        QQuickItem *item = pending.takeFirst();
        if (item->inherits("QQuickAbstractButton") && item->property("fileName").toString() == name)
            return item;
        pending.append(item->childItems());
    }
    return nullptr;
}

/// Opens Import…, clicks `name` in the dialog's list and then Import.
void importThroughTheDialog(JourneyApp &app, const QString &name)
{
    app.click(app.visibleItem(u"importButton"_s));
    QQuickItem *file = nullptr;
    ASSERT_TRUE(app.waitFor([&] { return (file = fileInDialog(app, name)) != nullptr; }))
        << "the open dialog lists " << name.toStdString();
    app.click(file);
    app.shot(u"import dialog"_s);
    QQuickItem *import = visibleButton(app, u"Import"_s);
    ASSERT_TRUE(import) << "the dialog's button says what it does";
    app.click(import);
    ASSERT_TRUE(app.waitFor([&] { return app.visibleItem(u"fileDialogListView"_s) == nullptr; }))
        << "the dialog is gone";
}

TEST_F(Journey, ExportAConversationToJsonDeleteItAndImportItBack)
{
    app::AppOptions options;
    options.demoRate = 0;
    JourneyApp app(options);
    app.type(u"Remember the milk\n"_s);
    ASSERT_TRUE(waitUntilReplyEnded(app));
    QQuickItem *list = app.visibleItem(u"conversationList"_s);
    ASSERT_TRUE(app.visibleText(u"Remember the milk"_s, list));

    // Export to JSON, naming the file in the save dialog.
    ASSERT_NO_FATAL_FAILURE(exportThroughTheDialog(app, u"JSON, for importing again"_s, u"milk.json"_s));
    const QString saved = app.home().filePath(u"Documents/Inkchat/milk.json"_s);
    ASSERT_TRUE(QFileInfo::exists(saved)) << saved.toStdString();

    // Delete it: it asks first.
    app.click(app.visibleItem(u"deleteButton"_s));
    ASSERT_TRUE(app.visibleItem(u"deleteConfirmation"_s));
    app.click(app.visibleItem(u"deleteButton"_s));
    ASSERT_TRUE(app.waitFor([&] { return !app.visibleText(u"Remember the milk"_s, list); }));
    app.shot(u"deleted"_s);

    // Import it back: the dialog opens where exports go; click the file, then Import.
    ASSERT_NO_FATAL_FAILURE(importThroughTheDialog(app, u"milk.json"_s));
    ASSERT_TRUE(app.waitFor([&] {
        return app.visibleText(u"Imported 1 conversation from milk.json."_s) != nullptr;
    })) << "the window says what came in";
    QQuickItem *imported = nullptr;
    ASSERT_TRUE(app.waitFor([&] {
        return (imported = app.visibleText(u"Remember the milk"_s, list)) != nullptr;
    })) << "the list shows the conversation again";
    app.click(imported);
    EXPECT_TRUE(app.waitFor([&] {
        return app.visibleText(u"Remember the milk"_s, app.visibleItem(u"conversationHeading"_s)) != nullptr;
    }));
    // The reply is back, shown at its end (the question above it is scrolled out of view).
    EXPECT_TRUE(app.waitFor([&] {
        return app.visibleTextContaining(u"have a good conversation"_s, app.visibleItem(u"transcript"_s))
               != nullptr;
    })) << "the demo's reply is back";
    app.shot(u"imported"_s);

    // Importing it again adds nothing, and says so.
    ASSERT_NO_FATAL_FAILURE(importThroughTheDialog(app, u"milk.json"_s));
    ASSERT_TRUE(app.waitFor(
        [&] { return app.visibleText(u"Nothing new in milk.json. 1 already here."_s) != nullptr; }));
    EXPECT_EQ(app.visibleItems(u"conversationTitle"_s).size(), 1);
    app.shot(u"imported-again"_s);
}

} // namespace
} // namespace inkchat::journey
