#include "provider/providerregistry.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat;
using namespace inkchat::provider;

TEST(ProviderRegistry, ListsProvidersInTheOrderUsersSee)
{
    EXPECT_EQ(providerIds(), (QStringList{u"openai"_s, u"openai-responses"_s, u"anthropic"_s, u"gemini"_s,
                                          u"ollama"_s, u"sse"_s, u"text"_s, u"relay"_s}));
}

TEST(ProviderRegistry, CreatesProviderWithTheListedIdForEveryId)
{
    for (const QString &id : providerIds()) {
        const std::unique_ptr<Provider> provider = createProvider(id);
        ASSERT_NE(provider, nullptr) << id.toStdString();
        EXPECT_EQ(provider->id(), id);
        for (const Rung rung : provider->rungs())
            EXPECT_NE(provider->createDecoder(rung), nullptr) << id.toStdString();
    }
}

TEST(ProviderRegistry, ReturnsNullForUnknownId)
{
    EXPECT_EQ(createProvider(u"gpt"), nullptr);
    EXPECT_EQ(createProvider(u""), nullptr);
    EXPECT_EQ(createProvider(u"Gemini"), nullptr);
}

TEST(ProviderRegistry, OnlyGenericEndpointsAndTheRelayWorkWithoutModel)
{
    for (const QString &id : providerIds()) {
        const bool generic = id == u"sse"_s || id == u"text"_s || id == u"relay"_s;
        EXPECT_EQ(createProvider(id)->needsModel(), !generic) << id.toStdString();
    }
}

TEST(ProviderRegistry, NoProviderPutsTheKeyInTheUrl)
{
    const QString key = u"sk-registry-test-7f3a9c"_s;
    const chat::Conversation conversation{u"system"_s, {{chat::Role::User, u"hi"_s}}};
    const Endpoint endpoint{QUrl(u"https://api.example.com/v1"_s), u"model-x"_s, key};
    const ResumeState resume{u"7"_s, u"resp_abc123"_s};
    for (const QString &id : providerIds()) {
        const std::unique_ptr<Provider> provider = createProvider(id);
        for (const Rung rung : provider->rungs()) {
            QList<StreamRequest> requests = {
                provider->buildRequest(conversation, endpoint, rung),
                provider->buildContinuationRequest(conversation, endpoint, rung, u"Teil"_s)};
            if (auto resumed = provider->buildResumeRequest(conversation, endpoint, rung, resume))
                requests.append(*resumed);
            for (const StreamRequest &request : requests) {
                const std::string where = id.toStdString() + " on " + rungName(rung).toStdString();
                EXPECT_FALSE(request.url.toString().contains(key)) << where;
                EXPECT_FALSE(request.url.toEncoded().contains(key.toUtf8())) << where;
            }
        }
    }
}
