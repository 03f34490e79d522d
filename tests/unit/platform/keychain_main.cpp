#include <QCoreApplication>

#include <gtest/gtest.h>

// The keychain answers through the event loop (QtKeychain jobs, libsecret's
// GLib callbacks dispatched by Qt's GLib event dispatcher), so the tests
// need a QCoreApplication to spin.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
