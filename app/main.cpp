#include "application.h"
#include "appoptions.h"
#include "stats/framestats.h"

#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTranslator>
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

} // namespace

int main(int argc, char *argv[])
{
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

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"Inkchat"_s);
    QGuiApplication::setOrganizationName(u"Inkchat"_s);
    QGuiApplication::setApplicationVersion(QStringLiteral(INKCHAT_VERSION));
    QTranslator translator; // qt_add_translations embeds the .qm files under :/i18n
    if (translator.load(QLocale(), u"inkchat"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);

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
