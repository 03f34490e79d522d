#pragma once

#include "application.h"
#include "controllers/chatcontroller.h"
#include "controllers/displaycontroller.h"
#include "controllers/exportcontroller.h"
#include "controllers/languagecontroller.h"
#include "controllers/settingscontroller.h"
#include "controllers/themecontroller.h"
#include "models/conversationlistmodel.h"
#include "models/searchresultsmodel.h"

#include <QObject>
#include <QQuickItem>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>

class FakeSecretStore;

namespace inkchat::qmltest {

/// One Application built for the QML tests (FakeSecretStore, scratch
/// settings), its real controllers as properties, and what tests need to
/// start from a known state or to provoke a failure.
class AppFixture : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("TestApp creates the fixtures")

    Q_PROPERTY(inkchat::app::ChatController *chat READ chat CONSTANT)
    Q_PROPERTY(inkchat::app::ConversationListModel *conversations READ conversations CONSTANT)
    Q_PROPERTY(inkchat::app::SearchResultsModel *search READ search CONSTANT)
    Q_PROPERTY(inkchat::app::ExportController *exporter READ exporter CONSTANT)
    Q_PROPERTY(inkchat::app::SettingsController *settings READ settings CONSTANT)
    Q_PROPERTY(inkchat::app::LanguageController *language READ language CONSTANT)
    Q_PROPERTY(inkchat::app::ThemeController *theme READ theme CONSTANT)
    Q_PROPERTY(inkchat::app::DisplayController *display READ display CONSTANT)

public:
    /// `options.demoRate` is also what reset() goes back to.
    explicit AppFixture(const app::AppOptions &options, QObject *parent = nullptr);
    ~AppFixture() override;

    app::ChatController *chat() { return &m_app->chat(); }
    app::ConversationListModel *conversations() { return &m_app->conversations(); }
    app::SearchResultsModel *search() { return &m_app->search(); }
    app::ExportController *exporter() { return &m_app->exporter(); }
    app::SettingsController *settings() { return &m_app->settings(); }
    app::LanguageController *language() { return &m_app->language(); }
    app::ThemeController *theme() { return &m_app->theme(); }
    app::DisplayController *display() { return &m_app->display(); }

    /// Stops the reply, leaves one new empty conversation, removes every
    /// endpoint, makes the keychain work and restores the demo rate and the
    /// e-ink timing. Call it from init(); a stopped reply ends from the event
    /// loop, so wait for chat.isBusy to be false.
    Q_INVOKABLE void reset();
    /// Demo replies started from now on stream this many tokens per second (0: at once).
    Q_INVOKABLE void setDemoRate(double tokensPerSecond);
    /// From now on every keychain call fails, as with no Secret Service running.
    Q_INVOKABLE void setKeychainFails(bool fails);
    /// The display controller counts the frames of the window `item` is shown in.
    Q_INVOKABLE void watch(QQuickItem *item);

    /// The transcript, message by message (the model has one row per block).
    Q_INVOKABLE int messageCount() const;
    /// As the view sees it: Message.User or Message.Assistant (-1: no such message).
    Q_INVOKABLE int messageRole(int message) const;
    Q_INVOKABLE QString messageText(int message) const;
    /// As the view sees it: Message.Complete, Message.Streaming, Message.Stopped, ...
    Q_INVOKABLE int messageStatus(int message) const;

private:
    /// The last transcript row of `message`, or -1.
    int lastRowOf(int message) const;

    FakeSecretStore *m_secrets = nullptr; ///< owned by m_app
    std::unique_ptr<app::Application> m_app;
    double m_demoRate = 0;
    int m_einkIntervalMs = 0;
    int m_fullRefreshEvery = 0;
};

} // namespace inkchat::qmltest
