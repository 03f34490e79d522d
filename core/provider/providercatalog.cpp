#include "providercatalog.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

const QList<ProviderInfo> &providerCatalog()
{
    const QUrl openAi(u"https://api.openai.com/v1"_s);
    // The generic endpoints are not known to carry on from a partial
    // assistant turn: a dropped reply is restarted there.
    static const QList<ProviderInfo> catalog = {
        {ProviderKind::OpenAiChat, u"openai"_s,
         QT_TRANSLATE_NOOP("ProviderCatalog", "OpenAI or compatible (Chat Completions)"), openAi, true,
         {Rung::Stream, Rung::Single}, {.continuation = true}},
        {ProviderKind::OpenAiResponses, u"openai-responses"_s, QT_TRANSLATE_NOOP("ProviderCatalog", "OpenAI Responses"),
         openAi, true, {Rung::WebSocket, Rung::Stream, Rung::Poll, Rung::Single}, {.continuation = true}},
        {ProviderKind::Anthropic, u"anthropic"_s, QT_TRANSLATE_NOOP("ProviderCatalog", "Anthropic"),
         QUrl(u"https://api.anthropic.com/v1"_s), true, {Rung::Stream, Rung::Single}, {.continuation = true}},
        {ProviderKind::Gemini, u"gemini"_s, QT_TRANSLATE_NOOP("ProviderCatalog", "Google Gemini"),
         QUrl(u"https://generativelanguage.googleapis.com/v1beta"_s), true, {Rung::Stream, Rung::Single},
         {.continuation = true}},
        {ProviderKind::Ollama, u"ollama"_s, QT_TRANSLATE_NOOP("ProviderCatalog", "Ollama"),
         QUrl(u"http://localhost:11434"_s), true, {Rung::Stream, Rung::Single}, {.continuation = true}},
        {ProviderKind::GenericSse, u"sse"_s, QT_TRANSLATE_NOOP("ProviderCatalog", "Server-Sent Events stream"),
         QUrl(), false, {Rung::Stream, Rung::Poll}, {.continuation = false}},
        {ProviderKind::PlainText, u"text"_s, QT_TRANSLATE_NOOP("ProviderCatalog", "Plain text stream"), QUrl(),
         false, {Rung::Stream, Rung::Single}, {.continuation = false}},
        // inkchat-relay resumes any reply by event id; what it asks upstream
        // is its own business, so no model and no continuation here.
        {ProviderKind::Relay, u"relay"_s, QT_TRANSLATE_NOOP("ProviderCatalog", "Inkchat relay"),
         QUrl(u"http://127.0.0.1:8417"_s), false, {Rung::Stream, Rung::Poll}, {.continuation = false}},
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

QStringList providerIds()
{
    QStringList ids;
    for (const ProviderInfo &info : providerCatalog())
        ids.append(info.id);
    return ids;
}

} // namespace inkchat::provider
