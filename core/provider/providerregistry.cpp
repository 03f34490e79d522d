#include "providerregistry.h"

#include "anthropicprovider.h"
#include "geminiprovider.h"
#include "genericsseprovider.h"
#include "ollamaprovider.h"
#include "openaichatprovider.h"
#include "openairesponsesprovider.h"
#include "plaintextprovider.h"
#include "relayprovider.h"

using namespace Qt::StringLiterals;

namespace inkchat::provider {

std::unique_ptr<Provider> createProvider(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAiChat:
        return std::make_unique<OpenAiChatProvider>();
    case ProviderKind::OpenAiResponses:
        return std::make_unique<OpenAiResponsesProvider>();
    case ProviderKind::Anthropic:
        return std::make_unique<AnthropicProvider>();
    case ProviderKind::Gemini:
        return std::make_unique<GeminiProvider>();
    case ProviderKind::Ollama:
        return std::make_unique<OllamaProvider>();
    case ProviderKind::GenericSse:
        return std::make_unique<GenericSseProvider>();
    case ProviderKind::PlainText:
        return std::make_unique<PlainTextProvider>();
    case ProviderKind::Relay:
        return std::make_unique<RelayProvider>();
    }
    Q_UNREACHABLE();
    return nullptr;
}

std::unique_ptr<Provider> createProvider(QStringView id)
{
    const ProviderInfo *info = findProvider(id);
    return info ? createProvider(info->kind) : nullptr;
}

Error unknownProviderError(const QString &id)
{
    return Error::coded(Error::Kind::Usage, Error::Code::UnknownProvider, id,
                        u"unknown provider \"%1\""_s.arg(id));
}

Error noModelListError(const QString &id)
{
    return Error::coded(Error::Kind::Usage, Error::Code::ModelListUnsupported, id,
                        u"%1 endpoints do not list their models"_s.arg(id));
}

} // namespace inkchat::provider
