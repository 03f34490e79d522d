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
    bool isComplete() const override { return true; }
};

} // namespace

PlainTextProvider::PlainTextProvider()
    : GenericEndpointProvider(Framing::Text, QByteArrayLiteral("text/plain"))
{
}

QString PlainTextProvider::id() const
{
    return u"text"_s;
}

std::unique_ptr<ReplyDecoder> PlainTextProvider::createDecoder() const
{
    return std::make_unique<PlainTextDecoder>();
}

} // namespace inkchat::provider
