#include "qmltestsetup.h"

#include <QCoreApplication>
#include <QQmlEngine>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace inkchat::qmltest {

QmlTestSetup::QmlTestSetup() = default;

QmlTestSetup::~QmlTestSetup() = default;

void QmlTestSetup::applicationAvailable()
{
    // Settings of our own, in the scratch HOME ctest gives each test, and
    // empty: an endpoint left by an earlier run must not change the chat.
    QCoreApplication::setOrganizationName(u"Inkchat"_s);
    QCoreApplication::setApplicationName(u"InkchatQmlTest"_s);
    QSettings().clear();
    m_app = std::make_unique<TestApp>(nullptr);
}

void QmlTestSetup::qmlEngineAvailable(QQmlEngine *engine)
{
    engine->addImportPath(u"qrc:/qt/qml"_s);
    app::ThemeController::provide(*engine, m_app->theme());
}

void QmlTestSetup::cleanupTestCase()
{
    // Before the application goes: the controllers hold sockets and timers.
    m_app.reset();
}

} // namespace inkchat::qmltest
