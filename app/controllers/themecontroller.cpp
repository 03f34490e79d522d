#include "themecontroller.h"

#include "displaysettings.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>
#include <QPalette>
#include <QQmlEngine>
#include <QScreen>
#include <QSettings>
#include <QStyleHints>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;
using inkchat::chat::DisplayProfile;

namespace inkchat::app {

namespace {

const auto kProfileKey = u"display/profile"_s;
const auto kColorSchemeKey = u"display/colorScheme"_s;
constexpr std::array<QStringView, 3> kColorSchemeNames{u"system", u"light", u"dark"};

ThemeController::ColorScheme colorSchemeFromName(QStringView name)
{
    const auto found = std::find(kColorSchemeNames.begin(), kColorSchemeNames.end(), name);
    return found == kColorSchemeNames.end() ? ThemeController::ColorScheme::System
                                            : ThemeController::ColorScheme(found - kColorSchemeNames.begin());
}

/// One step of Ctrl+= or Ctrl+-.
int textSizeStep(int size)
{
    return std::max(1, int(std::lround(size / 10.0)));
}

/// The engine's dynamic property that holds its theme: it dies with the engine.
constexpr char kEngineThemeProperty[] = "inkchatTheme";

/// Outline emoji fonts (Debian: fonts-symbola), for e-ink. Colour emoji
/// come from bitmap fonts whose PNG glyphs Qt decodes and scales again on
/// every layout of the line, which a streaming reply lays out on each update
/// (about 3x the cost of an update without them), and a panel shows them as
/// grey smudges. Outline glyphs are cached like letters and drawn in black.
const QStringList kOutlineEmojiFamilies{u"Symbola"_s, u"Noto Emoji"_s, u"OpenMoji Black"_s};

/// Colour emoji fonts, for the desktop: the system's fallback may otherwise
/// pick an outline font that happens to be installed.
const QStringList kColourEmojiFamilies{u"Noto Color Emoji"_s, u"Apple Color Emoji"_s, u"Segoe UI Emoji"_s,
                                       u"Twemoji"_s};

/// The family the system draws `font` with, by its real name: a generic
/// name ("Sans Serif", "Monospace") is resolved only after every listed
/// family has been tried, so an emoji font listed after it would draw the
/// letters too.
QString realFamily(const QFont &font)
{
    return QFontInfo(font).family();
}

/// The app's text family before any profile touched the app font.
QString textFamily()
{
    static const QString family = realFamily(QGuiApplication::font());
    return family;
}

/// The app font's families: the text font, then the emoji fonts of the
/// profile, tried before the system's fallback.
QStringList fontFamilies(const QString &textFamily, bool eink)
{
    return QStringList{textFamily} + (eink ? kOutlineEmojiFamilies : kColourEmojiFamilies);
}

} // namespace

ThemeController::ThemeController(QSettings &settings, std::optional<DisplayProfile::Kind> forcedProfile,
                                 QObject *parent)
    : QObject(parent),
      m_settings(settings)
{
    const auto saved = DisplayProfile::fromName(m_settings.value(kProfileKey).toString());
    m_kind = forcedProfile ? *forcedProfile : saved ? saved->kind : DisplayProfile::Kind::Desktop;
    m_colorScheme = colorSchemeFromName(m_settings.value(kColorSchemeKey).toString());
    // Unset, the text size follows the profile (0).
    m_fontPixelSize = m_settings.contains(displaysettings::kFontPixelSize.key.toString())
                          ? displaysettings::kFontPixelSize.load(m_settings)
                          : 0;
    m_einkIntervalMs = displaysettings::kEinkIntervalMs.load(m_settings);
    m_fullRefreshEvery = displaysettings::kFullRefreshEvery.load(m_settings);
    applyAppWide();
}

void ThemeController::provide(QQmlEngine &engine, ThemeController &theme)
{
    engine.setProperty(kEngineThemeProperty, QVariant::fromValue(&theme));
}

ThemeController *ThemeController::create(QQmlEngine *engine, QJSEngine *jsEngine)
{
    Q_UNUSED(jsEngine)
    auto *theme = engine->property(kEngineThemeProperty).value<ThemeController *>();
    if (!theme) {
        qWarning("Theme: no theme was provided to this QML engine (ThemeController::provide)");
        return nullptr;
    }
    QJSEngine::setObjectOwnership(theme, QJSEngine::CppOwnership);
    return theme;
}

DisplayProfile ThemeController::displayProfile() const
{
    switch (m_kind) {
    case DisplayProfile::Kind::Eink:
        return DisplayProfile::eink(std::chrono::milliseconds(m_einkIntervalMs));
    case DisplayProfile::Kind::Adaptive:
        return DisplayProfile::adaptive();
    case DisplayProfile::Kind::Desktop:
        break;
    }
    return DisplayProfile::desktop();
}

QString ThemeController::profileName() const
{
    DisplayProfile profile;
    profile.kind = m_kind;
    return profile.name();
}

void ThemeController::setProfileName(const QString &name)
{
    const auto profile = DisplayProfile::fromName(name);
    if (!profile || profile->kind == m_kind)
        return;
    m_kind = profile->kind;
    m_settings.setValue(kProfileKey, profileName());
    applyAppWide();
    Q_EMIT changed();
}

QString ThemeController::colorSchemeName() const
{
    return kColorSchemeNames[std::size_t(m_colorScheme)].toString();
}

void ThemeController::setColorSchemeName(const QString &name)
{
    const ColorScheme scheme = colorSchemeFromName(name);
    if (scheme == m_colorScheme)
        return;
    m_colorScheme = scheme;
    m_settings.setValue(kColorSchemeKey, colorSchemeName());
    applyAppWide();
    Q_EMIT changed();
}

bool ThemeController::isDark() const
{
    if (isEink())
        return false;
    switch (m_colorScheme) {
    case ColorScheme::Light:
        return false;
    case ColorScheme::Dark:
        return true;
    case ColorScheme::System:
        break;
    }
    return m_systemPrefersDark;
}

void ThemeController::setSystemPrefersDark(bool dark)
{
    if (dark == m_systemPrefersDark)
        return;
    const bool before = isDark();
    m_systemPrefersDark = dark;
    if (isDark() == before)
        return;
    applyAppWide();
    Q_EMIT changed();
}

int ThemeController::fontPixelSize() const
{
    if (m_fontPixelSize > 0)
        return m_fontPixelSize;
    return fontPixelSizeSetting().defaultValue;
}

QFont ThemeController::textFont() const
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(fontPixelSize());
    return font;
}

