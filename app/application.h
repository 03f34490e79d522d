#pragma once

#include "appoptions.h"
#include "view/localonlynetworkaccess.h"
#include "view/readonlytextshortcuts.h"

#include "util/secretstore.h"

#include <QObject>
#include <QPointer>
#include <QSettings>

#include <memory>

class QNetworkAccessManager;
class QQmlApplicationEngine;
#include <QQuickWindow>

namespace inkchat::store {
class ConversationStore;
}
namespace inkchat::session {
class SessionRegistry;
}
namespace inkchat::platform {
class SystemColorScheme;
}
namespace inkchat::transport {
class LadderMemory;
class NetworkThread;
class Reachability;
} // namespace inkchat::transport

namespace inkchat::app {

class ChatController;
class ConversationSettingsController;
class ModelCatalog;
class ConversationListModel;
class DisplayController;
class EndpointResolver;
class ExportController;
class SearchResultsModel;
class FrameStats;
class LanguageController;
class SettingsController;
class ThemeController;

/// The composition root: owns every service of the app, builds the object
/// graph once and hands it to Main.qml as its required properties. Tests
/// build the same graph, with their own secret store.
class Application : public QObject
{
    Q_OBJECT

public:
    /// `secrets` null: the system keychain.
    explicit Application(const AppOptions &options, std::unique_ptr<SecretStore> secrets = nullptr,
                         QObject *parent = nullptr);
    ~Application() override;

    /// Loads Main.qml into `engine`; false (with the engine's warnings
    /// printed) when it could not be loaded.
    bool load(QQmlApplicationEngine &engine);

    QQuickWindow *window() const { return m_window; }
    ChatController &chat() { return *m_chat; }
    ConversationSettingsController &conversationSettings() { return *m_conversationSettings; }
    ThemeController &theme() { return *m_theme; }
    FrameStats &stats() { return *m_stats; }
    DisplayController &display() { return *m_display; }
    ConversationListModel &conversations() { return *m_conversations; }
    SettingsController &settings() { return *m_settingsController; }
    LanguageController &language() { return *m_language; }
    EndpointResolver &endpoints() { return *m_endpoints; }
    store::ConversationStore &store() { return *m_store; }
    session::SessionRegistry &sessions() { return *m_sessions; }
    SearchResultsModel &search() { return *m_search; }
    ExportController &exporter() { return *m_export; }
    /// 0, or 1 when the reply to --send did not complete.
    int exitCode() const { return m_exitCode; }

    /// Ends the app: hides the window, lets Qt Quick's render thread go
    /// idle, then leaves the event loop with `exitCode`. Every way out goes
    /// through here: Quit (Qt.quit() in QML), closing the window, and
    /// --quit-when-done.
    void quit(int exitCode);

Q_SIGNALS:
    /// --quit-when-done: the reply ended and its last frame is on screen.
    void done();

private:
    void startScript();
    void finishScript(bool completed);

    AppOptions m_options;
    std::unique_ptr<QSettings> m_settings;
    /// First, so that every text made from here on is translated.
    std::unique_ptr<LanguageController> m_language;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    /// The replies' transports run there, so that the GUI thread wakes for
    /// a repaint, not for every read (e-ink: a batch per repaint interval).
    std::unique_ptr<transport::NetworkThread> m_networkThread;
    std::unique_ptr<transport::Reachability> m_reachability;
    std::unique_ptr<transport::LadderMemory> m_ladderMemory;
    std::unique_ptr<store::ConversationStore> m_store;
    std::unique_ptr<session::SessionRegistry> m_sessions; ///< the chat engine: a session per conversation
    std::unique_ptr<ThemeController> m_theme;
    std::unique_ptr<platform::SystemColorScheme> m_systemColorScheme; ///< what "system" colours mean
    std::unique_ptr<SettingsController> m_settingsController;
    std::unique_ptr<EndpointResolver> m_endpoints;
    std::unique_ptr<ConversationListModel> m_conversations;
    std::unique_ptr<SearchResultsModel> m_search;
    std::unique_ptr<ExportController> m_export;
    std::unique_ptr<FrameStats> m_stats;
    std::unique_ptr<DisplayController> m_display;
    std::unique_ptr<ChatController> m_chat;
    std::unique_ptr<ModelCatalog> m_models;
    std::unique_ptr<ConversationSettingsController> m_conversationSettings;
    /// The engine's network: loads resources and files, never the Internet.
    LocalOnlyNetworkAccessFactory m_localOnlyNetwork;
    ReadOnlyTextShortcuts m_readOnlyTextShortcuts;
    QPointer<QQuickWindow> m_window;
    int m_exitCode = 0;
    bool m_quitting = false;
};

} // namespace inkchat::app
