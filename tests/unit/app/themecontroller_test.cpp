// The display settings and what follows from them, in QML and app-wide.

#include "apptesting.h"

#include "controllers/displaysettings.h"
#include "controllers/themecontroller.h"

#include <QColor>
#include <QFont>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QGuiApplication>
#include <QMetaProperty>
#include <QPalette>
#include <QRawFont>
#include <QScreen>
#include <QSignalSpy>
#include <QStyleHints>
#include <QTextLayout>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using inkchat::app::ThemeController;
using inkchat::chat::DisplayProfile;
using inkchat::test::app::TempSettings;
using Kind = inkchat::chat::DisplayProfile::Kind;

namespace {

struct ThemeControllerTest : ::testing::Test
{
    /// The app-wide font, palette and cursor blink outlive a theme; the next
    /// test starts from the desktop ones.
    void TearDown() override
    {
        TempSettings scratch;
        ThemeController desktop(scratch.settings, Kind::Desktop);
    }

    QVariant saved(const QString &key)
    {
        temp.settings.sync();
        return temp.settings.value(key);
    }

    TempSettings temp;
};

/// Every QColor property of the theme, by name, so a colour added later is
/// checked too.
QList<std::pair<QString, QColor>> colours(const ThemeController &theme)
{
    QList<std::pair<QString, QColor>> result;
    const QMetaObject *meta = theme.metaObject();
    for (int i = meta->propertyOffset(); i < meta->propertyCount(); ++i) {
        const QMetaProperty property = meta->property(i);
        if (property.metaType() == QMetaType::fromType<QColor>())
            result.append({QString::fromLatin1(property.name()), property.read(&theme).value<QColor>()});
    }
    return result;
}

bool isBlackOrWhite(const QColor &colour)
{
    return colour.alpha() == 255 && (colour.rgb() == qRgb(0, 0, 0) || colour.rgb() == qRgb(255, 255, 255));
}

TEST_F(ThemeControllerTest, StartsWithTheDesktopProfileWhenNothingIsSaved)
{
    ThemeController theme(temp.settings, std::nullopt);
    EXPECT_EQ(theme.profileName(), u"desktop"_s);
    EXPECT_FALSE(theme.isEink());
    EXPECT_TRUE(theme.animationsEnabled());
    EXPECT_EQ(theme.displayProfile(), DisplayProfile::desktop());
    EXPECT_EQ(theme.fullRefreshEvery(), 6);
    EXPECT_EQ(theme.einkIntervalMs(), 500);
}

TEST_F(ThemeControllerTest, ReadsTheSavedProfile)
{
    temp.settings.setValue(u"display/profile"_s, u"eink"_s);
    ThemeController eink(temp.settings, std::nullopt);
    EXPECT_TRUE(eink.isEink());

    temp.settings.setValue(u"display/profile"_s, u"adaptive"_s);
    ThemeController adaptive(temp.settings, std::nullopt);
    EXPECT_EQ(adaptive.profileName(), u"adaptive"_s);
    EXPECT_EQ(adaptive.displayProfile().kind, Kind::Adaptive);

    temp.settings.setValue(u"display/profile"_s, u"sepia"_s);
    ThemeController unknown(temp.settings, std::nullopt);
    EXPECT_EQ(unknown.profileName(), u"desktop"_s);
}

TEST_F(ThemeControllerTest, AForcedProfileWinsWithoutBeingSaved)
{
    temp.settings.setValue(u"display/profile"_s, u"desktop"_s);
    ThemeController theme(temp.settings, Kind::Eink);
    EXPECT_TRUE(theme.isEink());
    EXPECT_EQ(saved(u"display/profile"_s).toString(), u"desktop"_s);

    theme.setProfileName(u"eink"_s); // what it already is: no change by the user
    EXPECT_EQ(saved(u"display/profile"_s).toString(), u"desktop"_s);

    QSignalSpy changed(&theme, &ThemeController::changed);
    theme.setProfileName(u"adaptive"_s);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(saved(u"display/profile"_s).toString(), u"adaptive"_s) << "the user's own choice is saved";

    theme.setProfileName(u"nonsense"_s);
    EXPECT_EQ(theme.profileName(), u"adaptive"_s);
    EXPECT_EQ(changed.count(), 1);
}

TEST_F(ThemeControllerTest, EinkIsPureBlackAndWhiteWithoutAnimationAndWithRoom)
{
    ThemeController desktop(temp.settings, Kind::Desktop);
    const int desktopFont = desktop.fontPixelSize();
    const int desktopMargin = desktop.margin();
    const auto desktopColours = colours(desktop);
    ASSERT_GE(desktopColours.size(), 6);
    EXPECT_FALSE(std::all_of(desktopColours.cbegin(), desktopColours.cend(),
                             [](const auto &c) { return isBlackOrWhite(c.second); }));

    ThemeController eink(temp.settings, Kind::Eink);
    for (const auto &[name, colour] : colours(eink))
        EXPECT_TRUE(isBlackOrWhite(colour))
            << qPrintable(name) << " is " << qPrintable(colour.name(QColor::HexArgb));
    EXPECT_NE(eink.foreground(), eink.background());
    EXPECT_FALSE(eink.animationsEnabled());
    EXPECT_GT(eink.fontPixelSize(), desktopFont);
    EXPECT_GT(eink.margin(), desktopMargin);
    EXPECT_GE(eink.borderWidth(), desktop.borderWidth());
}

TEST_F(ThemeControllerTest, FingersGetTargetsOfNineMillimetresAndMiceNone)
{
    ThemeController desktop(temp.settings, Kind::Desktop);
    EXPECT_EQ(desktop.touchTarget(), 0) << "a mouse points precisely";

    const QScreen *screen = QGuiApplication::primaryScreen();
    ASSERT_NE(screen, nullptr);
    const int nineMillimetres = int(std::lround(9 * screen->physicalDotsPerInch() / 25.4));
    ThemeController eink(temp.settings, Kind::Eink);
    EXPECT_EQ(eink.touchTarget(), std::max(48, nineMillimetres));

    QSignalSpy changed(&desktop, &ThemeController::changed);
    desktop.setTouchScreen(true); // a kiosk
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(desktop.touchTarget(), std::max(48, nineMillimetres));
}

TEST_F(ThemeControllerTest, FontSizeIsClampedAndSaved)
{
    ThemeController theme(temp.settings, Kind::Desktop);
    QSignalSpy changed(&theme, &ThemeController::changed);
    theme.setFontPixelSize(3);
    EXPECT_EQ(theme.fontPixelSize(), 10);
    EXPECT_EQ(theme.fontPixelSizeSetting().minimum, 10);
    theme.setFontPixelSize(500);
    EXPECT_EQ(theme.fontPixelSize(), 48);
    EXPECT_EQ(theme.fontPixelSizeSetting().maximum, 48);
    theme.setFontPixelSize(18);
    EXPECT_EQ(changed.count(), 3);
    theme.setFontPixelSize(18);
    EXPECT_EQ(changed.count(), 3) << "no change, no signal";

    EXPECT_EQ(saved(u"display/fontPixelSize"_s).toInt(), 18);
    ThemeController next(temp.settings, Kind::Eink);
    EXPECT_EQ(next.fontPixelSize(), 18) << "the user's size wins over the profile's default";
}

TEST_F(ThemeControllerTest, EinkIntervalIsClampedSavedAndUsedByTheDisplayProfile)
{
    ThemeController theme(temp.settings, Kind::Eink);
    EXPECT_EQ(theme.displayProfile(), DisplayProfile::eink(500ms));
    EXPECT_TRUE(theme.displayProfile().wholeWords);

    theme.setEinkIntervalMs(10);
    EXPECT_EQ(theme.einkIntervalMs(), 100);
    theme.setEinkIntervalMs(60'000);
    EXPECT_EQ(theme.einkIntervalMs(), 2000);
    theme.setEinkIntervalMs(750);
    EXPECT_EQ(theme.einkIntervalMs(), 750);
    EXPECT_EQ(theme.displayProfile().interval, 750ms);
    EXPECT_EQ(theme.displayProfile().kind, Kind::Eink);

    EXPECT_EQ(saved(u"display/einkIntervalMs"_s).toInt(), 750);
    ThemeController next(temp.settings, Kind::Eink);
    EXPECT_EQ(next.displayProfile(), DisplayProfile::eink(750ms));
}

TEST_F(ThemeControllerTest, FullRefreshEveryIsClampedAndSaved)
{
    ThemeController theme(temp.settings, Kind::Eink);
    theme.setFullRefreshEvery(0);
    EXPECT_EQ(theme.fullRefreshEvery(), 1);
    theme.setFullRefreshEvery(1000);
    EXPECT_EQ(theme.fullRefreshEvery(), 100);
    theme.setFullRefreshEvery(4);
    EXPECT_EQ(theme.fullRefreshEvery(), 4);

    EXPECT_EQ(saved(u"display/fullRefreshEvery"_s).toInt(), 4);
    ThemeController next(temp.settings, Kind::Eink);
    EXPECT_EQ(next.fullRefreshEvery(), 4);
}

TEST_F(ThemeControllerTest, EinkTurnsOffAntialiasingLinkColourAndCursorBlinkAppWide)
{
    ThemeController theme(temp.settings, Kind::Desktop);
    EXPECT_FALSE(QGuiApplication::font().styleStrategy() & QFont::NoAntialias);
    EXPECT_NE(QGuiApplication::palette().color(QPalette::Link), QColor(Qt::black));
    const int desktopFlashTime = QGuiApplication::styleHints()->cursorFlashTime();
    EXPECT_GT(desktopFlashTime, 0);

    theme.setProfileName(u"eink"_s);
    EXPECT_TRUE(QGuiApplication::font().styleStrategy() & QFont::NoAntialias);
    EXPECT_EQ(QGuiApplication::palette().color(QPalette::Link), QColor(Qt::black));
    EXPECT_EQ(QGuiApplication::palette().color(QPalette::LinkVisited), QColor(Qt::black));
    EXPECT_EQ(QGuiApplication::styleHints()->cursorFlashTime(), 0);

    theme.setProfileName(u"desktop"_s);
    EXPECT_FALSE(QGuiApplication::font().styleStrategy() & QFont::NoAntialias);
    EXPECT_NE(QGuiApplication::palette().color(QPalette::Link), QColor(Qt::black));
    EXPECT_EQ(QGuiApplication::styleHints()->cursorFlashTime(), desktopFlashTime);
}

/// The families of the fonts that draw `text` in the app font, sorted.
QStringList familiesDrawing(const QString &text)
{
    QTextLayout layout(text, QGuiApplication::font());
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QStringList families;
    for (const QGlyphRun &run : layout.glyphRuns())
        families.append(run.rawFont().familyName());
    families.sort();
    families.removeDuplicates();
    return families;
}

// Colour emoji are PNG images decoded again on every layout, and grey
// smudges on a panel: e-ink draws them from an outline font, as letters.
// The desktop shows them in colour even where an outline font is installed
// (this machine's system fallback picks Symbola).
TEST_F(ThemeControllerTest, EmojiAreInColourOnTheDesktopAndOutlinesOnEink)
{
    for (const QString &family : {u"Symbola"_s, u"Noto Color Emoji"_s})
        ASSERT_TRUE(QFontDatabase::hasFamily(family))
            << qPrintable(family) << ": scripts/install-deps.sh --tests";
    const QString rocket = u"\U0001F680"_s; // the text font has none
    ThemeController theme(temp.settings, Kind::Desktop);
    const QStringList letters = familiesDrawing(u"a"_s);
    ASSERT_EQ(letters.size(), 1);
    EXPECT_EQ(familiesDrawing(rocket), QStringList{u"Noto Color Emoji"_s});

    theme.setProfileName(u"eink"_s);
    EXPECT_EQ(familiesDrawing(rocket), QStringList{u"Symbola"_s});
    EXPECT_EQ(familiesDrawing(u"a"_s), letters);
    // What the transcript's text and code blocks are given in QML.
    EXPECT_EQ(theme.textFont().families(), QGuiApplication::font().families());
    EXPECT_EQ(theme.codeFont().families().value(0), theme.monospaceFamily());
    EXPECT_EQ(theme.codeFont().families().value(1), u"Symbola"_s);
    EXPECT_TRUE(theme.codeFont().styleStrategy() & QFont::NoAntialias);
    EXPECT_EQ(theme.textFont().pixelSize(), theme.fontPixelSize());

    theme.setProfileName(u"desktop"_s);
    EXPECT_EQ(familiesDrawing(rocket), QStringList{u"Noto Color Emoji"_s});
    EXPECT_EQ(familiesDrawing(u"a"_s), letters);
}

TEST_F(ThemeControllerTest, AnEinkThemeAppliesItsAppWideEffectsFromTheStart)
{
    ThemeController theme(temp.settings, Kind::Eink);
    EXPECT_TRUE(QGuiApplication::font().styleStrategy() & QFont::NoAntialias);
    EXPECT_EQ(QGuiApplication::palette().color(QPalette::Link), QColor(Qt::black));
    EXPECT_EQ(QGuiApplication::styleHints()->cursorFlashTime(), 0);
}

/// WCAG's contrast ratio of two opaque colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto linear = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

TEST_F(ThemeControllerTest, FollowsTheSystemsDarkPreferenceUnlessTheUserChose)
{
    ThemeController theme(temp.settings, Kind::Desktop);
    EXPECT_EQ(theme.colorSchemeName(), u"system"_s);
    const QColor lightBackground = theme.background();
    QSignalSpy changed(&theme, &ThemeController::changed);

    theme.setSystemPrefersDark(true);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(theme.isDark());
    EXPECT_LT(theme.background().lightness(), 64);
    EXPECT_GT(theme.foreground().lightness(), 192);
    EXPECT_GE(contrast(theme.foreground(), theme.background()), 12.0);
    EXPECT_GE(contrast(theme.muted(), theme.background()), 4.5) << "secondary text stays readable";
    EXPECT_GE(contrast(theme.accent(), theme.background()), 4.5) << "links too";
    EXPECT_EQ(QGuiApplication::palette().color(QPalette::Link), theme.accent()) << "Markdown links follow";
    EXPECT_EQ(QGuiApplication::palette().color(QPalette::Base), theme.background()) << "and the spin boxes";
    EXPECT_EQ(QGuiApplication::palette().color(QPalette::Text), theme.foreground());

    theme.setColorSchemeName(u"light"_s);
    EXPECT_FALSE(theme.isDark()) << "the user's choice wins over the system's";
    EXPECT_EQ(theme.background(), lightBackground);
    EXPECT_EQ(saved(u"display/colorScheme"_s).toString(), u"light"_s);
    EXPECT_NE(QGuiApplication::palette().color(QPalette::Base), theme.background()) << "the desktop's again";

    theme.setSystemPrefersDark(false);
    theme.setColorSchemeName(u"dark"_s);
    EXPECT_TRUE(theme.isDark());
    ThemeController next(temp.settings, Kind::Desktop);
    EXPECT_TRUE(next.isDark()) << "the choice is saved";

    theme.setColorSchemeName(u"sepia"_s);
    EXPECT_EQ(theme.colorSchemeName(), u"system"_s) << "an unknown name means the system's";
}

TEST_F(ThemeControllerTest, EinkStaysBlackOnWhiteInTheDark)
{
    temp.settings.setValue(u"display/colorScheme"_s, u"dark"_s);
    ThemeController eink(temp.settings, Kind::Eink);
    eink.setSystemPrefersDark(true);
    EXPECT_FALSE(eink.isDark());
    EXPECT_EQ(eink.background(), QColor(Qt::white));
    EXPECT_EQ(eink.foreground(), QColor(Qt::black));

    eink.setProfileName(u"desktop"_s);
    EXPECT_TRUE(eink.isDark()) << "the same choice applies once the profile is the desktop's";
}

TEST_F(ThemeControllerTest, TextSizeStepsByAboutATenthAndResetsToTheProfiles)
{
    ThemeController theme(temp.settings, Kind::Desktop);
    const int standard = theme.fontPixelSize();
    ASSERT_EQ(standard, 15);
    theme.enlargeText();
    EXPECT_EQ(theme.fontPixelSize(), 17);
    theme.enlargeText();
    EXPECT_EQ(theme.fontPixelSize(), 19);
    EXPECT_EQ(saved(u"display/fontPixelSize"_s).toInt(), 19);
    theme.shrinkText();
    theme.shrinkText();
    theme.shrinkText();
    EXPECT_EQ(theme.fontPixelSize(), 13);
    for (int i = 0; i < 20; ++i)
        theme.shrinkText();
    EXPECT_EQ(theme.fontPixelSize(), theme.fontPixelSizeSetting().minimum);
    for (int i = 0; i < 40; ++i)
        theme.enlargeText();
    EXPECT_EQ(theme.fontPixelSize(), theme.fontPixelSizeSetting().maximum);

    QSignalSpy changed(&theme, &ThemeController::changed);
    theme.resetTextSize();
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(theme.fontPixelSize(), standard);
    EXPECT_FALSE(saved(u"display/fontPixelSize"_s).isValid());
    theme.setProfileName(u"eink"_s);
    EXPECT_EQ(theme.fontPixelSize(), 22) << "after a reset the size follows the profile again";
}

/// A settings file written by hand, or by a version with other ranges.
TEST_F(ThemeControllerTest, SavedValuesOutOfRangeAreBroughtIntoRange)
{
    temp.settings.setValue(u"display/fontPixelSize"_s, 400);
    temp.settings.setValue(u"display/einkIntervalMs"_s, 5);
    temp.settings.setValue(u"display/fullRefreshEvery"_s, -3);
    ThemeController theme(temp.settings, Kind::Eink);
    EXPECT_EQ(theme.fontPixelSize(), 48);
    EXPECT_EQ(theme.einkIntervalMs(), 100) << "the spin box could not show 5";
    EXPECT_EQ(theme.fullRefreshEvery(), 1);

    temp.settings.setValue(u"display/einkIntervalMs"_s, u"soon"_s);
    temp.settings.setValue(u"display/fullRefreshEvery"_s, u""_s);
    ThemeController garbled(temp.settings, Kind::Eink);
    EXPECT_EQ(garbled.einkIntervalMs(), 500) << "not a number: the default";
    EXPECT_EQ(garbled.fullRefreshEvery(), 6);
}

/// The ranges QML's spin boxes offer are the ones the rest of the app
/// applies: the throttler's e-ink interval, the display's flash default.
TEST_F(ThemeControllerTest, SettingRangesAreTheOnesTheirUsersApply)
{
    namespace settings = inkchat::app::displaysettings;
    const auto interval = ThemeController::einkIntervalSetting();
    EXPECT_EQ(interval.minimum, DisplayProfile::kEinkMin.count());
    EXPECT_EQ(interval.maximum, DisplayProfile::kEinkMax.count());
    EXPECT_EQ(interval.defaultValue, DisplayProfile::kEinkDefault.count());
    EXPECT_EQ(DisplayProfile::eink(std::chrono::milliseconds(interval.maximum + 1)).interval.count(),
              interval.maximum);
    EXPECT_EQ(ThemeController::fullRefreshSetting().defaultValue,
              inkchat::platform::Display::kDefaultFullRefreshEvery);
    EXPECT_EQ(ThemeController::fullRefreshSetting(), settings::kFullRefreshEvery);

    ThemeController desktop(temp.settings, Kind::Desktop);
    ThemeController eink(temp.settings, Kind::Eink);
    EXPECT_EQ(desktop.fontPixelSizeSetting().defaultValue, desktop.fontPixelSize());
    EXPECT_EQ(eink.fontPixelSizeSetting().defaultValue, eink.fontPixelSize());
    EXPECT_GT(eink.fontPixelSize(), desktop.fontPixelSize());
}

TEST_F(ThemeControllerTest, ResettingASettingForgetsItAndGoesBackToTheDefault)
{
    ThemeController theme(temp.settings, Kind::Eink);
    theme.setEinkIntervalMs(1200);
    theme.setFullRefreshEvery(40);
    QSignalSpy changed(&theme, &ThemeController::changed);

    theme.resetEinkInterval();
    EXPECT_EQ(theme.einkIntervalMs(), 500);
    EXPECT_EQ(theme.displayProfile().interval, 500ms);
    EXPECT_FALSE(saved(u"display/einkIntervalMs"_s).isValid());
    theme.resetFullRefreshEvery();
    EXPECT_EQ(theme.fullRefreshEvery(), 6);
    EXPECT_FALSE(saved(u"display/fullRefreshEvery"_s).isValid());
    EXPECT_EQ(changed.count(), 2);

    theme.resetFullRefreshEvery();
    EXPECT_EQ(changed.count(), 2) << "already the default: no signal";
}

} // namespace
