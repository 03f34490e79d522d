#include "plaintextprovider.h"

using namespace Qt::StringLiterals;

namespace inkchat::provider {

namespace {

/// Every piece of decoded text is reply text.
class PlainTextDecoder final : public ReplyDecoder
{
public:
    void decode(const Frame &frame, StreamEvents &out) override
    {
        if (const auto *chunk = std::get_if<TextChunk>(&frame); chunk && !chunk->text.isEmpty())
            out.append(TextDelta{chunk->text});
    }

    /// See PlainTextProvider: the body's clean end is the end signal.
    void bodyEnded() override { m_complete = true; }
    bool isComplete() const override { return m_complete; }

private:
    bool m_complete = false;
};

} // namespace

PlainTextProvider::PlainTextProvider()
    : GenericEndpointProvider(ProviderKind::PlainText, Framing::Text, QByteArrayLiteral("text/plain"))
{
}

std::unique_ptr<ReplyDecoder> PlainTextProvider::createDecoder(Rung) const
{
    return std::make_unique<PlainTextDecoder>();
}

} // namespace inkchat::provider
