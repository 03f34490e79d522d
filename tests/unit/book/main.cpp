#include <QGuiApplication>

#include <gtest/gtest.h>

// The PDF writer lays text out with QtGui, which needs a QGuiApplication
// (offscreen in tests).
int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
