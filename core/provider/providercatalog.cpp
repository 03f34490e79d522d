#include "providercatalog.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

const QList<ProviderInfo> &providerCatalog()
{
    const QUrl openAi(u"https://api.openai.com/v1"_s);
    const QStringList lowToHigh{u"low"_s, u"medium"_s, u"high"_s};
    // Which efforts a model takes depends on the model; the server says
    // when one is not for it.
    // OpenAI answers a trailing assistant message afresh (measured: the
    // whole answer again after the partial one), as does Gemini: there a
    // dropped reply is restarted. Only the compatible servers that say so
    // carry on, each when asked in its own way.
    const ProviderCapabilities openAiCapabilities{
        .prefill = Prefill::None,
        .maxTemperature = 2,
        .maxOutputTokens = true,
        .reasoningEfforts = {u"none"_s, u"minimal"_s, u"low"_s, u"medium"_s, u"high"_s, u"xhigh"_s},
        .listsModels = true,
        .takesImages = true};
    // The generic endpoints are not known to carry on from a partial
    // assistant turn: a dropped reply is restarted there.
    static const QList<ProviderInfo> catalog = {
        {ProviderKind::OpenAiChat,
         u"openai"_s,
         QT_TRANSLATE_NOOP("ProviderCatalog", "OpenAI or compatible (Chat Completions)"),
         openAi,
         true,
         {Rung::Stream, Rung::Single},
         openAiCapabilities,
         {{u"openai"_s, u"OpenAI"_s, Prefill::None},
          {u"vllm"_s, u"vLLM"_s, Prefill::ContinueFinalMessage},
          {u"llama.cpp"_s, u"llama.cpp"_s, Prefill::ContinueFinalMessage},
          {u"deepseek"_s, u"DeepSeek (beta endpoint)"_s, Prefill::PrefixFlag},
          {u"mistral"_s, u"Mistral"_s, Prefill::PrefixFlag}}},
        {ProviderKind::OpenAiResponses,
         u"openai-responses"_s,
         QT_TRANSLATE_NOOP("ProviderCatalog", "OpenAI Responses"),
         openAi,
         true,
         {Rung::WebSocket, Rung::Stream, Rung::Poll, Rung::Single},
         openAiCapabilities},
        {ProviderKind::Anthropic,
         u"anthropic"_s,
         QT_TRANSLATE_NOOP("ProviderCatalog", "Anthropic"),
         QUrl(u"https://api.anthropic.com/v1"_s),
         true,
         {Rung::Stream, Rung::Single},
         {.prefill = Prefill::TrailingAssistant,
          .maxTemperature = 0,
          .maxOutputTokens = true,
          .reasoningEfforts = {u"low"_s, u"medium"_s, u"high"_s, u"max"_s},
          .listsModels = true,
          .takesImages = true}},
        {ProviderKind::Gemini,
         u"gemini"_s,
         QT_TRANSLATE_NOOP("ProviderCatalog", "Google Gemini"),
         QUrl(u"https://generativelanguage.googleapis.com/v1beta"_s),
         true,
         {Rung::Stream, Rung::Single},
         {.prefill = Prefill::None,
          .maxTemperature = 2,
          .maxOutputTokens = true,
          .reasoningEfforts = lowToHigh,
          .listsModels = true,
          .takesImages = true}},
        {ProviderKind::Ollama,
         u"ollama"_s,
         QT_TRANSLATE_NOOP("ProviderCatalog", "Ollama"),
         QUrl(u"http://localhost:11434"_s),
         true,
         {Rung::Stream, Rung::Single},
         {.prefill = Prefill::TrailingAssistant,
          .maxTemperature = 2,
          .maxOutputTokens = true,
          .reasoningEfforts = lowToHigh,
          .listsModels = true,
          .takesImages = true}},
        {ProviderKind::GenericSse,
         u"sse"_s,
         QT_TRANSLATE_NOOP("ProviderCatalog", "Server-Sent Events stream"),
         QUrl(),
         false,
         {Rung::Stream, Rung::Poll},
         {}},
        {ProviderKind::PlainText,
         u"text"_s,
         QT_TRANSLATE_NOOP("ProviderCatalog", "Plain text stream"),
         QUrl(),
         false,
         {Rung::Stream, Rung::Single},
         {}},
        // inkchat-relay resumes any reply by event id; what it asks upstream
        // is its own business, so no model and no continuation here.
        {ProviderKind::Relay,
         u"relay"_s,
         QT_TRANSLATE_NOOP("ProviderCatalog", "Inkchat relay"),
         QUrl(u"http://127.0.0.1:8417"_s),
         false,
         {Rung::Stream, Rung::Poll},
         {.idempotencyKey = true}},
    };
    return catalog;
}

const ProviderInfo &providerInfo(ProviderKind kind)
{
    for (const ProviderInfo &info : providerCatalog()) {
        if (info.kind == kind)
            return info;
    }
    Q_UNREACHABLE();
    return providerCatalog().constFirst();
}

const ProviderInfo *findProvider(QStringView id)
{
    for (const ProviderInfo &info : providerCatalog()) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

const CompatibleServer *findCompatibleServer(const ProviderInfo &info, QStringView id)
{
    for (const CompatibleServer &compatible : info.compatibleServers) {
        if (compatible.id == id)
            return &compatible;
    }
    return nullptr;
}

Prefill prefillFor(const ProviderInfo &info, QStringView server)
{
    const CompatibleServer *compatible = findCompatibleServer(info, server);
    return compatible ? compatible->prefill : info.capabilities.prefill;
}

QStringList providerIds()
{
    QStringList ids;
    for (const ProviderInfo &info : providerCatalog())
        ids.append(info.id);
    return ids;
}

} // namespace inkchat::provider
