#include "providerregistry.h"

#include "anthropicprovider.h"
#include "geminiprovider.h"
#include "genericsseprovider.h"
#include "ollamaprovider.h"
#include "openaichatprovider.h"
#include "openairesponsesprovider.h"
#include "plaintextprovider.h"

using namespace Qt::StringLiterals;

namespace inkchat::provider {

QStringList providerIds()
{
    return {u"openai"_s, u"openai-responses"_s, u"anthropic"_s, u"gemini"_s, u"ollama"_s, u"sse"_s,
            u"text"_s};
}

std::unique_ptr<Provider> createProvider(QStringView id)
{
    if (id == u"openai")
        return std::make_unique<OpenAiChatProvider>();
    if (id == u"openai-responses")
        return std::make_unique<OpenAiResponsesProvider>();
    if (id == u"anthropic")
        return std::make_unique<AnthropicProvider>();
    if (id == u"gemini")
        return std::make_unique<GeminiProvider>();
    if (id == u"ollama")
        return std::make_unique<OllamaProvider>();
    if (id == u"sse")
        return std::make_unique<GenericSseProvider>();
    if (id == u"text")
        return std::make_unique<PlainTextProvider>();
    return nullptr;
}

} // namespace inkchat::provider
