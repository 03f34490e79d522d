#include "fuzzinput.h"

namespace inkchat::fuzz {

std::uint8_t FuzzInput::takeByte()
{
    if (m_rest.isEmpty())
        return 0;
    const auto byte = static_cast<std::uint8_t>(m_rest.front());
    m_rest = m_rest.sliced(1);
    return byte;
}

QList<qsizetype> pieceLengths(qsizetype size, std::uint8_t plan)
{
    QList<qsizetype> lengths;
    if (plan == 0) {
        lengths.append(size);
        return lengths;
    }
    // xorshift32: cheap, and the same plan always cuts the same way, so a
    // crash input reproduces.
    std::uint32_t state = 0x9E3779B9u ^ plan;
    const qsizetype maxPiece = plan == 1 ? 1 : 1 + plan / 4;
    for (qsizetype done = 0; done < size;) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        const qsizetype piece = qMin(size - done, 1 + qsizetype(state % std::uint32_t(maxPiece)));
        lengths.append(piece);
        done += piece;
    }
    return lengths;
}

QList<QByteArrayView> splitByPlan(QByteArrayView bytes, std::uint8_t plan)
{
    QList<QByteArrayView> chunks;
    qsizetype at = 0;
    for (const qsizetype length : pieceLengths(bytes.size(), plan)) {
        chunks.append(bytes.sliced(at, length));
        at += length;
    }
    return chunks;
}

stream::Limits limitsFor(std::uint8_t choice)
{
    if (choice < 192)
        return {};
    stream::Limits limits;
    limits.maxLineLength = 16 + (choice % 8) * 32;
    limits.maxEventSize = 16 + ((choice / 8) % 8) * 32;
    return limits;
}

} // namespace inkchat::fuzz
