#include "appfixture.h"

#include "controllers/endpointresolver.h"
#include "fakesecretstore.h"
#include "models/transcriptmodel.h"

#include <QQuickItem>

using namespace Qt::StringLiterals;

namespace inkchat::qmltest {

AppFixture::AppFixture(const app::AppOptions &options, QObject *parent)
    : QObject(parent),
      m_demoRate(options.demoRate)
{
    auto secrets = std::make_unique<FakeSecretStore>();
    m_secrets = secrets.get();
    m_app = std::make_unique<app::Application>(options, std::move(secrets));
    m_einkIntervalMs = m_app->theme().einkIntervalMs();
    m_fullRefreshEvery = m_app->theme().fullRefreshEvery();
}

AppFixture::~AppFixture() = default;

void AppFixture::reset()
{
    m_app->chat().stop();
    // Removing the last conversation leaves a new, empty one, and opens it.
    auto &conversations = m_app->conversations();
    for (int n = conversations.rowCount(); n > 0; --n)
        conversations.remove(0);
    m_secrets->failure.reset();
    auto &settings = m_app->settings();
    while (settings.endpoints()->rowCount() > 0)
        settings.removeEndpoint(0);
    setDemoRate(m_demoRate);
    m_app->theme().setEinkIntervalMs(m_einkIntervalMs);
    m_app->theme().setFullRefreshEvery(m_fullRefreshEvery);
}

void AppFixture::setDemoRate(double tokensPerSecond)
{
    m_app->endpoints().setDemoRate(tokensPerSecond);
}

void AppFixture::setKeychainFails(bool fails)
{
    if (fails)
        m_secrets->failure = Error::make(Error::Kind::Unavailable, u"The test keychain is locked."_s);
    else
        m_secrets->failure.reset();
}

void AppFixture::watch(QQuickItem *item)
{
    m_app->display().watch(item ? item->window() : nullptr);
}

int AppFixture::messageCount() const
{
    return m_app->chat().transcript()->messageCount();
}

int AppFixture::messageRole(int message) const
{
    const int row = lastRowOf(message);
    const auto *transcript = m_app->chat().transcript();
    return row < 0 ? -1 : transcript->index(row).data(app::TranscriptModel::SenderRole).toInt();
}

QString AppFixture::messageText(int message) const
{
    const auto *transcript = m_app->chat().transcript();
    return message >= 0 && message < transcript->messageCount() ? transcript->message(message).text
                                                                : QString();
}

int AppFixture::messageStatus(int message) const
{
    const int row = lastRowOf(message);
    const auto *transcript = m_app->chat().transcript();
    return row < 0 ? -1 : transcript->index(row).data(app::TranscriptModel::StatusRole).toInt();
}

int AppFixture::lastRowOf(int message) const
{
    const auto *transcript = m_app->chat().transcript();
    for (int row = transcript->rowCount() - 1; row >= 0; --row) {
        if (transcript->index(row).data(app::TranscriptModel::MessageIndexRole).toInt() == message)
            return row;
    }
    return -1;
}

} // namespace inkchat::qmltest
