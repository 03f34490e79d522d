// The open conversation's model, system prompt and parameters as the app
// edits them, the endpoint's model list, and the line under a reply that
// says who answered and what it cost.

#include "chatcontrollertesting.h"

#include "controllers/conversationsettingscontroller.h"
#include "controllers/modelcatalog.h"
#include "models/replyfacts.h"

#include <QLocale>

using namespace inkchat::test::chatcontroller;

namespace {

struct ConversationSettingsTest : ChatControllerTest
{
    void SetUp() override
    {
        ChatControllerTest::SetUp();
        addServerEndpoint();
        models = std::make_unique<ModelCatalog>(*endpoints, &network);
        controller = std::make_unique<ConversationSettingsController>(*chat, *endpoints, *models);
    }

    std::unique_ptr<ModelCatalog> models;
    std::unique_ptr<ConversationSettingsController> controller;
};

TEST_F(ConversationSettingsTest, SavesWhatIsRightAndRefusesWhatIsNotWithoutStoringHalf)
{
    EXPECT_EQ(controller->maxTemperature(), 2.0) << "OpenAI's range";
    EXPECT_EQ(controller->save(u"Be brief."_s, u"2.5"_s, u"100"_s, {}),
              u"The temperature is a number from 0 to 2, or empty for the provider's default."_s);
    EXPECT_TRUE(chat->session()->systemPrompt().isEmpty()) << "nothing stored";
    EXPECT_FALSE(controller->save(u"Be brief."_s, u"0.5"_s, u"many"_s, {}).isEmpty());

    EXPECT_EQ(controller->save(u"Be brief."_s, u"0"_s, u"100"_s, u"high"_s), QString());
    EXPECT_EQ(chat->session()->systemPrompt(), u"Be brief."_s);
    EXPECT_EQ(chat->session()->parameters(), (inkchat::chat::ReplyParameters{0.0, 100, u"high"_s}));
    EXPECT_EQ(controller->temperatureText(), u"0"_s);
    EXPECT_EQ(controller->reasoningEffortAt(controller->reasoningEffortIndex()), u"high"_s);

    // Empty fields leave it to the provider again.
    EXPECT_EQ(controller->save(u"Be brief."_s, {}, {}, controller->reasoningEffortAt(0)), QString());
    EXPECT_TRUE(chat->session()->parameters().isDefault());
}

TEST_F(ConversationSettingsTest, TheModelIsTheConversationsAndTheHeaderSaysSo)
{
    EXPECT_EQ(controller->defaultModel(), u"test-model"_s);
    EXPECT_EQ(controller->setModel(u" other-model "_s), QString());
    EXPECT_EQ(controller->model(), u"other-model"_s);
    EXPECT_EQ(chat->endpointLabel(), u"Test · other-model"_s);
    server.setResponse(sseResponse(openAiChatBody({u"Ok."_s})));
    ASSERT_TRUE(chat->send(u"Hello"_s));
    ASSERT_TRUE(waitForEnd());
    EXPECT_EQ(server.requests().constLast().header("Content-Type"), "application/json");
    EXPECT_TRUE(server.requests().constLast().body.contains("\"model\":\"other-model\""));
    conversations().create();
    EXPECT_TRUE(controller->model().isEmpty()) << "a new conversation asks the endpoint's model";
    EXPECT_EQ(chat->endpointLabel(), u"Test · test-model"_s);
}

TEST_F(ConversationSettingsTest, TheEndpointsModelsAreFetchedWhenItIsSetUpAndAFailureSaysWhy)
{
    server.setResponse(jsonResponse(R"({"data":[{"id":"b-model"},{"id":"a-model"}]})", 200, "OK"));
    models->refresh();
    ASSERT_TRUE(waitUntil(models.get(), &ModelCatalog::loadingChanged, [&] { return !models->isLoading(); }));
    EXPECT_EQ(models->models(), (QStringList{u"a-model"_s, u"b-model"_s}));
    EXPECT_TRUE(models->errorText().isEmpty());
    EXPECT_EQ(server.requests().constLast().target, "/v1/models");

    server.setResponse(openAiError(401, "Unauthorized", u"Invalid API key."_s));
    models->refresh();
    ASSERT_TRUE(waitUntil(models.get(), &ModelCatalog::loadingChanged, [&] { return !models->isLoading(); }));
    EXPECT_TRUE(models->models().isEmpty());
    EXPECT_TRUE(models->errorText().contains(u"Invalid API key."_s)) << models->errorText().toStdString();
    EXPECT_TRUE(models->errorText().contains(u"type the model's name"_s));
}

TEST(ReplyFacts, NameTheModelAndTheTokensTheProviderReported)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    inkchat::chat::MessageRecord reply;
    reply.role = inkchat::chat::Role::Assistant;
    reply.model = u"gpt-4o"_s;
    reply.usage = {1234, 567};
    EXPECT_EQ(inkchat::app::replyFacts(reply), u"gpt-4o · 1,234 in · 567 out"_s);
    reply.usage = {-1, 567};
    EXPECT_EQ(inkchat::app::replyFacts(reply), u"gpt-4o · 567 out"_s) << "what was not reported is left out";
    reply.usage = {};
    EXPECT_TRUE(inkchat::app::replyFacts(reply).isEmpty()) << "no counts: nothing the request did not say";
    reply.status = inkchat::chat::MessageStatus::Streaming;
    EXPECT_TRUE(inkchat::app::replyFacts(reply).isEmpty());
    QLocale::setDefault(QLocale::c());
}

} // namespace
