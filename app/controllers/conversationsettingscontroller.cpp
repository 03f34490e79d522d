#include "conversationsettingscontroller.h"

#include "problemtext.h"

#include "controllers/chatcontroller.h"
#include "controllers/endpointresolver.h"
#include "controllers/modelcatalog.h"

#include "provider/providercatalog.h"
#include "session/chatsession.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace inkchat::app {

namespace {

const provider::ProviderCapabilities &capabilitiesOf(const EndpointResolver &endpoints)
{
    static const provider::ProviderCapabilities none;
    const provider::ProviderInfo *info = provider::findProvider(endpoints.providerId());
    return info ? info->capabilities : none;
}

} // namespace

ConversationSettingsController::ConversationSettingsController(ChatController &chat,
                                                               EndpointResolver &endpoints,
                                                               ModelCatalog &models, QObject *parent)
    : QObject(parent),
      m_chat(chat),
      m_endpoints(endpoints),
      m_models(models)
{
    connect(&m_chat, &ChatController::sessionChanged, this, [this] { watch(m_chat.session()); });
    connect(&m_endpoints, &EndpointResolver::changed, this, &ConversationSettingsController::providerChanged);
    watch(m_chat.session());
}

ConversationSettingsController::~ConversationSettingsController() = default;

void ConversationSettingsController::watch(session::ChatSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &session::ChatSession::settingsChanged, this,
                &ConversationSettingsController::settingsChanged);
    }
    Q_EMIT settingsChanged();
}

QString ConversationSettingsController::model() const
{
    return m_session ? m_session->model() : QString();
}

QString ConversationSettingsController::defaultModel() const
{
    return m_endpoints.defaultModel();
}

QString ConversationSettingsController::systemPrompt() const
{
    return m_session ? m_session->systemPrompt() : QString();
}

QString ConversationSettingsController::temperatureText() const
{
    if (!m_session || !m_session->parameters().temperature)
        return {};
    return QLocale().toString(*m_session->parameters().temperature, 'g', QLocale::FloatingPointShortest);
}

QString ConversationSettingsController::maxOutputTokensText() const
{
    if (!m_session || !m_session->parameters().maxOutputTokens)
        return {};
    return QString::number(*m_session->parameters().maxOutputTokens);
}

QString ConversationSettingsController::reasoningEffort() const
{
    return m_session ? m_session->parameters().reasoningEffort : QString();
}

double ConversationSettingsController::maxTemperature() const
{
    return capabilitiesOf(m_endpoints).maxTemperature;
}

bool ConversationSettingsController::takesMaxOutputTokens() const
{
    return capabilitiesOf(m_endpoints).maxOutputTokens;
}

QStringList ConversationSettingsController::reasoningEfforts() const
{
    return capabilitiesOf(m_endpoints).reasoningEfforts;
}

QStringList ConversationSettingsController::reasoningEffortLabels() const
{
    return QStringList{tr("Provider's default")} + reasoningEfforts();
}

int ConversationSettingsController::reasoningEffortIndex() const
{
    return int(reasoningEfforts().indexOf(reasoningEffort()) + 1);
}

QString ConversationSettingsController::reasoningEffortAt(int index) const
{
    return reasoningEfforts().value(index - 1);
}

QString ConversationSettingsController::setModel(const QString &model)
{
    if (!m_session)
        return tr("No conversation is open.");
    if (model.trimmed() == m_session->model())
        return {};
    const std::optional<Error> error = m_session->setModel(model);
    return error ? tr("The model was not saved: %1").arg(ProblemText::of(*error)) : QString();
}

QString ConversationSettingsController::save(const QString &systemPrompt, const QString &temperature,
                                             const QString &maxOutputTokens, const QString &reasoningEffort)
{
    if (!m_session)
        return tr("No conversation is open.");
    chat::ReplyParameters parameters = m_session->parameters();
    // A value this provider does not take is kept for another that does:
    // the panel shows only the fields the provider takes.
    if (maxTemperature() > 0) {
        parameters.temperature.reset();
        if (!temperature.trimmed().isEmpty()) {
            bool ok = false;
            const double value = QLocale().toDouble(temperature.trimmed(), &ok);
            if (!ok || value < 0 || value > maxTemperature()) {
                return tr("The temperature is a number from 0 to %1, or empty for the provider's default.")
                    .arg(QLocale().toString(maxTemperature()));
            }
            parameters.temperature = value;
        }
    }
    if (takesMaxOutputTokens()) {
        parameters.maxOutputTokens.reset();
        if (!maxOutputTokens.trimmed().isEmpty()) {
            bool ok = false;
            const int value = QLocale().toInt(maxOutputTokens.trimmed(), &ok);
            if (!ok || value < 1)
                return tr("The maximum output is a number of tokens, 1 or more, or empty for the provider's "
                          "default.");
            parameters.maxOutputTokens = value;
        }
    }
    if (!reasoningEfforts().isEmpty())
        parameters.reasoningEffort = reasoningEfforts().contains(reasoningEffort) ? reasoningEffort
                                                                                  : QString();

    if (systemPrompt != m_session->systemPrompt()) {
        if (const std::optional<Error> error = m_session->setSystemPrompt(systemPrompt))
            return tr("The settings were not saved: %1").arg(ProblemText::of(*error));
    }
    if (parameters != m_session->parameters()) {
        if (const std::optional<Error> error = m_session->setParameters(parameters))
            return tr("The settings were not saved: %1").arg(ProblemText::of(*error));
    }
    return {};
}

} // namespace inkchat::app
