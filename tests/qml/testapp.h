#pragma once

#include "appfixture.h"
#include "controllers/themecontroller.h"

#include <QObject>
#include <QSettings>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace inkchat::qmltest {

/// The fake controllers of the QML tests: real controllers of Applications
/// built for tests, each with a FakeSecretStore and replies from its own
/// built-in demo server, so nothing leaves the machine. QmlTestSetup owns
/// the one instance; QML gets it, with CppOwnership, as the singleton
/// `TestApp` of `InkchatTest`.
class TestApp : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    /// --demo, desktop profile.
    Q_PROPERTY(inkchat::qmltest::AppFixture *desktop READ desktop CONSTANT)
    /// --demo, e-ink profile.
    Q_PROPERTY(inkchat::qmltest::AppFixture *eink READ eink CONSTANT)
    /// Desktop profile without --demo: replies go to the endpoint set up in
    /// Settings (the demo server while there is none), so a test can make
    /// them fail through the keychain.
    Q_PROPERTY(inkchat::qmltest::AppFixture *configured READ configured CONSTANT)
    /// The http(s) links the app asked the desktop to open, oldest first:
    /// caught here, so no browser starts.
    Q_PROPERTY(QStringList openedLinks READ openedLinks NOTIFY linkOpened)

public:
    /// No default argument: Qt 6.4 constructs a default-constructible
    /// singleton itself instead of calling create().
    explicit TestApp(QObject *parent);
    ~TestApp() override;

    static TestApp *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    AppFixture *desktop() { return &m_desktop; }
    AppFixture *eink() { return &m_eink; }
    AppFixture *configured() { return &m_configured; }
    /// The `Theme` of every test file's engine: one per window, as in the
    /// app. A test that shows a fixture sets its profile to the fixture's.
    app::ThemeController &theme() { return m_theme; }
    QStringList openedLinks() const { return m_openedLinks; }

Q_SIGNALS:
    void linkOpened();

private Q_SLOTS:
    /// QDesktopServices' handler for http and https.
    void openLink(const QUrl &url);

private:
    static TestApp *s_instance;

    AppFixture m_desktop;
    AppFixture m_eink;
    AppFixture m_configured;
    QSettings m_settings;
    app::ThemeController m_theme;
    QStringList m_openedLinks;
};

} // namespace inkchat::qmltest
