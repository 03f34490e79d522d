#pragma once

#include "stream/streamlimits.h"

#include <QByteArrayView>
#include <QList>

#include <cstddef>
#include <cstdint>

namespace inkchat::fuzz {

/// A fuzz input read as a few leading option bytes (which split plan, which
/// limits, ...) followed by the payload. The layout is part of each target's
/// seed format: scripts/fuzz.sh prefixes fixture files with these bytes.
class FuzzInput
{
public:
    FuzzInput(const std::uint8_t *data, std::size_t size)
        : m_rest(reinterpret_cast<const char *>(data), qsizetype(size))
    {
    }

    /// The next option byte; 0 once the input is used up.
    std::uint8_t takeByte();
    /// The payload: everything not taken as an option byte.
    QByteArrayView rest() const { return m_rest; }

private:
    QByteArrayView m_rest;
};

/// Cuts `bytes` into chunks as one option byte says: 0 leaves it whole, 1
/// cuts it into single bytes, any other value into pseudo-random pieces of
/// 1 to 1 + plan / 4 bytes (deterministic for a given plan). Streaming
/// parsers promise the same result for every one of these.
QList<QByteArrayView> splitByPlan(QByteArrayView bytes, std::uint8_t plan);

/// The piece lengths splitByPlan() uses for a payload of `size` units, so
/// that targets working on text (UTF-16) can cut it the same way.
QList<qsizetype> pieceLengths(qsizetype size, std::uint8_t plan);

/// The framer limits one option byte asks for: mostly the defaults, and for
/// a quarter of the values small ones (16 to 240 bytes), so that short
/// inputs reach the limit paths.
stream::Limits limitsFor(std::uint8_t choice);

} // namespace inkchat::fuzz
