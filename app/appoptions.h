#pragma once

#include "chat/displayprofile.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace inkchat::app {

/// What `inkchat` was asked to do on its command line.
struct AppOptions
{
    /// Use the built-in loopback demo server instead of a configured
    /// provider (also the default when none is configured).
    bool demo = false;
    /// How fast the demo server writes, in tokens per second (0: at once).
    double demoRate = 30;
    /// Full screen, no window chrome, e-ink profile unless --profile says
    /// otherwise, an on-screen keyboard, and no accidental close. On unless
    /// --no-kiosk in a kiosk build (see LaunchMode).
    bool kiosk = false;
    /// The kiosk's on-screen keyboard (Qt Virtual Keyboard); --no-keyboard
    /// for a reader with a keyboard of its own.
    bool onScreenKeyboard = false;
    std::optional<chat::DisplayProfile::Kind> profile;
    /// Send this message as soon as the window is up.
    QString send;
    /// Quit when the reply to --send ends (exit code 0 when it completed).
    bool quitWhenDone = false;
    /// At exit, print one `stats: ...` line to stderr.
    bool stats = false;
    /// At exit, save what the window shows to this PNG file.
    QString screenshot;
    /// Keep conversations in memory only (--no-store).
    bool noStore = false;
    /// The conversation database; empty: the shared default file. Not a
    /// command-line option: tests give each app a file of its own.
    QString databasePath;
    /// The settings file (INI); empty: the user's settings. Not a
    /// command-line option either, for the same reason.
    QString settingsPath;

    bool showHelp = false;
    bool showVersion = false;
};

/// How `inkchat` starts when neither --kiosk nor --no-kiosk is given.
enum class LaunchMode {
    Windowed,
    /// Kiosk builds (INKCHAT_KIOSK=ON) are started by a launcher on a
    /// device with no desktop; --no-kiosk still opens a window for debugging.
    Kiosk,
};

/// The launch mode this build was configured with: Kiosk when built with
/// INKCHAT_KIOSK=ON.
LaunchMode buildLaunchMode();

/// Parses `arguments` (argv, program name first), starting from
/// `defaultMode`. Errors are Usage errors whose message says what was wrong.
Result<AppOptions> parseAppOptions(const QStringList &arguments, LaunchMode defaultMode);
/// Parses `arguments` in this build's launch mode.
Result<AppOptions> parseAppOptions(const QStringList &arguments);

/// The text `inkchat --help` prints; it says which mode is the default.
QString appHelpText(LaunchMode defaultMode);
/// The help text in this build's launch mode.
QString appHelpText();

} // namespace inkchat::app
