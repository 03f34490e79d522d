#include <QGuiApplication>
#include <QQuickWindow>

#include <gtest/gtest.h>

// The e-ink display tests draw as the e-ink profile does: Qt Quick's
// software renderer on its threaded render loop (Application::load()), chosen
// before any window exists, for the whole process.
int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QSG_RENDER_LOOP", "threaded");
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
