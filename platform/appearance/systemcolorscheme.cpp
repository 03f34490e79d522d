#include "systemcolorscheme.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPalette>

#ifdef Q_OS_LINUX
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#endif

using namespace Qt::StringLiterals;

namespace inkchat::platform {

namespace {

const auto kPortalService = u"org.freedesktop.portal.Desktop"_s;
const auto kPortalPath = u"/org/freedesktop/portal/desktop"_s;
const auto kSettingsInterface = u"org.freedesktop.portal.Settings"_s;
const auto kAppearanceGroup = u"org.freedesktop.appearance"_s;
const auto kColorSchemeKey = u"color-scheme"_s;

/// HSL lightness below half: the window is drawn dark.
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

#ifdef Q_OS_LINUX
/// The portal's number, through the variants around it: Read wraps the
/// value in a second variant (a documented quirk kept for compatibility).
SystemColorScheme::PortalPreference preferenceFrom(QVariant value)
{
    while (value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    bool ok = false;
    const uint number = value.toUInt(&ok);
    if (!ok || number > 2)
        return SystemColorScheme::PortalPreference::NoPreference;
    return SystemColorScheme::PortalPreference(number);
}
#endif

} // namespace

SystemColorScheme::SystemColorScheme(QObject *parent)
    : QObject(parent),
      m_paletteIsDark(isDark(QGuiApplication::palette()))
{
    QCoreApplication::instance()->installEventFilter(this);
    watchPortal();
}

bool SystemColorScheme::prefersDark() const
{
    switch (m_portal) {
    case PortalPreference::Dark:
        return true;
    case PortalPreference::Light:
        return false;
    case PortalPreference::NoPreference:
        break;
    }
    return m_paletteIsDark;
}

bool SystemColorScheme::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::ApplicationPaletteChange)
        updatePalette();
    return QObject::eventFilter(watched, event);
}

void SystemColorScheme::updatePalette()
{
    const bool dark = isDark(QGuiApplication::palette());
    if (dark == m_paletteIsDark)
        return;
    const bool before = prefersDark();
    m_paletteIsDark = dark;
    if (prefersDark() != before)
        Q_EMIT changed();
}

void SystemColorScheme::setPortalPreference(PortalPreference preference)
{
    const bool before = prefersDark();
    m_portal = preference;
    if (prefersDark() != before)
        Q_EMIT changed();
}

#ifdef Q_OS_LINUX

void SystemColorScheme::watchPortal()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return; // no session bus: the palette decides
    // The whole message: a slot typed (QString, QString, QDBusVariant) is
    // refused by Qt 6.4's QDBusConnection::connect.
    bus.connect(kPortalService, kPortalPath, kSettingsInterface, u"SettingChanged"_s, this,
                SLOT(takePortalChange(QDBusMessage)));
    // Asynchronous: a portal that is slow to start must not hold the window.
    QDBusMessage read = QDBusMessage::createMethodCall(kPortalService, kPortalPath, kSettingsInterface,
                                                       u"Read"_s);
    read << kAppearanceGroup << kColorSchemeKey;
    bus.callWithCallback(read, this, SLOT(takePortalReply(QDBusMessage)));
}

void SystemColorScheme::takePortalReply(const QDBusMessage &reply)
{
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return;
    setPortalPreference(preferenceFrom(reply.arguments().constFirst()));
}

void SystemColorScheme::takePortalChange(const QDBusMessage &change)
{
    const QVariantList arguments = change.arguments(); // group, key, value
    if (arguments.size() == 3 && arguments.at(0).toString() == kAppearanceGroup
        && arguments.at(1).toString() == kColorSchemeKey)
        setPortalPreference(preferenceFrom(arguments.at(2)));
}

#else

void SystemColorScheme::watchPortal() {}

#endif

} // namespace inkchat::platform

// Here, where the D-Bus types the slots take are complete.
#include "moc_systemcolorscheme.cpp"
