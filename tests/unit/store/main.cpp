#include <QCoreApplication>

#include <gtest/gtest.h>

// Core tests need a QCoreApplication for the event loop of the transport
// tests; pure parser tests simply ignore it.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
