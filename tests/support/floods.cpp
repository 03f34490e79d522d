#include "floods.h"

#include <QtEndian>

#include <zlib.h>

#include <algorithm>
#include <memory>

namespace inkchat::test::floods {

namespace {

constexpr qsizetype kPiece = 256 * 1024;

QByteArray commentLines(qsizetype bytes)
{
    static const QByteArray line = ": " + QByteArray(1021, 'x') + '\n';
    QByteArray out;
    out.reserve(bytes);
    while (out.size() < bytes)
        out += line;
    out.truncate(bytes);
    return out;
}

/// Counts down what is left to send; each call gives the next piece.
Generator countdown(qint64 total, std::function<QByteArray(qint64 sent, qsizetype size)> make)
{
    return [total, make = std::move(make), sent = qint64(0)]() mutable {
        const qsizetype size = qsizetype(std::min<qint64>(kPiece, total - sent));
        if (size <= 0)
            return QByteArray();
        QByteArray piece = make(sent, size);
        sent += size;
        return piece;
    };
}

/// A zlib stream in gzip format that outlives the generator's copies.
struct GzipStream
{
    GzipStream() { deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY); }
    ~GzipStream() { deflateEnd(&z); }
    GzipStream(const GzipStream &) = delete;
    GzipStream &operator=(const GzipStream &) = delete;

    QByteArray deflate(const QByteArray &input, bool last)
    {
        QByteArray out;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
        z.avail_in = uInt(input.size());
        do {
            char buffer[64 * 1024];
            z.next_out = reinterpret_cast<Bytef *>(buffer);
            z.avail_out = sizeof buffer;
            ::deflate(&z, last ? Z_FINISH : Z_SYNC_FLUSH);
            out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
        } while (z.avail_out == 0);
        return out;
    }

    z_stream z{};
};

QByteArray frameHeader(quint8 opcode, bool fin, qint64 payload)
{
    QByteArray header;
    header += char((fin ? 0x80 : 0x00) | opcode);
    if (payload < 126) {
        header += char(payload);
    } else if (payload <= 0xffff) {
        header += char(126);
        char length[2];
        qToBigEndian(quint16(payload), length);
        header.append(length, 2);
    } else {
        header += char(127);
        char length[8];
        qToBigEndian(quint64(payload), length);
        header.append(length, 8);
    }
    return header;
}

} // namespace

Generator sseComments(qint64 totalBytes)
{
    return countdown(totalBytes, [](qint64, qsizetype size) { return commentLines(size); });
}

Generator gzipSseComments(qint64 inflatedBytes)
{
    auto stream = std::make_shared<GzipStream>();
    // A MiB of lines per call deflates to about a KiB.
    return [stream, inflatedBytes, inflated = qint64(0), done = false]() mutable {
        if (done)
            return QByteArray();
        const qsizetype size = qsizetype(std::min<qint64>(1024 * 1024, inflatedBytes - inflated));
        inflated += size;
        done = inflated >= inflatedBytes;
        return stream->deflate(commentLines(size), done);
    };
}

Generator webSocketTextMessage(qint64 messageBytes, qint64 frameBytes)
{
    // A frame header goes before the first byte of each frame's payload.
    return countdown(messageBytes, [messageBytes, frameBytes](qint64 sent, qsizetype size) {
        QByteArray piece;
        for (qint64 at = sent; at < sent + size;) {
            const qint64 inFrame = at % frameBytes;
            const qint64 frameEnd = std::min(at - inFrame + frameBytes, messageBytes);
            if (inFrame == 0) {
                const bool first = at == 0;
                piece += frameHeader(first ? 0x1 : 0x0, frameEnd == messageBytes, frameEnd - at);
            }
            const qint64 take = std::min(frameEnd, sent + size) - at;
            piece += QByteArray(qsizetype(take), 'a');
            at += take;
        }
        return piece;
    });
}

} // namespace inkchat::test::floods
