#include <QGuiApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // ctest lists the tests (gtest_discover_tests) without the test
    // environment, and a GUI test must never need a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
