#include "appoptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <cmath>

using namespace Qt::StringLiterals;

namespace inkchat::app {

namespace {

struct Options
{
    QCommandLineOption help{{u"h"_s, u"help"_s}, u"Show this help."_s};
    QCommandLineOption version{{u"v"_s, u"version"_s}, u"Show the version."_s};
    QCommandLineOption demo{
        u"demo"_s, u"Chat with the built-in offline demo (the default when no provider is set up)."_s};
    QCommandLineOption demoRate{u"demo-rate"_s,
                                u"How fast the demo writes, in tokens per second (default 30)."_s, u"N"_s};
    QCommandLineOption kiosk{
        u"kiosk"_s, u"Full screen, e-ink profile, on-screen keyboard; cannot be closed by accident."_s};
    QCommandLineOption noKiosk{u"no-kiosk"_s,
                               u"Open a normal window, also in a kiosk build (for debugging)."_s};
    QCommandLineOption profile{u"profile"_s, u"Display profile: desktop, eink or adaptive."_s, u"PROFILE"_s};
    QCommandLineOption send{u"send"_s, u"Send TEXT as soon as the window is up."_s, u"TEXT"_s};
    QCommandLineOption quitWhenDone{u"quit-when-done"_s, u"Quit when the reply to --send ends."_s};
    QCommandLineOption stats{
        u"stats"_s,
        u"At exit, print 'stats: frames=N updates=M mean_update_ms=X max_update_ms=Y' to stderr."_s};
    QCommandLineOption screenshot{
        u"screenshot"_s, u"With --quit-when-done, save the window as a PNG image at the end."_s, u"FILE"_s};
    QCommandLineOption noStore{u"no-store"_s, u"Keep conversations in memory only; nothing is saved."_s};
    QCommandLineOption noKeyboard{u"no-keyboard"_s,
                                  u"With --kiosk: no on-screen keyboard (the device has a keyboard)."_s};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({help, version, demo, demoRate, kiosk, noKiosk, profile, send, quitWhenDone, stats,
                           screenshot, noStore, noKeyboard});
    }
};

} // namespace

LaunchMode buildLaunchMode()
{
    // Defined for this file alone by app/CMakeLists.txt from INKCHAT_KIOSK.
#if INKCHAT_KIOSK_BY_DEFAULT
    return LaunchMode::Kiosk;
#else
    return LaunchMode::Windowed;
#endif
}

Result<AppOptions> parseAppOptions(const QStringList &arguments)
{
    return parseAppOptions(arguments, buildLaunchMode());
}

Result<AppOptions> parseAppOptions(const QStringList &arguments, LaunchMode defaultMode)
{
    const Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    if (!parser.parse(arguments))
        return Error::make(Error::Kind::Usage, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return Error::make(Error::Kind::Usage,
                           u"unexpected argument '%1'"_s.arg(parser.positionalArguments().constFirst()));

    AppOptions result;
    result.showHelp = parser.isSet(options.help);
    result.showVersion = parser.isSet(options.version);
    result.demo = parser.isSet(options.demo);
    if (parser.isSet(options.kiosk) && parser.isSet(options.noKiosk))
        return Error::make(Error::Kind::Usage, u"--kiosk and --no-kiosk contradict each other"_s);
    result.kiosk = parser.isSet(options.kiosk)
                   || (defaultMode == LaunchMode::Kiosk && !parser.isSet(options.noKiosk));
    result.onScreenKeyboard = result.kiosk && !parser.isSet(options.noKeyboard);
    if (parser.isSet(options.demoRate)) {
        bool ok = false;
        result.demoRate = parser.value(options.demoRate).toDouble(&ok);
        // toDouble() also reads "nan" and "inf", which are no pace.
        if (!ok || !std::isfinite(result.demoRate) || result.demoRate < 0)
            return Error::make(Error::Kind::Usage, u"--demo-rate needs a number of tokens per second"_s);
    }
    if (parser.isSet(options.profile)) {
        const auto profile = chat::DisplayProfile::fromName(parser.value(options.profile));
        if (!profile)
            return Error::make(
                Error::Kind::Usage,
                u"unknown profile '%1' (use desktop, eink or adaptive)"_s.arg(parser.value(options.profile)));
        result.profile = profile->kind;
    } else if (result.kiosk) {
        result.profile = chat::DisplayProfile::Kind::Eink;
    }
    result.send = parser.value(options.send);
    result.quitWhenDone = parser.isSet(options.quitWhenDone);
    if (result.quitWhenDone && result.send.isEmpty())
        return Error::make(Error::Kind::Usage, u"--quit-when-done needs --send TEXT"_s);
    result.stats = parser.isSet(options.stats);
    result.noStore = parser.isSet(options.noStore);
    result.screenshot = parser.value(options.screenshot);
    return result;
}

QString appHelpText()
{
    return appHelpText(buildLaunchMode());
}

QString appHelpText(LaunchMode defaultMode)
{
    const Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    QString text = parser.helpText();
    text = text.mid(text.indexOf(u"Options:"_s));
    const QString kioskNote =
        defaultMode == LaunchMode::Kiosk
            ? u"This is a kiosk build: it starts as with --kiosk; --no-kiosk opens a normal window.\n"_s
            : QString();
    return u"Usage: inkchat [options]\n\n"
           "A streaming AI chat client for desktops and slow (e-ink) displays.\n"
           "API keys are kept in the system keychain; set providers up in Settings.\n"_s
           + kioskNote + u"\n"_s + text;
}

} // namespace inkchat::app
