#pragma once

#include "rung.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrl>

namespace inkchat::provider {

/// The wire formats Inkchat speaks, one per Provider subclass.
enum class ProviderKind {
    OpenAiChat,
    OpenAiResponses,
    Anthropic,
    Gemini,
    Ollama,
    GenericSse,
    PlainText,
    Relay,
};

/// Whether and how a server carries on from a partial assistant reply
/// (assistant prefill). Where it does not, a request that ends in the
/// partial reply is answered afresh, from the start: continuing there would
/// put a second answer after the first one's beginning.
enum class Prefill {
    None,                 ///< not honoured: a dropped reply is restarted (OpenAI, Gemini)
    TrailingAssistant,    ///< a trailing assistant turn is carried on (Anthropic, Ollama)
    ContinueFinalMessage, ///< ... when the request says `continue_final_message` (vLLM, llama.cpp)
    PrefixFlag,           ///< ... when that turn says `prefix: true` (DeepSeek beta, Mistral)
};

/// A server that speaks a provider kind's wire format with its own
/// extensions (an OpenAI-compatible server), chosen per endpoint.
struct CompatibleServer
{
    /// The name in settings and on the command line ("vllm", ...); stable.
    QString id;
    /// What people call it; a product name, not translated.
    QString displayName;
    /// The only extension the table records so far.
    Prefill prefill = Prefill::None;
};

/// What the servers of a provider kind honour, which decides how a reply is
/// asked for and picked up. New flags go here (not into `if (id == ...)`
/// branches), so the connector, the front ends and the docs read one table.
struct ProviderCapabilities
{
    /// How its own servers carry on from a partial assistant reply: a
    /// dropped reply that cannot be resumed is continued where they do,
    /// else restarted as a new version that replaces the partial one. An
    /// endpoint that names a CompatibleServer goes by that server's row.
    Prefill prefill = Prefill::None;
    /// The highest sampling temperature its API takes (from 0); 0: it
    /// takes none (Anthropic since API version 2026-10-21 rejects any).
    double maxTemperature = 0;
    /// Its requests can bound a reply's length
    /// (chat::ReplyParameters::maxOutputTokens).
    bool maxOutputTokens = false;
    /// The reasoning efforts its API names, least first; empty: it has no
    /// such setting.
    QStringList reasoningEfforts = {};
    /// It lists the models an endpoint offers (Provider::buildModelListRequest()).
    bool listsModels = false;
    /// It recognises a retried request by its `Idempotency-Key` header and
    /// answers with the reply the first one started (inkchat-relay): a
    /// request cut before its answer named the reply is not asked twice.
    bool idempotencyKey = false;
    /// Its requests carry a user message's images (chat::Attachment), for
    /// vision models; the others are sent no images, and a message with
    /// images is refused before it is sent (see imageparts.h).
    bool takesImages = false;
};

/// One row of the provider table: everything known about a provider kind
/// before a request is built.
struct ProviderInfo
{
    ProviderKind kind = ProviderKind::OpenAiChat;
    /// The name on the command line and in settings ("openai", ...); stable.
    QString id;
    /// What people call it, in English, as a picker lists it; marked for
    /// translation in kProviderNameContext (the app translates it).
    const char *displayName = "";
    /// Where its public API lives; empty for the generic endpoints, which
    /// have no usual address.
    QUrl defaultBaseUrl;
    /// Whether an endpoint must name a model (the generic endpoints don't).
    bool needsModel = true;
    /// The transport ladder, most preferred rung first (ARCHITECTURE.md).
    QList<Rung> rungs;
    ProviderCapabilities capabilities;
    /// The servers that speak its format with extensions of their own,
    /// which an endpoint may name (Endpoint::server).
    QList<CompatibleServer> compatibleServers = {};
};

/// The translation context of ProviderInfo::displayName.
inline constexpr char kProviderNameContext[] = "ProviderCatalog";

/// Every provider kind, in the order users see them listed.
const QList<ProviderInfo> &providerCatalog();

/// The row of a kind.
const ProviderInfo &providerInfo(ProviderKind kind);

/// The row with this id, or nullptr for an unknown id (ids are case-sensitive).
const ProviderInfo *findProvider(QStringView id);

/// The compatible server `id` of `info`'s kind, or nullptr.
const CompatibleServer *findCompatibleServer(const ProviderInfo &info, QStringView id);

/// How an endpoint of `info`'s kind that names `server` (empty: the
/// provider's own servers; an unknown name: the same) carries on from a
/// partial reply.
Prefill prefillFor(const ProviderInfo &info, QStringView server);

/// The ids, in catalogue order: what --provider and Settings accept.
QStringList providerIds();

} // namespace inkchat::provider
