#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QUrl>
#include <QtQml/QQmlExtensionPlugin>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

Q_IMPORT_QML_PLUGIN(InkchatPlugin)
Q_IMPORT_QML_PLUGIN(Inkchat_AppPlugin)

namespace {

// Loads Main.qml as the app does and fails on any QML warning: qmllint does
// not catch every broken import or binding.
TEST(MainWindow, LoadsWithoutWarningsAndShowsAWindow)
{
    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    QStringList warnings;
    QObject::connect(&engine, &QQmlEngine::warnings, [&](const QList<QQmlError> &list) {
        for (const QQmlError &error : list)
            warnings.append(error.toString());
    });
    engine.load(QUrl(u"qrc:/qt/qml/Inkchat/Main.qml"_s));

    ASSERT_EQ(engine.rootObjects().size(), 1) << qPrintable(warnings.join(u'\n'));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    ASSERT_NE(window, nullptr);
    EXPECT_TRUE(window->isVisible());
    EXPECT_EQ(window->title(), u"Inkchat"_s);
    QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
    EXPECT_TRUE(swapped.wait(5000)) << "the window never rendered a frame";
    EXPECT_TRUE(warnings.isEmpty()) << qPrintable(warnings.join(u'\n'));
}

} // namespace
