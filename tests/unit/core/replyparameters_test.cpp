// A conversation's parameters (temperature, maximum output tokens,
// reasoning effort) in each provider's own request format, as its API
// reference names them; what a provider does not take is left out.

#include "providertesting.h"

#include "provider/anthropicprovider.h"
#include "provider/geminiprovider.h"
#include "provider/genericsseprovider.h"
#include "provider/ollamaprovider.h"
#include "provider/openaichatprovider.h"
#include "provider/openairesponsesprovider.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat;
using namespace inkchat::provider;

namespace {

chat::Conversation conversationWith(const chat::ReplyParameters &parameters)
{
    chat::Conversation conversation{u"Be brief."_s, {{chat::Role::User, u"Hallo"_s}}};
    conversation.parameters = parameters;
    return conversation;
}

QJsonObject bodyFor(const Provider &provider, const chat::ReplyParameters &parameters,
                    Rung rung = Rung::Stream)
{
    const Endpoint endpoint{QUrl(u"https://api.example.com/v1"_s), u"m"_s, u"sk-test"_s};
    return test::bodyObject(provider.buildRequest(conversationWith(parameters), endpoint, rung));
}

const chat::ReplyParameters kSet{0.4, 300, u"high"_s};

} // namespace

TEST(ReplyParameters, OpenAiChatSendsTemperatureMaxCompletionTokensAndReasoningEffort)
{
    for (Rung rung : {Rung::Stream, Rung::Single}) {
        const QJsonObject body = bodyFor(OpenAiChatProvider(), kSet, rung);
        EXPECT_EQ(body["temperature"_L1].toDouble(), 0.4);
        EXPECT_EQ(body["max_completion_tokens"_L1].toInt(), 300);
        EXPECT_FALSE(body.contains("max_tokens"_L1)) << "deprecated, and refused by reasoning models";
        EXPECT_EQ(body["reasoning_effort"_L1].toString(), u"high"_s);
    }
}

TEST(ReplyParameters, OpenAiResponsesSendsMaxOutputTokensAndReasoningObject)
{
    for (Rung rung : {Rung::WebSocket, Rung::Stream, Rung::Single}) {
        const Endpoint endpoint{QUrl(u"https://api.example.com/v1"_s), u"m"_s, {}};
        const StreamRequest request = OpenAiResponsesProvider().buildRequest(conversationWith(kSet), endpoint,
                                                                             rung);
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        EXPECT_EQ(body["temperature"_L1].toDouble(), 0.4);
        EXPECT_EQ(body["max_output_tokens"_L1].toInt(), 300);
        EXPECT_EQ(body["reasoning"_L1].toObject(), (QJsonObject{{"effort"_L1, u"high"_s}}));
    }
}

TEST(ReplyParameters, AnthropicSendsMaxTokensAndEffortButNoSamplingParameter)
{
    const QJsonObject body = bodyFor(AnthropicProvider(), kSet);
    EXPECT_EQ(body["max_tokens"_L1].toInt(), 300);
    EXPECT_EQ(body["output_config"_L1].toObject(), (QJsonObject{{"effort"_L1, u"high"_s}}));
    // API version 2026-10-21 answers 400 to any temperature, even 1.
    EXPECT_FALSE(body.contains("temperature"_L1));
    EXPECT_FALSE(body.contains("thinking"_L1));

    const QJsonObject plain = bodyFor(AnthropicProvider(), {});
    EXPECT_EQ(plain["max_tokens"_L1].toInt(), AnthropicProvider::kMaxTokens) << "the API requires max_tokens";
    EXPECT_FALSE(plain.contains("output_config"_L1));
}

TEST(ReplyParameters, GeminiSendsAGenerationConfigWithAThinkingBudget)
{
    for (Rung rung : {Rung::Stream, Rung::Single}) {
        const QJsonObject config = bodyFor(GeminiProvider(), kSet, rung)["generationConfig"_L1].toObject();
        EXPECT_EQ(config["temperature"_L1].toDouble(), 0.4);
        EXPECT_EQ(config["maxOutputTokens"_L1].toInt(), 300);
        EXPECT_EQ(config["thinkingConfig"_L1].toObject(), (QJsonObject{{"thinkingBudget"_L1, 24576}}));
    }
    EXPECT_EQ(bodyFor(GeminiProvider(), {std::nullopt, std::nullopt, u"low"_s})["generationConfig"_L1]
                  .toObject()["thinkingConfig"_L1]["thinkingBudget"_L1]
                  .toInt(),
              1024);
    EXPECT_FALSE(bodyFor(GeminiProvider(), {}).contains("generationConfig"_L1));
}

TEST(ReplyParameters, OllamaSendsOptionsAndAThinkingLevel)
{
    const QJsonObject body = bodyFor(OllamaProvider(), kSet);
    EXPECT_EQ(body["options"_L1].toObject(), (QJsonObject{{"temperature"_L1, 0.4}, {"num_predict"_L1, 300}}));
    EXPECT_EQ(body["think"_L1].toString(), u"high"_s);
    const QJsonObject plain = bodyFor(OllamaProvider(), {});
    EXPECT_FALSE(plain.contains("options"_L1));
    EXPECT_FALSE(plain.contains("think"_L1));
}

TEST(ReplyParameters, NothingIsSentForAConversationThatLeavesThemToTheProvider)
{
    const QJsonObject body = bodyFor(OpenAiChatProvider(), {});
    for (const auto key : {"temperature"_L1, "max_completion_tokens"_L1, "reasoning_effort"_L1})
        EXPECT_FALSE(body.contains(key)) << key.data();
}

TEST(ReplyParameters, ATemperatureOfZeroIsSent)
{
    EXPECT_EQ(bodyFor(OpenAiChatProvider(), {0.0, std::nullopt, {}})["temperature"_L1], QJsonValue(0.0));
}

TEST(ReplyParameters, WhatTheProviderDoesNotTakeIsLeftOutAndATemperatureKeptInItsRange)
{
    // Set up for another provider: "max" is Anthropic's, OpenAI has no such effort.
    const QJsonObject body = bodyFor(OpenAiChatProvider(), {3.5, std::nullopt, u"max"_s});
    EXPECT_EQ(body["temperature"_L1].toDouble(), 2.0);
    EXPECT_FALSE(body.contains("reasoning_effort"_L1));
    // The generic endpoints send the conversation only.
    const QJsonObject generic = bodyFor(GenericSseProvider(), kSet);
    EXPECT_EQ(generic.keys(), (QStringList{u"messages"_s, u"model"_s}));
}
