#pragma once

#include <QObject>

class QDBusMessage;

namespace inkchat::platform {

/// Whether the desktop asks applications for dark colours.
///
/// Qt 6.4 has no QStyleHints::colorScheme (6.5 added it). What 6.4 offers:
/// the XDG desktop portal's `org.freedesktop.appearance color-scheme`
/// setting (GNOME 42+, KDE Plasma 5.24+, and others through their portal
/// backends), read and watched over D-Bus without blocking, and the
/// platform palette, whose window colour is dark when the desktop's style
/// is (macOS, KDE, a dark GTK theme). The portal's answer wins when it has
/// a preference; otherwise the palette decides.
class SystemColorScheme : public QObject
{
    Q_OBJECT

public:
    /// The portal's values (org.freedesktop.portal.Settings).
    enum class PortalPreference { NoPreference = 0, Dark = 1, Light = 2 };

    explicit SystemColorScheme(QObject *parent = nullptr);

    bool prefersDark() const;

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

#ifdef Q_OS_LINUX // the portal
private Q_SLOTS:
    void takePortalReply(const QDBusMessage &reply);
    /// SettingChanged(group, key, value).
    void takePortalChange(const QDBusMessage &change);
#endif

private:
    void watchPortal();
    void setPortalPreference(PortalPreference preference);
    void updatePalette();

    PortalPreference m_portal = PortalPreference::NoPreference;
    bool m_paletteIsDark = false;
};

} // namespace inkchat::platform
