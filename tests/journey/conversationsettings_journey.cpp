// Journey 6: a conversation's own model and system prompt (issue 19). The
// endpoint's models are fetched when it is set up; the user picks one in the
// chat header, sets a system prompt and a temperature in the conversation's
// settings panel, and the provider receives exactly that. The reply says
// which model answered and what it cost. On the desktop and on e-ink.

#include "journeyapp.h"
#include "journeysteps.h"

#include "fixtures.h"
#include "ssescript.h"
#include "streamserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace inkchat::journey {
namespace {

/// An OpenAI-compatible server: its model list (as OpenAI writes it), and
/// replies that name the dated model and report their tokens.
void serveOpenAi(test::StreamServer &server)
{
    server.setResponder([](const test::RecordedRequest &request) {
        if (request.method == "GET") {
            test::StreamResponse list;
            list.headers = {{"Content-Type", "application/json"}};
            list.body = test::readData(u"providers/openai/models.json"_s);
            return list;
        }
        QByteArray body = test::openAiChatBody({u"Arr,"_s, u" hello"_s, u" there."_s});
        body.replace("data: {", "data: {\"model\":\"gpt-4o-mini-2024-07-18\",");
        body.insert(body.indexOf("data: [DONE]"),
                    "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":1234,\"completion_tokens\":56}}\n\n");
        return test::sseResponse(body);
    });
}

const test::RecordedRequest *lastPost(const test::StreamServer &server)
{
    for (auto it = server.requests().crbegin(); it != server.requests().crend(); ++it) {
        if (it->method == "POST")
            return &*it;
    }
    return nullptr;
}

void pickModelSetPromptAndSend(chat::DisplayProfile::Kind profile)
{
    test::StreamServer provider;
    serveOpenAi(provider);
    app::AppOptions options;
    options.profile = profile;
    JourneyApp app(options);

    app.click(app.visibleItem(u"settingsButton"_s));
    ASSERT_NO_FATAL_FAILURE(addEndpointInSettings(app, u"My server"_s, provider.url(u"/v1"_s).toString(),
                                                  u"gpt-4o"_s, u"sk-journey"_s));
    app.key(Qt::Key_Escape);

    // The endpoint was asked for its models as soon as it was set up, with its key.
    ASSERT_TRUE(app.waitFor([&] {
        for (const test::RecordedRequest &request : provider.requests()) {
            if (request.target == "/v1/models" && request.header("Authorization") == "Bearer sk-journey")
                return true;
        }
        return false;
    })) << "no model list was asked for";

    // Pick a model in the header.
    QQuickItem *modelField = app.visibleItem(u"conversationModelField"_s);
    ASSERT_TRUE(modelField);
    EXPECT_EQ(modelField->property("placeholderText").toString(), u"gpt-4o"_s)
        << "the endpoint's model, as a hint";
    app.click(app.visibleItem(u"modelListButton"_s));
    QQuickItem *option = nullptr;
    ASSERT_TRUE(app.waitFor([&] { return (option = app.visibleText(u"gpt-4o-mini"_s)) != nullptr; }))
        << "the list offers the endpoint's models";
    EXPECT_TRUE(app.visibleText(u"o3-mini"_s));
    app.shot(u"model-list"_s);
    app.click(option);
    EXPECT_EQ(modelField->property("text").toString(), u"gpt-4o-mini"_s);
    EXPECT_TRUE(app.visibleText(u"My server · gpt-4o-mini"_s, app.visibleItem(u"endpointLabel"_s)))
        << "the header names the conversation's model";

    // The conversation's settings: a system prompt and a temperature.
    app.key(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(app.visibleItem(u"systemPromptField"_s)) << "Ctrl+Shift+S opens the conversation's settings";
    EXPECT_EQ(app.focusItem()->objectName(), u"systemPromptField"_s) << "the keyboard is in the prompt";
    app.key(Qt::Key_Escape);
    ASSERT_FALSE(app.visibleItem(u"systemPromptField"_s)) << "Escape closes it";
    app.click(app.visibleItem(u"conversationSettingsButton"_s));
    ASSERT_NO_FATAL_FAILURE(fillField(app, u"systemPromptField"_s, u"Answer like a pirate."_s));
    ASSERT_NO_FATAL_FAILURE(fillField(app, u"temperatureField"_s, u"7"_s));
    app.click(app.visibleItem(u"saveConversationSettingsButton"_s));
    ASSERT_TRUE(app.visibleItem(u"conversationSettingsError"_s)) << "a temperature out of range is refused";
    app.shot(u"temperature-refused"_s);
    ASSERT_NO_FATAL_FAILURE(fillField(app, u"temperatureField"_s, u"0.3"_s));
    app.shot(u"conversation-settings"_s);
    app.click(app.visibleItem(u"saveConversationSettingsButton"_s));
    ASSERT_FALSE(app.visibleItem(u"systemPromptField"_s)) << "saved and closed";
    EXPECT_EQ(app.focusItem()->objectName(), u"messageInput"_s) << "the keyboard goes back to the message";

    app.type(u"Hello\n"_s);
    ASSERT_TRUE(app.waitFor([&] { return app.visibleTextContaining(u"Arr, hello there."_s) != nullptr; }));
    ASSERT_TRUE(waitUntilReplyEnded(app));
    QQuickItem *facts = nullptr;
    ASSERT_TRUE(app.waitFor([&] { return (facts = app.visibleItem(u"replyFacts"_s)) != nullptr; }))
        << "the reply says who answered";
    EXPECT_EQ(facts->property("text").toString(), u"gpt-4o-mini-2024-07-18 · 1,234 in · 56 out"_s);
    app.shot(u"reply-with-facts"_s);

    const test::RecordedRequest *sent = lastPost(provider);
    ASSERT_TRUE(sent);
    const QJsonObject body = QJsonDocument::fromJson(sent->body).object();
    EXPECT_EQ(body[u"model"_s].toString(), u"gpt-4o-mini"_s);
    EXPECT_EQ(body[u"temperature"_s].toDouble(), 0.3);
    const QJsonObject system = body[u"messages"_s].toArray().at(0).toObject();
    EXPECT_EQ(system[u"role"_s].toString(), u"system"_s);
    EXPECT_EQ(system[u"content"_s].toString(), u"Answer like a pirate."_s);
}

TEST_F(Journey, PickAModelSetASystemPromptAndSeeThemSent)
{
    pickModelSetPromptAndSend(chat::DisplayProfile::Kind::Desktop);
}

TEST_F(Journey, PickAModelSetASystemPromptAndSeeThemSentOnEink)
{
    pickModelSetPromptAndSend(chat::DisplayProfile::Kind::Eink);
}

} // namespace
} // namespace inkchat::journey
