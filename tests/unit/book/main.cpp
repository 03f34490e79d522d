#include <QGuiApplication>

#include <gtest/gtest.h>

// The PDF writer lays text out with QtGui, which needs a QGuiApplication
// (offscreen in tests). ctest lists the tests (gtest_discover_tests) without
// the test environment, and listing must not need a display either.
int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
