#include "refreshpanels.h"

#ifdef INKCHAT_HAVE_MXCFB
#include "mxcfbrefreshpanel.h"
#endif

namespace inkchat::platform {

Q_LOGGING_CATEGORY(lcDisplay, "inkchat.platform.display", QtInfoMsg)

std::unique_ptr<RefreshPanel> createRefreshPanel(bool eink)
{
    if (!eink) {
        qCDebug(lcDisplay) << "Desktop display: no refresh control";
        return std::make_unique<NullRefreshPanel>();
    }
#ifdef INKCHAT_HAVE_MXCFB
    const QString device = MxcfbRefreshPanel::defaultDevicePath();
    auto panel = MxcfbRefreshPanel::open(device);
    if (panel) {
        qCInfo(lcDisplay).noquote() << "E-ink refresh through mxcfb on" << device;
        return std::move(panel).value();
    }
    // The app still works without refresh control, only with more ghosting;
    // a missing or foreign device must never stop it.
    qCWarning(lcDisplay).noquote() << panel.error().message << "- e-ink refreshes are left to the system";
#else
    qCInfo(lcDisplay) << "E-ink display, but no refresh control is built in"
                         " (INKCHAT_MXCFB=OFF); refreshes are left to the system";
#endif
    return std::make_unique<NullRefreshPanel>();
}

} // namespace inkchat::platform
