#include "application.h"

#include "appearance/systemcolorscheme.h"
#include "controllers/chatcontroller.h"
#include "controllers/conversationsettingscontroller.h"
#include "controllers/displaycontroller.h"
#include "controllers/endpointresolver.h"
#include "controllers/exportcontroller.h"
#include "controllers/languagecontroller.h"
#include "controllers/modelcatalog.h"
#include "controllers/settingscontroller.h"
#include "controllers/themecontroller.h"
#include "models/conversationlistmodel.h"
#include "models/searchresultsmodel.h"
#include "secrets/keychainsecretstore.h"
#include "session/endpointconfig.h"
#include "session/sessionregistry.h"
#include "stats/framestats.h"
#include "store/conversationstore.h"
#include "view/attachmentimages.h"
#include "view/einkrendering.h"
#include "view/idleincubationcontroller.h"

#include "transport/laddermemory.h"
#include "transport/networkthread.h"
#include "transport/reachability.h"

#include <QCoreApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace inkchat::app {

namespace {

/// Long enough for the last frame of a reply to be drawn; a reply whose
/// final text was already on screen draws no frame at all.
constexpr int kLastFrameWaitMs = 1000;

/// How long a hidden window's render thread is given to fall asleep
/// before the window is destroyed (see Application::quit()). It needs
/// microseconds; this is what a person never notices.
constexpr int kRenderThreadSettleMs = 100;

struct OpenedStore
{
    std::unique_ptr<store::ConversationStore> store;
    std::optional<Error> problem; ///< why conversations are not being saved
};

/// The conversation store the options ask for. If the file cannot be
/// opened the app still works, in memory, and says that nothing is saved;
/// if it can only be read, the conversations are there to read, and the
/// app says that nothing new is saved.
OpenedStore openStore(const AppOptions &options)
{
    const QString path = options.noStore                  ? QString(store::ConversationStore::kInMemory)
                         : options.databasePath.isEmpty() ? store::ConversationStore::defaultPath()
                                                          : options.databasePath;
    OpenedStore opened;
    auto store = store::ConversationStore::open(path);
    if (store) {
        opened.store = std::move(store).value();
        if (opened.store->isReadOnly()) {
            opened.problem = Error::make(
                Error::Kind::Unavailable,
                QCoreApplication::translate("Application", "the conversation store can only be read (%1)")
                    .arg(QDir::toNativeSeparators(path)));
            return opened;
        }
        // What a crash or kill left streaming reads as interrupted, with
        // Continue, before and without this; marked, it is also searchable.
        if (auto recovered = opened.store->recoverInterrupted(); !recovered)
            opened.problem = recovered.error();
        return opened;
    }
    opened.problem = store.error();
    opened.store = std::move(store::ConversationStore::open(store::ConversationStore::kInMemory)).value();
    return opened;
}

std::unique_ptr<QSettings> openSettings(const AppOptions &options)
{
    if (options.settingsPath.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(options.settingsPath, QSettings::IniFormat);
}

} // namespace

Application::Application(const AppOptions &options, std::unique_ptr<SecretStore> secrets, QObject *parent)
    : QObject(parent),
      m_options(options),
      m_settings(openSettings(options)),
      m_language(std::make_unique<LanguageController>(*m_settings)),
      m_secrets(secrets ? std::move(secrets)
                        : std::make_unique<platform::KeychainSecretStore>(
                            QString::fromLatin1(session::kKeychainService))),
      m_network(std::make_unique<QNetworkAccessManager>()),
      m_networkThread(std::make_unique<transport::NetworkThread>()),
      m_reachability(std::make_unique<transport::SystemReachability>()),
      m_ladderMemory(std::make_unique<transport::LadderMemory>(m_settings.get())),
      m_theme(std::make_unique<ThemeController>(*m_settings, options.profile)),
      m_systemColorScheme(std::make_unique<platform::SystemColorScheme>()),
      m_settingsController(std::make_unique<SettingsController>(*m_settings, *m_secrets, m_network.get())),
      m_endpoints(std::make_unique<EndpointResolver>(*m_settingsController, *m_secrets, m_network.get(),
                                                     options.demo, options.demoRate)),
      m_stats(std::make_unique<FrameStats>()),
      m_display(std::make_unique<DisplayController>(*m_theme))
{
    m_theme->setTouchScreen(options.kiosk);
    m_theme->setSystemPrefersDark(m_systemColorScheme->prefersDark());
    connect(m_systemColorScheme.get(), &platform::SystemColorScheme::changed, m_theme.get(),
            [this] { m_theme->setSystemPrefersDark(m_systemColorScheme->prefersDark()); });
    // E-ink: text reaches the GUI thread once per repaint interval.
    const auto paceDelivery = [this] {
        const chat::DisplayProfile profile = m_theme->displayProfile();
        m_networkThread->setDeliveryInterval(profile.kind == chat::DisplayProfile::Kind::Eink
                                                 ? profile.interval
                                                 : std::chrono::milliseconds(0));
    };
    paceDelivery();
    connect(m_theme.get(), &ThemeController::changed, this, paceDelivery);
    connect(m_endpoints.get(), &EndpointResolver::trustChanged, this,
            [this] { m_networkThread->clearConnectionCache(); });
    OpenedStore opened = openStore(options);
    m_store = std::move(opened.store);
    session::SessionServices services;
    services.network = m_network.get();
    services.endpoints = m_endpoints.get();
    services.store = m_store.get();
    services.ladderMemory = m_ladderMemory.get();
    services.reachability = m_reachability.get();
    services.networkThread = m_networkThread.get();
    m_sessions = std::make_unique<session::SessionRegistry>(services);
    m_conversations = std::make_unique<ConversationListModel>(*m_store, *m_sessions);
    m_search = std::make_unique<SearchResultsModel>(*m_store, *m_conversations);
    m_export = std::make_unique<ExportController>(*m_store, *m_conversations);
    m_chat = std::make_unique<ChatController>(*m_sessions, *m_endpoints, *m_conversations, *m_theme,
                                              *m_stats);
    m_chat->setLastingStoreProblem(opened.problem);
    m_models = std::make_unique<ModelCatalog>(*m_endpoints, m_network.get());
    m_conversationSettings = std::make_unique<ConversationSettingsController>(*m_chat, *m_endpoints,
                                                                              *m_models);
    // The next batch of text comes an interval after what was last shown.
    connect(m_chat.get(), &ChatController::replyTextShown, this, [this] { m_networkThread->markShown(); });
}

Application::~Application() = default;

bool Application::load(QQmlApplicationEngine &engine)
{
    if (m_theme->isEink()) {
        chooseEinkRendering();
        // Set before the window exists, which otherwise installs its own.
        engine.setIncubationController(new IdleIncubationController(&engine));
    }
    // Qt.quit() and Qt.exit() from QML end the app the one safe way.
    QObject::disconnect(&engine, &QQmlEngine::quit, QCoreApplication::instance(), nullptr);
    QObject::disconnect(&engine, &QQmlEngine::exit, QCoreApplication::instance(), nullptr);
    connect(&engine, &QQmlEngine::quit, this, [this] { quit(0); });
    connect(&engine, &QQmlEngine::exit, this, &Application::quit);
    engine.setNetworkAccessManagerFactory(&m_localOnlyNetwork);
    connect(m_language.get(), &LanguageController::languageChanged, &engine, &QQmlEngine::retranslate);
    QCoreApplication::instance()->installEventFilter(&m_readOnlyTextShortcuts);
    engine.addImportPath(u"qrc:/qt/qml"_s);
    ThemeController::provide(engine, *m_theme);
    // Thumbnails of attached images, decoded off the GUI thread.
    engine.addImageProvider(AttachmentImageProvider::kName, new AttachmentImageProvider(m_chat->images()));
    engine.setInitialProperties({
        {u"chat"_s, QVariant::fromValue(m_chat.get())},
        {u"conversationSettings"_s, QVariant::fromValue(m_conversationSettings.get())},
        {u"conversations"_s, QVariant::fromValue(m_conversations.get())},
        {u"search"_s, QVariant::fromValue(m_search.get())},
        {u"exporter"_s, QVariant::fromValue(m_export.get())},
        {u"settings"_s, QVariant::fromValue(m_settingsController.get())},
        {u"language"_s, QVariant::fromValue(m_language.get())},
        {u"display"_s, QVariant::fromValue(m_display.get())},
        {u"kiosk"_s, m_options.kiosk},
        {u"onScreenKeyboard"_s, m_options.onScreenKeyboard},
    });
    // Qt 6.4 has no loadFromModule(); the module's files live under its resource prefix.
    engine.load(QUrl(u"qrc:/qt/qml/Inkchat/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return false;
    m_window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!m_window)
        return false;
    m_stats->watch(m_window);
    m_display->watch(m_window);
    if (!m_options.send.isEmpty())
        QTimer::singleShot(0, this, &Application::startScript);
    return true;
}

void Application::quit(int exitCode)
{
    if (m_quitting)
        return;
    m_quitting = true;
    // Qt 6.4's threaded software render loop (what QSG_RENDER_LOOP=threaded
    // gives the e-ink profile) hangs for good when a window is destroyed
    // while its render thread is awake:
    // the thread takes the release in its busy loop, then waits for events
    // that never come, and the GUI thread waits for the thread. A hidden
    // window gives its thread nothing to draw, so it sleeps, and takes the
    // release when the window is destroyed after the event loop ends.
    if (m_window)
        m_window->hide();
    QTimer::singleShot(kRenderThreadSettleMs, this, [exitCode] { QCoreApplication::exit(exitCode); });
}

void Application::startScript()
{
    if (m_options.quitWhenDone)
        connect(m_chat.get(), &ChatController::replyEnded, this, &Application::finishScript,
                Qt::SingleShotConnection);
    m_chat->send(m_options.send);
}

void Application::finishScript(bool completed)
{
    m_exitCode = completed ? 0 : 1;
    // Let the frame with the final text be drawn before anyone looks.
    auto *wait = new QTimer(this);
    wait->setSingleShot(true);
    connect(wait, &QTimer::timeout, this, &Application::done);
    connect(wait, &QTimer::timeout, wait, &QObject::deleteLater);
    connect(m_window, &QQuickWindow::frameSwapped, wait, [wait] { wait->start(0); });
    wait->start(kLastFrameWaitMs);
}

} // namespace inkchat::app
