#pragma once

#include "intsetting.h"

#include "chat/displayprofile.h"
#include "display/display.h"

/// The display's numeric settings: key, default and range, once. ThemeController
/// reads and clamps them, the Settings page's spin boxes take their range
/// from them (Theme.fontPixelSizeSetting, ...).
namespace inkchat::app::displaysettings {

/// The text size chosen by hand; unset, the profile's own size applies:
/// this default on desktops, kEinkFontPixelSize on e-ink.
inline constexpr IntSetting kFontPixelSize{u"display/fontPixelSize", 15, 10, 48, 1};
/// E-ink text is larger: a 300 dpi panel read at arm's length.
inline constexpr int kEinkFontPixelSize = 22;

/// How often a streaming reply may repaint the e-ink panel (RepaintThrottler).
inline constexpr IntSetting kEinkIntervalMs{
    u"display/einkIntervalMs", int(chat::DisplayProfile::kEinkDefault.count()),
    int(chat::DisplayProfile::kEinkMin.count()), int(chat::DisplayProfile::kEinkMax.count()), 100};

/// Screens' worth of partial refreshes between two flashes (platform::Display).
inline constexpr IntSetting kFullRefreshEvery{u"display/fullRefreshEvery",
                                              platform::Display::kDefaultFullRefreshEvery, 1, 100, 1};

} // namespace inkchat::app::displaysettings
