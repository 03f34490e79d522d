#include <QGuiApplication>

#include <gtest/gtest.h>

// SystemColorScheme reads the application palette: it needs a
// QGuiApplication, and never a display (ctest lists the tests without the
// test environment).
int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
