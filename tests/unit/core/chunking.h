#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <gtest/gtest.h>

namespace inkchat::test {

/// The ways a test cuts a byte stream into chunks. Every framer and decoder
/// test runs each fixture through all of them and requires the same result.
///   - whole: one chunk
///   - one byte at a time
///   - every single split point: for each i, [0, i) and [i, n)
inline QList<QList<QByteArray>> allChunkings(const QByteArray &bytes)
{
    QList<QList<QByteArray>> result;
    result.append({bytes});
    QList<QByteArray> bytewise;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytewise.append(bytes.mid(i, 1));
    result.append(bytewise);
    for (qsizetype i = 1; i < bytes.size(); ++i)
        result.append({bytes.left(i), bytes.mid(i)});
    return result;
}

/// Runs `run(chunks)` for every chunking of `bytes` and checks that each
/// result equals the result of feeding it whole. Returns the whole-input
/// result so the caller can check it against expectations.
template <typename Run>
auto resultForEveryChunking(const QByteArray &bytes, Run run) -> decltype(run(QList<QByteArray>{}))
{
    const auto chunkings = allChunkings(bytes);
    const auto expected = run(chunkings.first());
    for (qsizetype i = 1; i < chunkings.size(); ++i) {
        const auto actual = run(chunkings.at(i));
        if (!(actual == expected)) {
            ADD_FAILURE() << "result differs when the input is cut into " << chunkings.at(i).size()
                          << " chunks (chunking #" << i << ", first chunk " << chunkings.at(i).first().size()
                          << " bytes)";
            break;
        }
    }
    return expected;
}

} // namespace inkchat::test
