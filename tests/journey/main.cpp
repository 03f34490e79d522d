#include <QGuiApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // Listing the tests (gtest_discover_tests) runs without the test
    // environment; journeys never need a real display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // As `inkchat` names itself: the settings file and keychain entries are
    // the ones the app uses.
    QGuiApplication::setApplicationName(QStringLiteral("Inkchat"));
    QGuiApplication::setOrganizationName(QStringLiteral("Inkchat"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
