#pragma once

#include "frame.h"
#include "replydecoder.h"

#include "chat/conversation.h"
#include "util/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <utility>

namespace inkchat::provider {

/// Where to send a request and as whom.
struct Endpoint
{
    QUrl baseUrl;  ///< as the provider's own SDK takes it, e.g. https://api.openai.com/v1
    QString model;
    QString apiKey; ///< read from the keychain or environment at send time; never logged
};

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

/// Everything a transport needs to send one streaming request.
struct StreamRequest
{
    QUrl url;           ///< never carries a secret
    HttpHeaders headers; ///< may carry the API key
    QByteArray body;     ///< JSON, UTF-8
    Framing framing = Framing::Sse;
    QByteArray method = QByteArrayLiteral("POST"); ///< GET sends no body
};

/// An HTTP error response as the transport received it.
struct HttpErrorResponse
{
    int status = 0;
    QByteArray body;       ///< bounded by the transport
    QByteArray contentType;
    QByteArray retryAfter; ///< the raw Retry-After header, if any
};

/// One provider's wire format: how a conversation becomes a request, how the
/// reply's frames become stream events, and how its HTTP errors read.
class Provider
{
public:
    virtual ~Provider() = default;

    /// The name used on the command line and in settings ("openai", ...).
    virtual QString id() const = 0;

    /// Whether the endpoint must name a model (the generic endpoints don't).
    virtual bool needsModel() const { return true; }

    virtual StreamRequest buildRequest(const chat::Conversation &conversation,
                                       const Endpoint &endpoint) const = 0;

    virtual std::unique_ptr<ReplyDecoder> createDecoder() const = 0;

    /// A clear message for an HTTP error, naming the provider's own error
    /// text from the body when there is one. Sets retryable and retryAfter.
    virtual Error describeHttpError(const HttpErrorResponse &response) const;
};

} // namespace inkchat::provider
