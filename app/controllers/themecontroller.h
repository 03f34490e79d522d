#pragma once

#include "chat/displayprofile.h"
#include "intsetting.h"

#include <QColor>
#include <QFont>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;
class QSettings;

namespace inkchat::app {

/// The display settings (profile, font size, e-ink options) and what the
/// QML derives from them: colours, margins, whether anything may animate.
///
/// The e-ink profile is pure black on white: no grey, no anti-aliased text
/// (grey edges smear on a 16-level panel and ghost), no animation, no
/// blinking cursor, a larger font and generous margins. Those parts that
/// live outside QML (the application font, palette and cursor blink) are
/// applied here, because they are app-wide.
///
/// QML sees it as the singleton `Theme` of the engine that shows the app:
/// the composition root hands its instance to the engine (provide()) before
/// it loads any QML, and every component reads `Theme.foreground`, ...
class ThemeController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Theme)
    QML_SINGLETON

    Q_PROPERTY(QString profile READ profileName WRITE setProfileName NOTIFY changed)
    Q_PROPERTY(bool isEink READ isEink NOTIFY changed)
    Q_PROPERTY(bool animationsEnabled READ animationsEnabled NOTIFY changed)
    /// "system" (follow the desktop), "light" or "dark": the user's choice,
    /// saved. Dark applies to the desktop and adaptive profiles only: e-ink
    /// stays black on white.
    Q_PROPERTY(QString colorScheme READ colorSchemeName WRITE setColorSchemeName NOTIFY changed)
    /// Whether the colours below are the dark ones.
    Q_PROPERTY(bool isDark READ isDark NOTIFY changed)
    Q_PROPERTY(int fontPixelSize READ fontPixelSize WRITE setFontPixelSize NOTIFY changed)
    /// The application's text font at fontPixelSize, with the profile's
    /// emoji fonts, for text whose format would pick another. (A font's
    /// family list is not reachable from Qt 6.4's QML.)
    Q_PROPERTY(QFont textFont READ textFont NOTIFY changed)
    /// The system's fixed-pitch font at fontPixelSize, with the same emoji
    /// fonts and rendering as textFont, for code.
    Q_PROPERTY(QFont codeFont READ codeFont NOTIFY changed)
    /// The system's fixed-pitch font, for code: "monospace" is a fontconfig
    /// alias that Windows and macOS do not know.
    Q_PROPERTY(QString monospaceFamily READ monospaceFamily CONSTANT)
    Q_PROPERTY(int einkIntervalMs READ einkIntervalMs WRITE setEinkIntervalMs NOTIFY changed)
    Q_PROPERTY(int fullRefreshEvery READ fullRefreshEvery WRITE setFullRefreshEvery NOTIFY changed)
    /// The ranges and defaults of the three above, for the controls that
    /// edit them (displaysettings.h). The text size's default is the
    /// current profile's.
    Q_PROPERTY(inkchat::app::IntSetting fontPixelSizeSetting READ fontPixelSizeSetting NOTIFY changed)
    Q_PROPERTY(inkchat::app::IntSetting einkIntervalSetting READ einkIntervalSetting CONSTANT)
    Q_PROPERTY(inkchat::app::IntSetting fullRefreshSetting READ fullRefreshSetting CONSTANT)
    Q_PROPERTY(int margin READ margin NOTIFY changed)
    Q_PROPERTY(QColor background READ background NOTIFY changed)
    Q_PROPERTY(QColor foreground READ foreground NOTIFY changed)
    /// Secondary text (timestamps, hints): grey on desktop, black on e-ink.
    Q_PROPERTY(QColor muted READ muted NOTIFY changed)
    /// Surfaces set apart from the page: the user's messages, code blocks.
    Q_PROPERTY(QColor surface READ surface NOTIFY changed)
    Q_PROPERTY(QColor accent READ accent NOTIFY changed)
    Q_PROPERTY(QColor border READ border NOTIFY changed)
    Q_PROPERTY(int borderWidth READ borderWidth NOTIFY changed)
    /// The ring around what has keyboard focus: the accent colour (black on
    /// e-ink), thick enough to find at a glance.
    Q_PROPERTY(QColor focusColor READ accent NOTIFY changed)
    Q_PROPERTY(int focusWidth READ focusWidth NOTIFY changed)
    /// The least height of what a finger taps: 9 mm of this screen on
    /// e-ink and touch screens (a kiosk), 0 where a mouse points.
    Q_PROPERTY(int touchTarget READ touchTarget NOTIFY changed)

