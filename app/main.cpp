#include "application.h"
#include "appoptions.h"
#include "stats/framestats.h"
#include "util/controlchars.h"

#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>

using namespace Qt::StringLiterals;

Q_IMPORT_QML_PLUGIN(InkchatPlugin)
Q_IMPORT_QML_PLUGIN(Inkchat_AppPlugin)

namespace {

void printErr(const QString &text)
{
    std::fputs(qPrintable(text), stderr);
    std::fputc('\n', stderr);
}

/// The icon at the sizes app/CMakeLists.txt builds in, for windows where no
/// icon theme has the installed one.
QIcon builtInIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/%1x%1/inkchat.png"_s.arg(size), QSize(size, size));
    return icon;
}

} // namespace

int main(int argc, char *argv[])
{
    inkchat::escapeControlsInLogs();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const auto options = inkchat::app::parseAppOptions(arguments);
    if (!options) {
        printErr(u"inkchat: error: %1 (see inkchat --help)"_s.arg(options.error().message));
        return 2;
    }
    if (options->showHelp) {
        std::fputs(qPrintable(inkchat::app::appHelpText()), stdout);
        return 0;
    }
    if (options->showVersion) {
        std::puts("inkchat " INKCHAT_VERSION);
        return 0;
    }
    // The on-screen keyboard is an input method; it must be chosen before
    // the application starts.
    if (options->onScreenKeyboard && !qEnvironmentVariableIsSet("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");

    // Desktops match a window to its menu entry by the desktop file id: on
    // Wayland by the app id (setDesktopFileName), on X11 by WM_CLASS, whose
    // instance part Qt takes from RESOURCE_NAME (ICCCM 4.1.2.5).
    if (!qEnvironmentVariableIsSet("RESOURCE_NAME"))
        qputenv("RESOURCE_NAME", INKCHAT_APP_ID);

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"Inkchat"_s);
    QGuiApplication::setOrganizationName(u"Inkchat"_s);
    QGuiApplication::setApplicationVersion(QStringLiteral(INKCHAT_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(INKCHAT_APP_ID));
    // The installed theme icon, else the copy built in (app/CMakeLists.txt).
    QGuiApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(INKCHAT_APP_ID), builtInIcon()));

    inkchat::app::Application inkchat(*options);
    QQmlApplicationEngine engine;
    if (!inkchat.load(engine))
        return 1;
    QObject::connect(&inkchat, &inkchat::app::Application::done, &app, [&] {
        if (!options->screenshot.isEmpty() && !inkchat.window()->grabWindow().save(options->screenshot))
            printErr(u"inkchat: error: could not save the screenshot to %1"_s.arg(options->screenshot));
        inkchat.quit(inkchat.exitCode());
    });
    const int status = app.exec();
    if (options->stats)
        printErr(inkchat.stats().summaryLine());
    return status;
}
