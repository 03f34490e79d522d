#pragma once

#include "refreshpanel.h"

#include <QLoggingCategory>

#include <memory>

namespace inkchat::platform {

/// inkchat.platform.display: which panel is used, and device failures.
Q_DECLARE_LOGGING_CATEGORY(lcDisplay)

/// The panel for this device, never null. Desktop (`eink` false): the null
/// panel, without touching any device. E-ink: the mxcfb framebuffer panel if
/// it is built in (INKCHAT_MXCFB) and its device opens (INKCHAT_FB_DEVICE, or
/// /dev/fb0), else the null panel. Logs which one it chose, and why.
std::unique_ptr<RefreshPanel> createRefreshPanel(bool eink);

} // namespace inkchat::platform
