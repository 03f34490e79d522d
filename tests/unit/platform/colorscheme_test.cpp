#include "appearance/systemcolorscheme.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QGuiApplication>
#include <QPalette>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::platform::SystemColorScheme;

namespace {

const auto kService = u"org.freedesktop.portal.Desktop"_s;
const auto kPath = u"/org/freedesktop/portal/desktop"_s;
const auto kInterface = u"org.freedesktop.portal.Settings"_s;

/// xdg-desktop-portal's Settings interface, as much of it as a colour
/// scheme needs, on a bus connection of its own.
class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    explicit FakePortal(uint colorScheme)
        : m_colorScheme(colorScheme),
          m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fake-portal"_s))
    {
        m_bus.registerObject(kPath, this,
                             QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals);
        m_bus.registerService(kService);
    }
    ~FakePortal() override
    {
        m_bus.unregisterService(kService);
        m_bus.unregisterObject(kPath);
        QDBusConnection::disconnectFromBus(u"fake-portal"_s);
    }

    /// Changes the setting and says so, as the portal does.
    void setColorScheme(uint value)
    {
        m_colorScheme = value;
        QDBusMessage signal = QDBusMessage::createSignal(kPath, kInterface, u"SettingChanged"_s);
        signal << u"org.freedesktop.appearance"_s << u"color-scheme"_s
               << QVariant::fromValue(QDBusVariant(m_colorScheme));
        m_bus.send(signal);
    }

public Q_SLOTS:
    /// Read wraps the value in a second variant, as real portals do.
    QDBusVariant Read(const QString &group, const QString &key) // NOLINT: the portal's name
    {
        if (group == u"org.freedesktop.appearance"_s && key == u"color-scheme"_s)
            return QDBusVariant(QVariant::fromValue(QDBusVariant(m_colorScheme)));
        return QDBusVariant(QString());
    }

private:
    uint m_colorScheme;
    QDBusConnection m_bus;
};

/// The application palette with this window colour, restored afterwards.
struct WindowColour
{
    explicit WindowColour(const QColor &colour)
    {
        QPalette palette = saved;
        palette.setColor(QPalette::Window, colour);
        QGuiApplication::setPalette(palette);
    }
    ~WindowColour() { QGuiApplication::setPalette(saved); }
    QPalette saved = QGuiApplication::palette();
};

} // namespace

TEST(SystemColorScheme, ThePortalsDarkPreferenceWinsOverALightPalette)
{
    ASSERT_TRUE(QDBusConnection::sessionBus().isConnected()) << "runs under dbus-run-session";
    WindowColour light(Qt::white);
    FakePortal portal(1);
    SystemColorScheme scheme;
    QSignalSpy changed(&scheme, &SystemColorScheme::changed);
    EXPECT_FALSE(scheme.prefersDark()) << "the portal is asked without blocking";
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_TRUE(scheme.prefersDark());
}

TEST(SystemColorScheme, FollowsThePortalWhenTheUserSwitches)
{
    WindowColour light(Qt::white);
    FakePortal portal(2);
    SystemColorScheme scheme;
    QSignalSpy changed(&scheme, &SystemColorScheme::changed);
    portal.setColorScheme(1);
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_TRUE(scheme.prefersDark());
    portal.setColorScheme(2);
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_FALSE(scheme.prefersDark());
}

TEST(SystemColorScheme, WithoutAPreferenceThePaletteDecides)
{
    FakePortal portal(0);
    WindowColour dark(QColor(0x20, 0x20, 0x20));
    SystemColorScheme scheme;
    EXPECT_TRUE(scheme.prefersDark());
    QSignalSpy changed(&scheme, &SystemColorScheme::changed);
    {
        WindowColour light(Qt::white);
        EXPECT_EQ(changed.count(), 1);
        EXPECT_FALSE(scheme.prefersDark());
    }
    EXPECT_EQ(changed.count(), 2) << "back to the dark palette";
    EXPECT_TRUE(scheme.prefersDark());
}

TEST(SystemColorScheme, WithoutAPortalThePaletteDecides)
{
    WindowColour dark(QColor(0x20, 0x20, 0x20));
    SystemColorScheme scheme;
    EXPECT_TRUE(scheme.prefersDark());
}

#include "colorscheme_test.moc"