public:
    enum class ColorScheme { System, Light, Dark };

    /// Reads the saved settings; `forcedProfile` (from --profile or --kiosk)
    /// wins over them for this run without being saved.
    explicit ThemeController(QSettings &settings, std::optional<chat::DisplayProfile::Kind> forcedProfile,
                             QObject *parent = nullptr);

    /// Makes `theme` the `Theme` singleton of `engine`; call it before the
    /// engine creates anything that reads `Theme`. The engine never owns it.
    static void provide(QQmlEngine &engine, ThemeController &theme);
    /// The QML engine's factory: the instance provide() gave `engine`.
    static ThemeController *create(QQmlEngine *engine, QJSEngine *jsEngine);

    /// The profile the repaint throttler uses for the next reply.
    chat::DisplayProfile displayProfile() const;

    QString profileName() const;
    void setProfileName(const QString &name);
    bool isEink() const { return m_kind == chat::DisplayProfile::Kind::Eink; }
    bool animationsEnabled() const { return !isEink(); }
    QString colorSchemeName() const;
    void setColorSchemeName(const QString &name);
    bool isDark() const;
    /// What the desktop asks for (platform::SystemColorScheme), used while
    /// the scheme is "system".
    void setSystemPrefersDark(bool dark);

    int fontPixelSize() const;
    QFont textFont() const;
    QFont codeFont() const;
    QString monospaceFamily() const;
    void setFontPixelSize(int size);
    /// Ctrl+= and Ctrl+-: about a tenth larger or smaller, at least 1 px.
    Q_INVOKABLE void enlargeText();
    Q_INVOKABLE void shrinkText();
    /// Ctrl+0: back to the profile's size, which then follows the profile again.
    Q_INVOKABLE void resetTextSize();
    int einkIntervalMs() const { return m_einkIntervalMs; }
    void setEinkIntervalMs(int ms);
    Q_INVOKABLE void resetEinkInterval();
    int fullRefreshEvery() const { return m_fullRefreshEvery; }
    void setFullRefreshEvery(int frames);
    Q_INVOKABLE void resetFullRefreshEvery();
    IntSetting fontPixelSizeSetting() const;
    static IntSetting einkIntervalSetting();
    static IntSetting fullRefreshSetting();
    int margin() const { return isEink() ? 28 : 12; }
    QColor background() const;
    QColor foreground() const;
    QColor muted() const;
    QColor surface() const;
    QColor accent() const;
    QColor border() const;
    int borderWidth() const { return isEink() ? 2 : 1; }
    int focusWidth() const { return 3; }
    int touchTarget() const;
    /// A kiosk is run by fingers, whatever its profile.
    void setTouchScreen(bool touch);

Q_SIGNALS:
    void changed();

private:
    void applyAppWide();
    /// Saves `value` (clamped) as `setting` and into `member`.
    void store(const IntSetting &setting, int &member, int value);
    void reset(const IntSetting &setting, int &member);

    QSettings &m_settings;
    chat::DisplayProfile::Kind m_kind = chat::DisplayProfile::Kind::Desktop;
    ColorScheme m_colorScheme = ColorScheme::System;
    bool m_systemPrefersDark = false;
    int m_fontPixelSize = 0; ///< 0: the profile's default
    int m_einkIntervalMs = 0;
    int m_fullRefreshEvery = 0;
    bool m_touchScreen = false;
};

} // namespace inkchat::app
