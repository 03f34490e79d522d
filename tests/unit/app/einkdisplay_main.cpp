#include "view/einkrendering.h"

#include <QGuiApplication>

#include <gtest/gtest.h>

// The e-ink display tests draw as the e-ink profile does (Application::load()
// makes the same choice), chosen before any window exists, for the whole
// process.
int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    inkchat::app::chooseEinkRendering();
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
