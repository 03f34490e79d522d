#include "testapp.h"

#include <QDesktopServices>
#include <QQmlEngine>

using namespace Qt::StringLiterals;

namespace inkchat::qmltest {

namespace {

app::AppOptions testOptions(bool demo, chat::DisplayProfile::Kind profile)
{
    app::AppOptions options;
    options.demo = demo;
    options.demoRate = 0;   // tests that need a reply to last slow it down
    options.noStore = true; // every tst file starts with no conversations
    options.profile = profile;
    return options;
}

} // namespace

TestApp *TestApp::s_instance = nullptr;

TestApp::TestApp(QObject *parent)
    : QObject(parent),
      m_desktop(testOptions(true, chat::DisplayProfile::Kind::Desktop)),
      m_eink(testOptions(true, chat::DisplayProfile::Kind::Eink)),
      m_configured(testOptions(false, chat::DisplayProfile::Kind::Desktop)),
      m_theme(m_settings, chat::DisplayProfile::Kind::Desktop)
{
    Q_ASSERT(!s_instance);
    s_instance = this;
    for (const QString &scheme : {u"http"_s, u"https"_s})
        QDesktopServices::setUrlHandler(scheme, this, "openLink");
}

TestApp::~TestApp()
{
    for (const QString &scheme : {u"http"_s, u"https"_s})
        QDesktopServices::unsetUrlHandler(scheme);
    s_instance = nullptr;
}

void TestApp::openLink(const QUrl &url)
{
    m_openedLinks.append(url.toString());
    Q_EMIT linkOpened();
}

TestApp *TestApp::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(qmlEngine)
    Q_UNUSED(jsEngine)
    Q_ASSERT(s_instance); // QmlTestSetup makes it before any engine exists
    // Every test file has its own engine; none of them may delete it.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

} // namespace inkchat::qmltest