QFont ThemeController::codeFont() const
{
    QFont font = textFont();
    font.setFamilies(fontFamilies(monospaceFamily(), isEink()));
    return font;
}

QString ThemeController::monospaceFamily() const
{
    static const QString family = realFamily(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return family;
}

void ThemeController::setFontPixelSize(int size)
{
    // Compared with the size shown, which may be the profile's.
    if (fontPixelSizeSetting().clamped(size) == fontPixelSize())
        return;
    store(displaysettings::kFontPixelSize, m_fontPixelSize, size);
}

void ThemeController::enlargeText()
{
    setFontPixelSize(fontPixelSize() + textSizeStep(fontPixelSize()));
}

void ThemeController::shrinkText()
{
    setFontPixelSize(fontPixelSize() - textSizeStep(fontPixelSize()));
}

void ThemeController::resetTextSize()
{
    if (m_fontPixelSize == 0)
        return;
    m_fontPixelSize = 0;
    m_settings.remove(displaysettings::kFontPixelSize.key.toString());
    Q_EMIT changed();
}

void ThemeController::setEinkIntervalMs(int ms)
{
    store(displaysettings::kEinkIntervalMs, m_einkIntervalMs, ms);
}

void ThemeController::resetEinkInterval()
{
    reset(displaysettings::kEinkIntervalMs, m_einkIntervalMs);
}

void ThemeController::setFullRefreshEvery(int frames)
{
    store(displaysettings::kFullRefreshEvery, m_fullRefreshEvery, frames);
}

void ThemeController::resetFullRefreshEvery()
{
    reset(displaysettings::kFullRefreshEvery, m_fullRefreshEvery);
}

IntSetting ThemeController::fontPixelSizeSetting() const
{
    IntSetting setting = displaysettings::kFontPixelSize;
    if (isEink())
        setting.defaultValue = displaysettings::kEinkFontPixelSize;
    return setting;
}

IntSetting ThemeController::einkIntervalSetting()
{
    return displaysettings::kEinkIntervalMs;
}

IntSetting ThemeController::fullRefreshSetting()
{
    return displaysettings::kFullRefreshEvery;
}

void ThemeController::store(const IntSetting &setting, int &member, int value)
{
    value = setting.clamped(value);
    if (value == member)
        return;
    member = value;
    m_settings.setValue(setting.key.toString(), value);
    Q_EMIT changed();
}

void ThemeController::reset(const IntSetting &setting, int &member)
{
    m_settings.remove(setting.key.toString());
    if (member == setting.defaultValue)
        return;
    member = setting.defaultValue;
    Q_EMIT changed();
}

// Dark colours keep the light ones' contrast the other way round: text at
// about 14:1 on the page, secondary text above 4.5:1 (WCAG AA).

QColor ThemeController::background() const
{
    return isEink() ? QColor(Qt::white) : isDark() ? QColor(0x1c, 0x1c, 0x1e) : QColor(0xfa, 0xfa, 0xf7);
}

QColor ThemeController::foreground() const
{
    return isEink() ? QColor(Qt::black) : isDark() ? QColor(0xe8, 0xe8, 0xe4) : QColor(0x1d, 0x1d, 0x1f);
}

QColor ThemeController::muted() const
{
    return isEink() ? QColor(Qt::black) : isDark() ? QColor(0xa0, 0xa0, 0xa6) : QColor(0x6e, 0x6e, 0x73);
}

QColor ThemeController::surface() const
{
    return isEink() ? QColor(Qt::white) : isDark() ? QColor(0x2c, 0x2c, 0x2f) : QColor(0xee, 0xee, 0xea);
}

QColor ThemeController::accent() const
{
    return isEink() ? QColor(Qt::black) : isDark() ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x2f, 0x5f, 0xb3);
}

