#include <QCoreApplication>

#include <gtest/gtest.h>

// Rendering needs no event loop; a QCoreApplication keeps Qt's text code
// on its usual footing.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
