#include <QCoreApplication>

#include <gtest/gtest.h>

// Qt SQL needs a QCoreApplication to load its driver plugins.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
