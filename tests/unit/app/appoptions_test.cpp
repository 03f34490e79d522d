// The app's command line: parseAppOptions() and the help text.

#include "appoptions.h"

#include <QStringList>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::Error;
using inkchat::app::appHelpText;
using inkchat::app::AppOptions;
using inkchat::app::buildLaunchMode;
using inkchat::app::LaunchMode;
using inkchat::app::parseAppOptions;
using Kind = inkchat::chat::DisplayProfile::Kind;

namespace {

// The windowed default is given explicitly, so these tests also pass when
// built with INKCHAT_KIOSK=ON.
inkchat::Result<AppOptions> parse(const QStringList &arguments)
{
    return parseAppOptions(QStringList{u"inkchat"_s} + arguments, LaunchMode::Windowed);
}

/// Parses as a kiosk build (INKCHAT_KIOSK=ON) does.
inkchat::Result<AppOptions> parseInKioskBuild(const QStringList &arguments)
{
    return parseAppOptions(QStringList{u"inkchat"_s} + arguments, LaunchMode::Kiosk);
}

/// The message of the Usage error these arguments give; fails the test when
/// they parse or give another kind of error.
QString usageError(const QStringList &arguments)
{
    const auto options = parse(arguments);
    if (options) {
        ADD_FAILURE() << "parsed: " << qPrintable(arguments.join(u' '));
        return {};
    }
    EXPECT_EQ(options.error().kind, Error::Kind::Usage);
    return options.error().message;
}

TEST(AppOptions, DefaultsToAWindowOnTheConfiguredProviderInTheSavedProfile)
{
    const auto options = parse({});
    ASSERT_TRUE(options) << qPrintable(options.error().message);
    EXPECT_FALSE(options->demo);
    EXPECT_EQ(options->demoRate, 30);
    EXPECT_FALSE(options->kiosk);
    EXPECT_FALSE(options->profile.has_value()) << "no profile: the saved one is used";
    EXPECT_EQ(options->send, QString());
    EXPECT_FALSE(options->quitWhenDone);
    EXPECT_FALSE(options->stats);
    EXPECT_EQ(options->screenshot, QString());
    EXPECT_FALSE(options->showHelp);
    EXPECT_FALSE(options->showVersion);
}

TEST(AppOptions, DemoUsesTheBuiltInServer)
{
    const auto options = parse({u"--demo"_s});
    ASSERT_TRUE(options) << qPrintable(options.error().message);
    EXPECT_TRUE(options->demo);
    EXPECT_FALSE(options->kiosk);
    EXPECT_FALSE(options->profile.has_value());
}

TEST(AppOptions, KioskImpliesTheEinkProfile)
{
    const auto options = parse({u"--kiosk"_s});
    ASSERT_TRUE(options) << qPrintable(options.error().message);
    EXPECT_TRUE(options->kiosk);
    EXPECT_EQ(options->profile, Kind::Eink);
}

TEST(AppOptions, KioskKeepsAProfileGivenExplicitly)
{
    for (const auto &[name, kind] :
         {std::pair{u"desktop"_s, Kind::Desktop}, std::pair{u"adaptive"_s, Kind::Adaptive}}) {
        SCOPED_TRACE(qPrintable(name));
        const auto before = parse({u"--profile"_s, name, u"--kiosk"_s});
        ASSERT_TRUE(before) << qPrintable(before.error().message);
        EXPECT_TRUE(before->kiosk);
        EXPECT_EQ(before->profile, kind);
        const auto after = parse({u"--kiosk"_s, u"--profile="_s + name});
        ASSERT_TRUE(after) << qPrintable(after.error().message);
        EXPECT_EQ(after->profile, kind);
    }
}

TEST(AppOptions, ProfileTakesEachProfileName)
{
    for (const auto &[name, kind] : {std::pair{u"desktop"_s, Kind::Desktop}, std::pair{u"eink"_s, Kind::Eink},
                                     std::pair{u"adaptive"_s, Kind::Adaptive}}) {
        SCOPED_TRACE(qPrintable(name));
        const auto options = parse({u"--profile"_s, name});
        ASSERT_TRUE(options) << qPrintable(options.error().message);
        EXPECT_EQ(options->profile, kind);
        EXPECT_FALSE(options->kiosk);
    }
}

TEST(AppOptions, RejectsAnUnknownProfileByName)
{
    const QString message = usageError({u"--profile"_s, u"paper"_s});
    EXPECT_TRUE(message.contains(u"'paper'"_s)) << qPrintable(message);
    EXPECT_TRUE(message.contains(u"eink"_s)) << "says which names there are: " << qPrintable(message);
}

TEST(AppOptions, RejectsProfileWithoutAValue)
{
    EXPECT_FALSE(usageError({u"--profile"_s}).isEmpty());
}

TEST(AppOptions, SendAndQuitWhenDoneRunAScript)
{
    const auto options = parse({u"--send"_s, u"Hello there"_s, u"--quit-when-done"_s});
    ASSERT_TRUE(options) << qPrintable(options.error().message);
    EXPECT_EQ(options->send, u"Hello there"_s);
    EXPECT_TRUE(options->quitWhenDone);

    const auto sendOnly = parse({u"--send=Hi"_s});
    ASSERT_TRUE(sendOnly) << qPrintable(sendOnly.error().message);
    EXPECT_EQ(sendOnly->send, u"Hi"_s);
    EXPECT_FALSE(sendOnly->quitWhenDone);
}

TEST(AppOptions, RejectsQuitWhenDoneWithoutSend)
{
    const QString message = usageError({u"--quit-when-done"_s});
    EXPECT_TRUE(message.contains(u"--send"_s)) << qPrintable(message);
}

TEST(AppOptions, StatsAndScreenshotAreKept)
{
    const auto options = parse({u"--stats"_s, u"--screenshot"_s, u"/tmp/shot.png"_s});
    ASSERT_TRUE(options) << qPrintable(options.error().message);
    EXPECT_TRUE(options->stats);
    EXPECT_EQ(options->screenshot, u"/tmp/shot.png"_s);
}

TEST(AppOptions, TheKioskHasAnOnScreenKeyboardUnlessToldNot)
{
    EXPECT_FALSE(parse({})->onScreenKeyboard);
    EXPECT_TRUE(parse({u"--kiosk"_s})->onScreenKeyboard);
    EXPECT_FALSE(parse({u"--kiosk"_s, u"--no-keyboard"_s})->onScreenKeyboard);
    EXPECT_FALSE(parse({u"--no-keyboard"_s})->onScreenKeyboard) << "no kiosk, no keyboard";
}

TEST(AppOptions, AKioskBuildStartsAsAKiosk)
{
    const auto options = parseInKioskBuild({});
    ASSERT_TRUE(options) << qPrintable(options.error().message);
    EXPECT_TRUE(options->kiosk);
    EXPECT_EQ(options->profile, Kind::Eink);
    EXPECT_TRUE(options->onScreenKeyboard);
}

TEST(AppOptions, AKioskBuildOpensAWindowWithNoKiosk)
{
    const auto options = parseInKioskBuild({u"--no-kiosk"_s});
    ASSERT_TRUE(options) << qPrintable(options.error().message);
    EXPECT_FALSE(options->kiosk);
    EXPECT_FALSE(options->profile.has_value()) << "no kiosk, no e-ink default: the saved profile is used";
    EXPECT_FALSE(options->onScreenKeyboard);
}

TEST(AppOptions, AKioskBuildKeepsProfileAndNoKeyboard)
{
    const auto options = parseInKioskBuild({u"--profile"_s, u"adaptive"_s, u"--no-keyboard"_s});
    ASSERT_TRUE(options) << qPrintable(options.error().message);
    EXPECT_TRUE(options->kiosk);
    EXPECT_EQ(options->profile, Kind::Adaptive);
    EXPECT_FALSE(options->onScreenKeyboard);
}

TEST(AppOptions, NoKioskIsAcceptedInAWindowedBuildToo)
{
    const auto options = parse({u"--no-kiosk"_s});
    ASSERT_TRUE(options) << qPrintable(options.error().message);
    EXPECT_FALSE(options->kiosk);
}

TEST(AppOptions, RejectsKioskAndNoKioskTogether)
{
    for (const auto &parseIn : {parse, parseInKioskBuild}) {
        const auto options = parseIn({u"--kiosk"_s, u"--no-kiosk"_s});
        ASSERT_FALSE(options);
        EXPECT_EQ(options.error().kind, Error::Kind::Usage);
        EXPECT_TRUE(options.error().message.contains(u"--no-kiosk"_s)) << qPrintable(options.error().message);
    }
}

TEST(AppOptions, ArgumentsAloneAreParsedInThisBuildsLaunchMode)
{
    const auto options = parseAppOptions({u"inkchat"_s});
    ASSERT_TRUE(options) << qPrintable(options.error().message);
    EXPECT_EQ(options->kiosk, buildLaunchMode() == LaunchMode::Kiosk);
    EXPECT_EQ(appHelpText(), appHelpText(buildLaunchMode()));
}

TEST(AppOptions, NoStoreKeepsConversationsInMemory)
{
    EXPECT_FALSE(parse({})->noStore);
    const auto options = parse({u"--no-store"_s});
    ASSERT_TRUE(options) << qPrintable(options.error().message);
    EXPECT_TRUE(options->noStore);
}

TEST(AppOptions, DemoRateTakesTokensPerSecond)
{
    for (const auto &[text, rate] :
         {std::pair{u"400"_s, 400.0}, std::pair{u"2.5"_s, 2.5}, std::pair{u"0"_s, 0.0}}) {
        SCOPED_TRACE(qPrintable(text));
        const auto options = parse({u"--demo"_s, u"--demo-rate"_s, text});
        ASSERT_TRUE(options) << qPrintable(options.error().message);
        EXPECT_EQ(options->demoRate, rate);
    }
}

TEST(AppOptions, RejectsADemoRateThatIsNegativeOrNoNumber)
{
    for (const QString &text : {u"-1"_s, u"fast"_s, u""_s, u"12tps"_s, u"nan"_s, u"inf"_s}) {
        SCOPED_TRACE(qPrintable(text));
        const QString message = usageError({u"--demo-rate="_s + text});
        EXPECT_TRUE(message.contains(u"--demo-rate"_s)) << qPrintable(message);
    }
}

TEST(AppOptions, RejectsPositionalArguments)
{
    const QString message = usageError({u"--demo"_s, u"hello"_s});
    EXPECT_TRUE(message.contains(u"'hello'"_s)) << qPrintable(message);
}

TEST(AppOptions, RejectsUnknownOptions)
{
    const QString message = usageError({u"--fullscreen"_s});
    EXPECT_TRUE(message.contains(u"fullscreen"_s)) << qPrintable(message);
}

TEST(AppOptions, HelpAndVersionAreAskedFor)
{
    const auto help = parse({u"--help"_s});
    ASSERT_TRUE(help);
    EXPECT_TRUE(help->showHelp);
    const auto shortHelp = parse({u"-h"_s});
    ASSERT_TRUE(shortHelp);
    EXPECT_TRUE(shortHelp->showHelp);
    const auto version = parse({u"--version"_s});
    ASSERT_TRUE(version);
    EXPECT_TRUE(version->showVersion);
    EXPECT_FALSE(version->showHelp);
}

TEST(AppOptions, HelpTextListsEveryOption)
{
    const QString help = appHelpText(LaunchMode::Windowed);
    EXPECT_TRUE(help.startsWith(u"Usage: inkchat [options]"_s)) << qPrintable(help);
    for (const QString &option :
         {u"--help"_s, u"--version"_s, u"--demo"_s, u"--demo-rate <N>"_s, u"--kiosk"_s, u"--no-kiosk"_s,
          u"--profile <PROFILE>"_s, u"--send <TEXT>"_s, u"--quit-when-done"_s, u"--stats"_s,
          u"--screenshot <FILE>"_s, u"--no-store"_s, u"--no-keyboard"_s})
        EXPECT_TRUE(help.contains(option)) << qPrintable(option) << " is missing from:\n" << qPrintable(help);
    EXPECT_TRUE(help.contains(u"desktop, eink or adaptive"_s)) << "names the profiles";
    EXPECT_TRUE(help.contains(u"keychain"_s)) << "says where keys are kept";
}

TEST(AppOptions, HelpTextOfAKioskBuildSaysHowToOpenAWindow)
{
    const QString kioskHelp = appHelpText(LaunchMode::Kiosk);
    EXPECT_TRUE(kioskHelp.contains(u"This is a kiosk build"_s)) << qPrintable(kioskHelp);
    EXPECT_TRUE(kioskHelp.contains(u"--no-kiosk opens a normal window"_s)) << qPrintable(kioskHelp);
    EXPECT_FALSE(appHelpText(LaunchMode::Windowed).contains(u"This is a kiosk build"_s));
}

} // namespace
