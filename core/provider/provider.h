#pragma once

#include "frame.h"
#include "optionalparameter.h"
#include "providercatalog.h"
#include "replydecoder.h"
#include "rung.h"

#include "chat/conversation.h"
#include "util/error.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>
#include <utility>

namespace inkchat::provider {

/// Where to send a request and as whom.
struct Endpoint
{
    QUrl baseUrl; ///< as the provider's own SDK takes it, e.g. https://api.openai.com/v1
    QString model;
    QString apiKey; ///< read from the keychain or environment at send time; never logged
    /// The server behind a compatible endpoint (a CompatibleServer id, e.g.
    /// "vllm"); empty: the provider's own.
    QString server = {};
};

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

/// Everything a transport needs to send one request. A ws:// or wss:// URL
/// asks for a WebSocket: `body` is then the first message, sent as text, and
/// framing is Framing::WebSocket.
struct StreamRequest
{
    QUrl url;            ///< never carries a secret
    HttpHeaders headers; ///< may carry the API key
    QByteArray body;     ///< JSON, UTF-8
    Framing framing = Framing::Sse;
    QByteArray method = QByteArrayLiteral("POST"); ///< GET sends no body
    /// The optional parameters the body carries, which the request can go
    /// without if the server refuses them.
    OptionalParameters optional;
};

/// Where a dropped reply can be picked up, as its decoders reported it in
/// ResumePoint events (the latest non-empty value of each field).
struct ResumeState
{
    QString position;   ///< SSE event id or Responses sequence_number
    QString responseId; ///< the server's id of the reply (Responses), if any
};

/// An HTTP error response as the transport received it.
struct HttpErrorResponse
{
    int status = 0;
    QByteArray body; ///< bounded by the transport
    QByteArray contentType;
    QByteArray retryAfter; ///< the raw Retry-After header, if any
};

/// One provider's wire format: how a conversation becomes a request, how the
/// reply's frames become stream events, and how its HTTP errors read. What
/// is known about it without a request (id, rungs, capabilities) is its row
/// of the provider catalogue.
class Provider
{
public:
    virtual ~Provider() = default;

    /// Its row of the provider catalogue.
    const ProviderInfo &info() const { return m_info; }
    /// The name used on the command line and in settings ("openai", ...).
    QString id() const { return m_info.id; }
    /// Whether the endpoint must name a model (the generic endpoints don't).
    bool needsModel() const { return m_info.needsModel; }
    /// The rungs this provider can use, most preferred first.
    const QList<Rung> &rungs() const { return m_info.rungs; }

    /// The request for a fresh reply on `rung` (one of rungs()).
    virtual StreamRequest buildRequest(const chat::Conversation &conversation, const Endpoint &endpoint,
                                       Rung rung) const = 0;

    /// A decoder for one reply received on `rung`.
    virtual std::unique_ptr<ReplyDecoder> createDecoder(Rung rung) const = 0;

    /// The request that picks a dropped reply up after `resume` on `rung`,
    /// read by the same decoder; on the Poll rung also the next poll of a
    /// pending reply. nullopt when the provider cannot resume from there
    /// (the connector then continues or restarts the reply).
    virtual std::optional<StreamRequest> buildResumeRequest(const chat::Conversation &conversation,
                                                            const Endpoint &endpoint, Rung rung,
                                                            const ResumeState &resume) const;

    /// Whether a dropped reply that cannot be resumed can be continued at
    /// `endpoint`: a new request whose last turn is the partial reply, which
    /// the server carries on (assistant prefill, see Prefill). False where
    /// the reply must be asked for again from the start (OpenAI, plain text).
    bool canContinue(const Endpoint &endpoint) const
    {
        return prefillFor(m_info, endpoint.server) != Prefill::None;
    }

    /// The request for the rest of a reply cut off after `partialReply`: the
    /// conversation with the partial reply appended as an assistant turn,
    /// its trailing white space trimmed (Anthropic rejects a prefill that
    /// ends in white space), read by a new decoder. A partial reply of only
    /// white space gives the fresh request: there is nothing to carry on.
    virtual StreamRequest buildContinuationRequest(const chat::Conversation &conversation,
                                                   const Endpoint &endpoint, Rung rung,
                                                   const QString &partialReply) const;

    /// A clear message for an HTTP error, naming the provider's own error
    /// text from the body when there is one. Sets retryable and retryAfter.
    virtual Error describeHttpError(const HttpErrorResponse &response) const;

    /// The GET that lists the models the endpoint offers, with the key as
    /// its requests carry it; nullopt when the provider has no such list
    /// (ProviderCapabilities::listsModels is false).
    virtual std::optional<StreamRequest> buildModelListRequest(const Endpoint &endpoint) const;
    /// The model ids in the body of that request's answer, in the
    /// server's order, as the endpoint's `model` takes them. A Protocol
    /// error when the body is not a model list.
    virtual Result<QStringList> parseModelList(const QByteArray &body) const;

protected:
    explicit Provider(ProviderKind kind) : m_info(providerInfo(kind)) {}

    /// The parameters this provider's requests carry: a temperature it
    /// takes none of, or an effort it does not name, is dropped (the
    /// conversation may have been set up for another provider); a
    /// temperature above its range is brought down to the top of it.
    chat::ReplyParameters supportedParameters(const chat::ReplyParameters &parameters) const;

private:
    const ProviderInfo &m_info;
};

} // namespace inkchat::provider
