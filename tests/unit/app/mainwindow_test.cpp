#include "fakesecretstore.h"

#include "application.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QtQml/QQmlExtensionPlugin>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

Q_IMPORT_QML_PLUGIN(InkchatPlugin)
Q_IMPORT_QML_PLUGIN(Inkchat_AppPlugin)

namespace {

// Loads Main.qml as the app does, in every display profile, and fails on any
// QML warning: qmllint does not catch every broken import or binding.
TEST(MainWindow, LoadsWithoutWarningsAndShowsAWindowInEveryProfile)
{
    for (const auto profile :
         {inkchat::chat::DisplayProfile::Kind::Desktop, inkchat::chat::DisplayProfile::Kind::Eink,
          inkchat::chat::DisplayProfile::Kind::Adaptive}) {
        SCOPED_TRACE(int(profile));
        inkchat::app::AppOptions options;
        options.profile = profile;
        options.noStore = true;
        inkchat::app::Application app(options, std::make_unique<FakeSecretStore>());
        QQmlApplicationEngine engine;
        QStringList warnings;
        QObject::connect(&engine, &QQmlEngine::warnings, [&](const QList<QQmlError> &list) {
            for (const QQmlError &error : list)
                warnings.append(error.toString());
        });

        ASSERT_TRUE(app.load(engine)) << qPrintable(warnings.join(u'\n'));
        QQuickWindow *window = app.window();
        ASSERT_NE(window, nullptr);
        EXPECT_TRUE(window->isVisible());
        EXPECT_EQ(window->title(), u"Inkchat"_s);
        QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
        EXPECT_TRUE(swapped.wait(5000)) << "the window never rendered a frame";
        EXPECT_TRUE(warnings.isEmpty()) << qPrintable(warnings.join(u'\n'));
    }
}

} // namespace
