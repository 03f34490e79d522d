#include <QCoreApplication>

#include <gtest/gtest.h>

// Display needs no window, only QObject signals; QCoreApplication keeps the
// test independent of any platform plugin.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
