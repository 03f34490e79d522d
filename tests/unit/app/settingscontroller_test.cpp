// The providers page: endpoints saved in the settings file, API keys only in
// the secret store.

#include "apptesting.h"
#include "fakesecretstore.h"
#include "fixtures.h"

#include "controllers/settingscontroller.h"

#include <QAbstractItemModelTester>
#include <QNetworkProxyFactory>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using inkchat::Error;
using inkchat::app::EndpointListModel;
using inkchat::app::SettingsController;
using inkchat::test::app::TempSettings;
using inkchat::test::app::waitUntil;

namespace {

const QString kKey = u"sk-test-SETTINGS0123456789abcdef"_s;

struct SettingsControllerTest : ::testing::Test
{
    TempSettings temp;
    FakeSecretStore secrets;
    std::unique_ptr<SettingsController> controller = std::make_unique<SettingsController>(temp.settings,
                                                                                          secrets);
    std::unique_ptr<QAbstractItemModelTester> tester = testModel();

    std::unique_ptr<QAbstractItemModelTester> testModel()
    {
        return std::make_unique<QAbstractItemModelTester>(
            controller->endpoints(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    /// A new controller on the same settings, as at the next start.
    void reopen()
    {
        tester.reset();
        controller = std::make_unique<SettingsController>(temp.settings, secrets);
        tester = testModel();
    }

    EndpointListModel &endpoints() { return *controller->endpoints(); }
    QVariant data(int row, int role) { return endpoints().data(endpoints().index(row), role); }
    bool hasApiKey(int row) { return data(row, EndpointListModel::HasApiKeyRole).toBool(); }

    /// Waits until the secret store answered every key operation.
    bool waitUntilIdle()
    {
        return waitUntil(controller.get(), &SettingsController::busyChanged,
                         [this] { return !controller->isBusy(); });
    }

    QString update(int row, const QString &baseUrl, const QString &providerId = u"openai"_s)
    {
        return controller->updateEndpoint(row, u"Work"_s, providerId, baseUrl, u"gpt-4o"_s);
    }
};

TEST_F(SettingsControllerTest, StartsWithoutEndpoints)
{
    EXPECT_EQ(endpoints().rowCount(), 0);
    EXPECT_EQ(controller->currentEndpoint(), -1);
    EXPECT_FALSE(controller->current().has_value());
    EXPECT_TRUE(controller->providerIds().contains(u"openai"_s));
    EXPECT_FALSE(controller->isBusy());
}

TEST_F(SettingsControllerTest, AddEndpointFillsTheProvidersBaseUrlAndMakesItCurrent)
{
    QSignalSpy current(controller.get(), &SettingsController::currentEndpointChanged);
    const int first = controller->addEndpoint(u"anthropic"_s);
    EXPECT_EQ(first, 0);
    EXPECT_EQ(data(0, EndpointListModel::BaseUrlRole).toString(), u"https://api.anthropic.com/v1"_s);
    EXPECT_EQ(data(0, EndpointListModel::ProviderRole).toString(), u"anthropic"_s);
    EXPECT_FALSE(hasApiKey(0));

    const int second = controller->addEndpoint(u"ollama"_s);
    EXPECT_EQ(second, 1);
    EXPECT_EQ(controller->currentEndpoint(), 1);
    EXPECT_EQ(current.count(), 2);
    ASSERT_TRUE(controller->current().has_value());
    EXPECT_EQ(controller->current()->baseUrl, QUrl(u"http://localhost:11434"_s));
    EXPECT_EQ(controller->defaultBaseUrl(u"openai"_s), u"https://api.openai.com/v1"_s);
}

TEST_F(SettingsControllerTest, UpdateEndpointRejectsAnUnknownProvider)
{
    const int row = controller->addEndpoint(u"openai"_s);
    const QString error = update(row, u"https://example.com/v1"_s, u"skynet"_s);
    EXPECT_TRUE(error.contains(u"skynet"_s)) << qPrintable(error);
    EXPECT_EQ(controller->current()->providerId, u"openai"_s);
    EXPECT_EQ(controller->current()->baseUrl, QUrl(u"https://api.openai.com/v1"_s));
}

TEST_F(SettingsControllerTest, UpdateEndpointRejectsAnythingButAnHttpUrl)
{
    const int row = controller->addEndpoint(u"openai"_s);
    for (const QString &url :
         {u""_s, u"api.example.com/v1"_s, u"ftp://example.com/v1"_s, u"file:///etc/passwd"_s,
          u"ws://example.com/v1"_s, u"https://"_s, u"http://exa mple.com"_s}) {
        SCOPED_TRACE(qPrintable(url));
        const QString error = update(row, url);
        EXPECT_TRUE(error.contains(u"http"_s)) << qPrintable(error);
    }
    EXPECT_EQ(controller->current()->baseUrl, QUrl(u"https://api.openai.com/v1"_s)) << "nothing was saved";
}

TEST_F(SettingsControllerTest, UpdateEndpointRejectsAKeyInTheUrl)
{
    const int row = controller->addEndpoint(u"openai"_s);
    const QStringList urls{u"https://user:"_s + kKey + u"@example.com/v1"_s,
                           u"https://example.com/v1?key="_s + kKey, u"https://example.com/v1?"_s};
    for (const QString &url : urls) {
        SCOPED_TRACE(qPrintable(url));
        const QString error = update(row, url);
        EXPECT_TRUE(error.contains(u"API key"_s)) << qPrintable(error);
        EXPECT_FALSE(error.contains(kKey)) << qPrintable(error);
    }
    EXPECT_FALSE(temp.fileBytes().contains(kKey.toUtf8()));
}

TEST_F(SettingsControllerTest, UpdateEndpointSavesAGoodOneForTheNextStart)
{
    const int row = controller->addEndpoint(u"openai"_s);
    EXPECT_EQ(controller->updateEndpoint(row, u"  My   server "_s, u"ollama"_s, u" http://10.0.0.2:11434 "_s,
                                         u" llama3 "_s),
              QString());
    EXPECT_EQ(data(row, EndpointListModel::NameRole).toString(), u"My server"_s);

    reopen();
    ASSERT_EQ(endpoints().rowCount(), 1);
    EXPECT_EQ(controller->currentEndpoint(), 0);
    const auto endpoint = controller->current();
    ASSERT_TRUE(endpoint.has_value());
    EXPECT_EQ(endpoint->name, u"My server"_s);
    EXPECT_EQ(endpoint->providerId, u"ollama"_s);
    EXPECT_EQ(endpoint->baseUrl, QUrl(u"http://10.0.0.2:11434"_s));
    EXPECT_EQ(endpoint->model, u"llama3"_s);

    // No name: the provider's, as people call it.
    EXPECT_EQ(controller->updateEndpoint(0, u" "_s, u"openai"_s, u"https://example.com/v1"_s, {}), QString());
    EXPECT_EQ(controller->current()->name, u"OpenAI or compatible (Chat Completions)"_s);
    EXPECT_FALSE(controller->updateEndpoint(3, u"x"_s, u"openai"_s, u"https://example.com"_s, {}).isEmpty());
}

TEST_F(SettingsControllerTest, AnEndpointTrustsACaFileOnlyWhenItHoldsCertificates)
{
    const int row = controller->addEndpoint(u"openai"_s);
    const QString url = u"https://llm.internal.example/v1"_s;
    const QString refused = controller->updateEndpoint(row, u"Lab"_s, u"openai"_s, url, u"m"_s,
                                                       inkchat::test::dataPath(u"tls/README.md"_s));
    EXPECT_TRUE(refused.startsWith(u"The CA file can't be used: "_s)) << refused.toStdString();
    EXPECT_TRUE(data(row, EndpointListModel::CaFileRole).toString().isEmpty()) << "nothing saved";

    const QString caFile = inkchat::test::testCaFile();
    EXPECT_EQ(controller->updateEndpoint(row, u"Lab"_s, u"openai"_s, url, u"m"_s, u" "_s + caFile),
              QString());
    reopen();
    ASSERT_TRUE(controller->current().has_value());
    EXPECT_EQ(controller->current()->caFile, caFile);

    // Saving without one trusts the system's authorities only again.
    EXPECT_EQ(controller->updateEndpoint(0, u"Lab"_s, u"openai"_s, url, u"m"_s), QString());
    EXPECT_TRUE(controller->current()->caFile.isEmpty());
}

TEST_F(SettingsControllerTest, AnEndpointNamesTheServerBehindItAsTheCliDoes)
{
    // The picker lists the catalogue's servers after "another server".
    const QVariantList servers = controller->compatibleServers(u"openai"_s);
    ASSERT_GE(servers.size(), 2);
    EXPECT_EQ(servers.first().toMap().value(u"id"_s).toString(), QString());
    QStringList ids;
    for (const QVariant &server : servers)
        ids.append(server.toMap().value(u"id"_s).toString());
    EXPECT_TRUE(ids.contains(u"vllm"_s) && ids.contains(u"llama.cpp"_s)) << ids.join(u' ').toStdString();
    EXPECT_TRUE(controller->compatibleServers(u"anthropic"_s).isEmpty()) << "nothing to choose there";

    const int row = controller->addEndpoint(u"openai"_s);
    const QString url = u"http://gpu.lan:8000/v1"_s;
    EXPECT_EQ(controller->updateEndpoint(row, u"Lab"_s, u"openai"_s, url, u"m"_s, {}, u"vllm"_s), QString());
    reopen();
    ASSERT_TRUE(controller->current().has_value());
    EXPECT_EQ(controller->current()->server, u"vllm"_s) << "stored with the endpoint";
    EXPECT_EQ(data(0, EndpointListModel::ServerRole).toString(), u"vllm"_s);
    EXPECT_EQ(controller->endpointAt(0).toMap().value(u"server"_s).toString(), u"vllm"_s);

    const QString refused = controller->updateEndpoint(0, u"Lab"_s, u"anthropic"_s, url, u"m"_s, {},
                                                       u"vllm"_s);
    EXPECT_FALSE(refused.isEmpty()) << "Anthropic has no vLLM";
    EXPECT_EQ(controller->current()->server, u"vllm"_s) << "nothing saved";
    EXPECT_EQ(controller->updateEndpoint(0, u"Lab"_s, u"openai"_s, url, u"m"_s), QString());
    EXPECT_TRUE(controller->current()->server.isEmpty());
}

TEST_F(SettingsControllerTest, SetApiKeyStoresTheKeyOnlyInTheSecretStore)
{
    const int row = controller->addEndpoint(u"openai"_s);
    const QString account = controller->current()->keyAccount();
    QSignalSpy busy(controller.get(), &SettingsController::busyChanged);

    controller->setApiKey(row, u"  "_s + kKey + u"\n"_s);
    EXPECT_TRUE(controller->isBusy());
    ASSERT_TRUE(waitUntilIdle());

    EXPECT_EQ(busy.count(), 2);
    EXPECT_EQ(secrets.secrets.value(account), kKey) << "stored trimmed, under the endpoint's account";
    EXPECT_TRUE(hasApiKey(row));
    EXPECT_TRUE(controller->keychainMessage().contains(u"saved"_s))
        << qPrintable(controller->keychainMessage());
    EXPECT_FALSE(controller->keychainMessage().contains(kKey));

    const QByteArray file = temp.fileBytes();
    EXPECT_FALSE(file.isEmpty());
    EXPECT_FALSE(file.contains(kKey.toUtf8())) << file.constData();
    EXPECT_FALSE(file.contains("SETTINGS0123456789")) << file.constData();

    reopen();
    EXPECT_TRUE(hasApiKey(0)) << "whether a key is stored is remembered, the key is not";
}

TEST_F(SettingsControllerTest, AKeychainThatFailsLeavesNoKeyAndSaysWhy)
{
    const int row = controller->addEndpoint(u"openai"_s);
    secrets.failure = Error::make(Error::Kind::Unavailable,
                                  u"The system keychain is locked (Secret Service)"_s);

    controller->setApiKey(row, kKey);
    ASSERT_TRUE(waitUntilIdle());

    EXPECT_FALSE(hasApiKey(row));
    EXPECT_TRUE(secrets.secrets.isEmpty());
    EXPECT_EQ(controller->keychainMessage(), u"The system keychain is locked (Secret Service)"_s);
    EXPECT_FALSE(temp.fileBytes().contains(kKey.toUtf8()));
}

TEST_F(SettingsControllerTest, AnEmptyKeyForgetsTheStoredOne)
{
    const int row = controller->addEndpoint(u"openai"_s);
    const QString account = controller->current()->keyAccount();
    controller->setApiKey(row, kKey);
    ASSERT_TRUE(waitUntilIdle());
    ASSERT_TRUE(hasApiKey(row));

    controller->setApiKey(row, u"   "_s);
    ASSERT_TRUE(waitUntilIdle());

    EXPECT_FALSE(secrets.secrets.contains(account));
    EXPECT_FALSE(hasApiKey(row));
    EXPECT_TRUE(controller->keychainMessage().contains(u"removed"_s))
        << qPrintable(controller->keychainMessage());
}

TEST_F(SettingsControllerTest, RemoveEndpointRemovesItsKey)
{
    controller->addEndpoint(u"openai"_s);
    const int row = controller->addEndpoint(u"anthropic"_s);
    const QString account = controller->current()->keyAccount();
    controller->setApiKey(row, kKey);
    ASSERT_TRUE(waitUntilIdle());
    secrets.secrets.insert(u"endpoint/someone-else"_s, u"other"_s);

    controller->removeEndpoint(row);
    EXPECT_TRUE(controller->isBusy());
    ASSERT_TRUE(waitUntilIdle());

    EXPECT_FALSE(secrets.secrets.contains(account));
    EXPECT_TRUE(secrets.secrets.contains(u"endpoint/someone-else"_s));
    EXPECT_EQ(endpoints().rowCount(), 1);
    EXPECT_EQ(controller->currentEndpoint(), 0);
    EXPECT_EQ(controller->current()->providerId, u"openai"_s);
}

TEST_F(SettingsControllerTest, AKeyStillBeingWrittenWhenItsEndpointGoesIsRemovedToo)
{
    const int row = controller->addEndpoint(u"anthropic"_s);
    const QString account = controller->current()->keyAccount();
    controller->setApiKey(row, kKey);
    controller->removeEndpoint(row); // before the keychain has answered
    ASSERT_TRUE(waitUntilIdle());

    EXPECT_FALSE(secrets.secrets.contains(account)) << "no key is left behind without its endpoint";
    EXPECT_EQ(endpoints().rowCount(), 0);
}

TEST_F(SettingsControllerTest, RemovingAnotherEndpointKeepsTheCurrentOne)
{
    controller->addEndpoint(u"openai"_s);
    controller->addEndpoint(u"anthropic"_s);
    controller->addEndpoint(u"ollama"_s);
    controller->setCurrentEndpoint(1);

    controller->removeEndpoint(0);
    ASSERT_TRUE(controller->current().has_value());
    EXPECT_EQ(controller->current()->providerId, u"anthropic"_s);

    reopen();
    ASSERT_TRUE(controller->current().has_value());
    EXPECT_EQ(controller->current()->providerId, u"anthropic"_s) << "and remembers it";
}

TEST_F(SettingsControllerTest, RemovingTheLastEndpointLeavesNoCurrentOne)
{
    controller->addEndpoint(u"openai"_s);
    controller->removeEndpoint(0);
    EXPECT_EQ(controller->currentEndpoint(), -1);
    EXPECT_FALSE(controller->current().has_value());
    EXPECT_FALSE(controller->isBusy()) << "no key, no keychain call";
}

TEST_F(SettingsControllerTest, CurrentEndpointIsRememberedAndClampedToTheList)
{
    controller->addEndpoint(u"openai"_s);
    controller->addEndpoint(u"anthropic"_s);
    controller->setCurrentEndpoint(0);
    controller->setCurrentEndpoint(7); // ignored
    EXPECT_EQ(controller->currentEndpoint(), 0);

    reopen();
    EXPECT_EQ(controller->currentEndpoint(), 0);
    temp.settings.setValue(u"endpoints/current"_s, 9);
    reopen();
    EXPECT_EQ(controller->currentEndpoint(), 1);
}

} // namespace

TEST_F(SettingsControllerTest, SaysWhichWaysOfConnectingAreHeldBackAndResetsThem)
{
    using inkchat::transport::Evidence;
    using inkchat::transport::LadderMemory;
    const int row = controller->addEndpoint(u"openai-responses"_s);
    ASSERT_EQ(update(row, u"https://proxy.example/v1"_s, u"openai-responses"_s), QString());
    EXPECT_TRUE(controller->heldBackTransports().isEmpty());

    // What the app's connector learned, on the same settings.
    LadderMemory memory(&temp.settings);
    const QString endpoint = LadderMemory::endpointKey(u"openai-responses"_s,
                                                       QUrl(u"https://proxy.example/v1"_s));
    memory.recordBlocked(endpoint, inkchat::provider::Rung::WebSocket, Evidence::UpgradeRefused);
    memory.recordBlocked(endpoint, inkchat::provider::Rung::WebSocket, Evidence::UpgradeRefused);
    QSignalSpy changed(controller.get(), &SettingsController::heldBackTransportsChanged);
    controller->refreshHeldBackTransports();
    EXPECT_EQ(changed.count(), 1);
    const QString line = controller->heldBackTransports();
    EXPECT_TRUE(line.startsWith(u"Work: websocket found blocked since "_s)) << line.toStdString();
    EXPECT_TRUE(line.contains(u"the WebSocket upgrade was refused or swallowed"_s)) << line.toStdString();
    EXPECT_TRUE(line.endsWith(u"the reply after the next tries it again."_s)) << line.toStdString();

    controller->resetTransports();
    EXPECT_EQ(changed.count(), 2);
    EXPECT_TRUE(controller->heldBackTransports().isEmpty());
    const QList<inkchat::provider::Rung> ladder = {inkchat::provider::Rung::WebSocket,
                                                   inkchat::provider::Rung::Stream};
    EXPECT_EQ(memory.planReply(endpoint, ladder).rungs, ladder) << "the next reply tries the WebSocket";
}

TEST_F(SettingsControllerTest, SaysWhichRequestParametersAServerRefusedAndResetsThem)
{
    using inkchat::provider::OptionalParameter;
    using inkchat::transport::LadderMemory;
    const int row = controller->addEndpoint(u"openai"_s);
    ASSERT_EQ(update(row, u"https://azure.example/v1"_s, u"openai"_s), QString());
    LadderMemory memory(&temp.settings);
    const QString endpoint = LadderMemory::endpointKey(u"openai"_s, QUrl(u"https://azure.example/v1"_s));
    memory.recordRefused(endpoint, OptionalParameter::StreamUsage);
    controller->refreshHeldBackTransports();
    EXPECT_EQ(
        controller->heldBackTransports(),
        u"Work: requests go without stream_options, which the server refused. Token counts are not shown."_s);

    controller->resetTransports();
    EXPECT_TRUE(controller->heldBackTransports().isEmpty());
    EXPECT_FALSE(memory.refusedParameters(endpoint)) << "the next request carries it again";
}

namespace {

QNetworkProxy proxyForApi()
{
    return QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(QUrl(u"https://api.example.com/v1"_s)))
        .value(0);
}

} // namespace

TEST_F(SettingsControllerTest, AppliesAndSavesTheProxyChosenInSettings)
{
    EXPECT_EQ(controller->proxyMode(), u"system"_s);
    QSignalSpy changed(controller.get(), &SettingsController::proxyChanged);

    EXPECT_EQ(controller->setProxy(u"manual"_s, u"http://proxy.corp.example:3128"_s), QString());
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(proxyForApi().type(), QNetworkProxy::HttpProxy) << "every request asks it from now on";
    EXPECT_EQ(proxyForApi().hostName(), u"proxy.corp.example"_s);
    EXPECT_EQ(proxyForApi().port(), 3128);

    EXPECT_EQ(controller->setProxy(u"none"_s, {}), QString());
    EXPECT_EQ(proxyForApi().type(), QNetworkProxy::NoProxy);

    // Another start reads the choice back, with the manual URL kept for the form.
    controller = std::make_unique<SettingsController>(temp.settings, secrets);
    EXPECT_EQ(controller->proxyMode(), u"none"_s);
    EXPECT_EQ(controller->proxyUrl(), u"http://proxy.corp.example:3128"_s);
    EXPECT_EQ(proxyForApi().type(), QNetworkProxy::NoProxy);

    EXPECT_EQ(controller->setProxy(u"system"_s, {}), QString());
}

/// Every value the settings file holds, as one string.
QString settingsText(QSettings &settings)
{
    settings.sync();
    QString text;
    for (const QString &key : settings.allKeys())
        text += key + u'=' + settings.value(key).toString() + u'\n';
    return text;
}

// A settings file is plain text that backups and dotfile repositories
// copy: a proxy's password is kept in the keychain, like API keys.
TEST_F(SettingsControllerTest, KeepsTheProxysPasswordInTheKeychainNotInTheSettingsFile)
{
    ASSERT_EQ(controller->setProxy(u"manual"_s, u"http://alice:s3cret@proxy.corp.example:3128"_s), QString());
    ASSERT_TRUE(waitUntilIdle());
    EXPECT_EQ(secrets.secrets.value(u"proxy-password"_s), u"s3cret"_s);
    EXPECT_FALSE(settingsText(temp.settings).contains(u"s3cret"_s))
        << qPrintable(settingsText(temp.settings));
    EXPECT_EQ(controller->proxyUrl(), u"http://alice@proxy.corp.example:3128"_s);
    EXPECT_TRUE(controller->proxyHasPassword());
    EXPECT_EQ(proxyForApi().user(), u"alice"_s);
    EXPECT_EQ(proxyForApi().password(), u"s3cret"_s) << "requests still authenticate";

    // The next start takes it from the keychain.
    QNetworkProxyFactory::setApplicationProxyFactory(nullptr);
    reopen();
    ASSERT_TRUE(waitUntilIdle());
    EXPECT_EQ(proxyForApi().password(), u"s3cret"_s);

    // The URL as the form shows it keeps the password; another user drops it.
    ASSERT_EQ(controller->setProxy(u"manual"_s, controller->proxyUrl()), QString());
    ASSERT_TRUE(waitUntilIdle());
    EXPECT_EQ(proxyForApi().password(), u"s3cret"_s);
    ASSERT_EQ(controller->setProxy(u"manual"_s, u"http://bob@proxy.corp.example:3128"_s), QString());
    ASSERT_TRUE(waitUntilIdle());
    EXPECT_TRUE(proxyForApi().password().isEmpty());
    EXPECT_FALSE(secrets.secrets.contains(u"proxy-password"_s));
    EXPECT_EQ(controller->setProxy(u"system"_s, {}), QString());
}

TEST_F(SettingsControllerTest, MovesAProxyPasswordAnEarlierVersionSavedIntoTheKeychain)
{
    temp.settings.setValue(u"network/proxy"_s, u"http://alice:s3cret@proxy.corp.example:3128"_s);
    temp.settings.setValue(u"network/manualProxy"_s, u"alice:s3cret@proxy.corp.example:3128"_s);
    reopen();
    ASSERT_TRUE(waitUntilIdle());
    EXPECT_EQ(secrets.secrets.value(u"proxy-password"_s), u"s3cret"_s);
    EXPECT_FALSE(settingsText(temp.settings).contains(u"s3cret"_s))
        << qPrintable(settingsText(temp.settings));
    EXPECT_EQ(proxyForApi().password(), u"s3cret"_s);
    EXPECT_EQ(controller->setProxy(u"system"_s, {}), QString());
}

TEST_F(SettingsControllerTest, RefusesAProxyItCannotUseAndKeepsTheLastOne)
{
    ASSERT_EQ(controller->setProxy(u"manual"_s, u"socks5://127.0.0.1:1080"_s), QString());
    EXPECT_FALSE(controller->setProxy(u"manual"_s, u"https://proxy.example:443"_s).isEmpty());
    EXPECT_FALSE(controller->setProxy(u"manual"_s, u"  "_s).isEmpty());
    EXPECT_EQ(controller->proxyMode(), u"manual"_s);
    EXPECT_EQ(proxyForApi().type(), QNetworkProxy::Socks5Proxy);
    EXPECT_EQ(controller->setProxy(u"system"_s, {}), QString());
}
