#include "journeysteps.h"

#include <QQuickItem>

using namespace Qt::StringLiterals;

namespace inkchat::journey {

void fillField(JourneyApp &app, const QString &objectName, const QString &text)
{
    QQuickItem *field = app.visibleItem(objectName);
    ASSERT_TRUE(field) << objectName.toStdString() << " is not shown";
    app.click(field);
    ASSERT_TRUE(field->hasActiveFocus()) << objectName.toStdString() << " took no focus when clicked";
    app.key(Qt::Key_A, Qt::ControlModifier);
    app.type(text);
}

void chooseInComboBox(JourneyApp &app, QQuickItem *box, const QString &text)
{
    ASSERT_TRUE(box) << "no drop-down to open";
    app.click(box);
    QQuickItem *option = nullptr;
    ASSERT_TRUE(app.waitFor([&] { return (option = app.visibleText(text)) != nullptr; }))
        << "the drop-down offers no " << text.toStdString();
    app.click(option);
    EXPECT_TRUE(app.waitFor([&] { return box->property("currentText").toString() == text; }))
        << "the drop-down shows " << box->property("currentText").toString().toStdString();
}

void addEndpointInSettings(JourneyApp &app, const QString &name, const QString &baseUrl, const QString &model,
                           const QString &key)
{
    chooseInComboBox(app, app.visibleItem(u"newProviderBox"_s), u"OpenAI or compatible (Chat Completions)"_s);
    app.click(app.visibleItem(u"addEndpointButton"_s));
    ASSERT_TRUE(app.visibleItem(u"endpointForm"_s));
    fillField(app, u"nameField"_s, name);
    fillField(app, u"baseUrlField"_s, baseUrl);
    fillField(app, u"modelField"_s, model);
    app.click(app.visibleItem(u"saveEndpointButton"_s));
    ASSERT_FALSE(app.visibleItem(u"formError"_s)) << "the form was accepted";
    fillField(app, u"apiKeyField"_s, key);
    app.click(app.visibleItem(u"saveKeyButton"_s));
    ASSERT_TRUE(app.waitFor([&] { return app.visibleTextContaining(u"key stored"_s) != nullptr; }))
        << "the endpoint says its key is stored";
}

QQuickItem *visibleButton(JourneyApp &app, const QString &text)
{
    QQuickItem *root = app.window()->contentItem();
    while (root->parentItem())
        root = root->parentItem();
    QList<QQuickItem *> pending{root};
    while (!pending.isEmpty()) {
        QQuickItem *item = pending.takeFirst();
        if (!item->isVisible())
            continue;
        if (item->inherits("QQuickAbstractButton") && item->property("text").toString() == text)
            return item;
        pending.append(item->childItems());
    }
    return nullptr;
}

/// Exports the open conversation as `format` through Export… and the save
/// dialog, typing `fileName` as the name in the folder it offers.
void exportThroughTheDialog(JourneyApp &app, const QString &formatName, const QString &fileName)
{
    chooseInComboBox(app, app.visibleItem(u"exportFormatBox"_s), formatName);
    app.click(app.visibleItem(u"exportButton"_s));
    QQuickItem *nameField = nullptr;
    ASSERT_TRUE(app.waitFor([&] { return (nameField = app.visibleItem(u"fileNameTextField"_s)) != nullptr; }))
        << "Export… opens a save dialog";
    app.settle();
    app.click(nameField);
    app.key(Qt::Key_A, Qt::ControlModifier);
    app.type(fileName);
    app.shot(u"save dialog "_s + formatName);
    QQuickItem *save = visibleButton(app, u"Save"_s);
    ASSERT_TRUE(save) << "the dialog's button says what it does";
    app.click(save);
    ASSERT_TRUE(app.waitFor([&] { return app.visibleText(u"Saved as "_s + fileName) != nullptr; }))
        << "the window says where " << formatName.toStdString() << " went";
    ASSERT_EQ(app.visibleItem(u"fileNameTextField"_s), nullptr) << "the dialog is gone";
}

bool waitUntilReplyEnded(JourneyApp &app, int timeoutMs)
{
    return app.waitFor(
        [&] {
            const QQuickItem *button = app.visibleItem(u"sendButton"_s);
            return button && button->property("text").toString() == u"Send"_s;
        },
        timeoutMs);
}

} // namespace inkchat::journey
