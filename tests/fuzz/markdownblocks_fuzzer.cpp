// chat::MarkdownBlocks: a reply that grows piece by piece ends in the same
// blocks as the whole reply split at once; each update() leaves the blocks
// before the index it returns, and every finished block, unchanged; blocks
// are in order, inside the text and do not overlap.
//
// Input: [split plan] Markdown text (UTF-8)...

#include "fuzzcheck.h"
#include "fuzzinput.h"

#include "chat/markdownblocks.h"

using namespace inkchat;
using chat::MarkdownBlock;
using chat::MarkdownBlocks;

namespace {

void checkLayout(const QList<MarkdownBlock> &blocks, qsizetype textSize)
{
    qsizetype end = 0;
    for (const MarkdownBlock &block : blocks) {
        FUZZ_CHECK(block.start >= end);
        FUZZ_CHECK(block.length >= 0);
        FUZZ_CHECK(block.end() <= textSize);
        end = block.end();
    }
}

/// The first index where the two lists differ (the shorter size if one is
/// a prefix of the other, the size if they are equal).
qsizetype firstDifference(const QList<MarkdownBlock> &a, const QList<MarkdownBlock> &b)
{
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i])
        ++i;
    return i;
}

QList<MarkdownBlock> splitWhole(const QString &text)
{
    MarkdownBlocks blocks;
    FUZZ_CHECK(blocks.update(text) == 0);
    blocks.finish();
    return blocks.blocks();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::FuzzInput input(data, size);
    const std::uint8_t plan = input.takeByte();
    const QString text = QString::fromUtf8(input.rest());

    MarkdownBlocks streaming;
    qsizetype grown = 0;
    for (const qsizetype piece : fuzz::pieceLengths(text.size(), plan)) {
        grown += piece;
        const QStringView soFar = QStringView(text).first(grown);
        FUZZ_CHECK(streaming.isContinuedBy(soFar));
        const QList<MarkdownBlock> before = streaming.blocks();
        const qsizetype finishedBefore = streaming.finishedCount();

        const qsizetype changed = streaming.update(soFar);
        const QList<MarkdownBlock> &after = streaming.blocks();
        checkLayout(after, soFar.size());
        FUZZ_CHECK(changed >= 0 && changed <= after.size());
        FUZZ_CHECK(changed <= firstDifference(before, after));
        FUZZ_CHECK(finishedBefore <= firstDifference(before, after));
        FUZZ_CHECK(streaming.finishedCount() <= after.size());
    }
    const QList<MarkdownBlock> before = streaming.blocks();
    const qsizetype changed = streaming.finish();
    FUZZ_CHECK(changed <= firstDifference(before, streaming.blocks()));
    FUZZ_CHECK(streaming.finishedCount() == streaming.blocks().size());
    checkLayout(streaming.blocks(), text.size());

    FUZZ_CHECK(streaming.blocks() == splitWhole(text));
    return 0;
}
