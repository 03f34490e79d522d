#pragma once

#include "provider.h"

namespace inkchat::provider {

/// Google Gemini (Generative Language API): streamGenerateContent with
/// alt=sse. The key travels in the x-goog-api-key header, never in the URL.
///
/// The reply is complete on the chunk that carries a finishReason (Gemini
/// sends no [DONE]); usage is reported once, with that chunk. Gemini writes
/// a failure mid-stream as a bare, often pretty-printed JSON object
/// `{"error": {...}}` between events; the decoder reassembles it from the
/// stray lines and reports its message and status.
///
/// Rungs: Stream, then Single (generateContent, answered by one
/// GenerateContentResponse). A dropped reply is continued with the partial
/// text as the last "model" turn.
class GeminiProvider final : public Provider
{
public:
    GeminiProvider();
    StreamRequest buildRequest(const chat::Conversation &conversation, const Endpoint &endpoint,
                               Rung rung) const override;
    std::unique_ptr<ReplyDecoder> createDecoder(Rung rung) const override;
    /// `GET {base}/models?pageSize=1000`, answered by {"models": [{"name":
    /// "models/…", "supportedGenerationMethods"}]}: the models that
    /// generate content, without the "models/" prefix.
    std::optional<StreamRequest> buildModelListRequest(const Endpoint &endpoint) const override;
    Result<QStringList> parseModelList(const QByteArray &body) const override;

private:
    static void appendApiKey(StreamRequest &request, const Endpoint &endpoint);
};

} // namespace inkchat::provider