QColor ThemeController::border() const
{
    return isEink() ? QColor(Qt::black) : isDark() ? QColor(0x48, 0x48, 0x4c) : QColor(0xc8, 0xc8, 0xc4);
}

void ThemeController::applyAppWide()
{
    // Text inherits the application font; QML's font type cannot set a
    // style strategy. Markdown code spans pick their own font, which
    // MonochromeText fixes per document.
    QFont font = QGuiApplication::font();
    font.setStyleStrategy(isEink() ? QFont::NoAntialias : QFont::PreferDefault);
    font.setFamilies(fontFamilies(textFamily(), isEink()));
    QGuiApplication::setFont(font);

    // Links in rendered Markdown take the palette's link colour: blue is a
    // grey on e-ink. They stay underlined.
    QPalette palette = QGuiApplication::palette();
    const QColor link = accent();
    palette.setColor(QPalette::Link, link);
    palette.setColor(QPalette::LinkVisited, link);
    // Qt Quick Controls' own controls (the spin boxes) draw with these
    // roles: the theme's in the dark, the desktop's otherwise. Window stays
    // the desktop's: it is what SystemColorScheme reads.
    static const QPalette desktop = QGuiApplication::palette();
    const std::pair<QPalette::ColorRole, QColor> controlColours[] = {
        {QPalette::Base, background()},       {QPalette::Text, foreground()}, {QPalette::Button, surface()},
        {QPalette::ButtonText, foreground()}, {QPalette::Mid, border()},
    };
    for (const auto &[role, colour] : controlColours)
        palette.setColor(role, isDark() ? colour : desktop.color(role));
    QGuiApplication::setPalette(palette);

    // A blinking cursor repaints the panel twice a second forever.
    static const int desktopFlashTime = QGuiApplication::styleHints()->cursorFlashTime();
    QGuiApplication::styleHints()->setCursorFlashTime(isEink() ? 0 : desktopFlashTime);
}

int ThemeController::touchTarget() const
{
    if (!isEink() && !m_touchScreen)
        return 0;
    // 9 mm: the smallest target fingers hit reliably (ISO 9241-9, and
    // Android's and Apple's guides); never below the e-ink buttons' 48 px.
    constexpr double kMillimetres = 9.0;
    constexpr double kMillimetresPerInch = 25.4;
    const QScreen *screen = QGuiApplication::primaryScreen();
    const double dotsPerInch = screen ? screen->physicalDotsPerInch() : 96.0;
    return std::max(48, int(std::lround(kMillimetres * dotsPerInch / kMillimetresPerInch)));
}

void ThemeController::setTouchScreen(bool touch)
{
    if (m_touchScreen == touch)
        return;
    m_touchScreen = touch;
    Q_EMIT changed();
}

} // namespace inkchat::app
