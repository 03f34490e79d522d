#pragma once

#include "modelcatalog.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace inkchat::session {
class ChatSession;
}

namespace inkchat::app {

class ChatController;
class EndpointResolver;

/// The open conversation's own settings, for the model picker in the chat
/// header and the conversation settings panel: its model, system prompt
/// and how its replies are asked for (temperature, maximum output tokens,
/// reasoning effort), stored with the conversation by its session. What the
/// current endpoint's provider takes (its row of the provider catalogue)
/// decides which fields the panel shows and their ranges; values are
/// checked here, not in QML.
class ConversationSettingsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the conversation settings")

    Q_PROPERTY(inkchat::app::ModelCatalog *models READ models CONSTANT)
    /// The conversation's model; empty: the endpoint's (defaultModel).
    Q_PROPERTY(QString model READ model NOTIFY settingsChanged)
    Q_PROPERTY(QString defaultModel READ defaultModel NOTIFY providerChanged)
    Q_PROPERTY(QString systemPrompt READ systemPrompt NOTIFY settingsChanged)
    /// The temperature as the panel's field shows it; empty: the provider's default.
    Q_PROPERTY(QString temperatureText READ temperatureText NOTIFY settingsChanged)
    /// The maximum output tokens as the field shows it; empty: the provider's default.
    Q_PROPERTY(QString maxOutputTokensText READ maxOutputTokensText NOTIFY settingsChanged)
    /// "" for the provider's default, else one of reasoningEfforts.
    Q_PROPERTY(QString reasoningEffort READ reasoningEffort NOTIFY settingsChanged)
    /// What the current endpoint's provider takes: 0 when no temperature.
    Q_PROPERTY(double maxTemperature READ maxTemperature NOTIFY providerChanged)
    Q_PROPERTY(bool takesMaxOutputTokens READ takesMaxOutputTokens NOTIFY providerChanged)
    Q_PROPERTY(QStringList reasoningEfforts READ reasoningEfforts NOTIFY providerChanged)
    /// The choices of the effort drop-down: "Provider's default", then the efforts.
    Q_PROPERTY(QStringList reasoningEffortLabels READ reasoningEffortLabels NOTIFY providerChanged)

public:
    ConversationSettingsController(ChatController &chat, EndpointResolver &endpoints, ModelCatalog &models,
                                   QObject *parent = nullptr);
    ~ConversationSettingsController() override;

    ModelCatalog *models() const { return &m_models; }
    QString model() const;
    QString defaultModel() const;
    QString systemPrompt() const;
    QString temperatureText() const;
    QString maxOutputTokensText() const;
    QString reasoningEffort() const;
    double maxTemperature() const;
    bool takesMaxOutputTokens() const;
    QStringList reasoningEfforts() const;
    QStringList reasoningEffortLabels() const;
    /// The drop-down's row of the conversation's effort (0: the default).
    Q_INVOKABLE int reasoningEffortIndex() const;
    /// The effort of the drop-down's row `index` ("" for the default).
    Q_INVOKABLE QString reasoningEffortAt(int index) const;

    /// Asks the conversation's replies from now on of `model` (surrounding
    /// white space dropped; empty: the endpoint's). Returns an error for
    /// people, or "" when stored.
    Q_INVOKABLE QString setModel(const QString &model);
    /// Stores the panel's fields; an empty field leaves that value to the
    /// provider. Returns an error for people (a temperature out of range,
    /// a count that is no number, the store refused), or "" when stored;
    /// nothing is stored unless all of it is right.
    Q_INVOKABLE QString save(const QString &systemPrompt, const QString &temperature,
                             const QString &maxOutputTokens, const QString &reasoningEffort);

Q_SIGNALS:
    void settingsChanged();
    void providerChanged();

private:
    void watch(session::ChatSession *session);

    ChatController &m_chat;
    EndpointResolver &m_endpoints;
    ModelCatalog &m_models;
    QPointer<session::ChatSession> m_session;
};

} // namespace inkchat::app
