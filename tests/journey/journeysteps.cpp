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
