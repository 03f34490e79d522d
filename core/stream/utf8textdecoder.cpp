#include "utf8textdecoder.h"

#include "utf8.h"

namespace inkchat::stream {

namespace {

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

/// Bytes a sequence starting with this lead byte needs; 1 for ASCII and
/// for bytes that can never start a sequence (they decode to U+FFFD alone).
qsizetype sequenceLength(unsigned char lead)
{
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 1;
}

/// How many leading bytes can be decoded now: all but a trailing sequence
/// whose lead byte promises more bytes than have arrived.
qsizetype decodableLength(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype back = 1; back <= 4 && back <= size; ++back) {
        const auto byte = static_cast<unsigned char>(bytes[size - back]);
        if (isContinuation(byte))
            continue;
        return sequenceLength(byte) > back ? size - back : size;
    }
    return size;
}

} // namespace

QString Utf8TextDecoder::feed(QByteArrayView chunk)
{
    if (m_pending.isEmpty()) {
        const qsizetype ready = decodableLength(chunk);
        m_pending = chunk.sliced(ready).toByteArray();
        return decode(chunk.first(ready));
    }
    QByteArray bytes = m_pending;
    bytes.append(chunk);
    const qsizetype ready = decodableLength(bytes);
    m_pending = bytes.sliced(ready);
    return decode(QByteArrayView(bytes).first(ready));
}

QString Utf8TextDecoder::finish()
{
    QString tail = decode(m_pending);
    m_pending.clear();
    return tail;
}

QString Utf8TextDecoder::decode(QByteArrayView bytes)
{
    const QByteArray valid = toValidUtf8(bytes);
    // QString::fromUtf8 drops a BOM at the start of every call; only the one
    // at the start of the stream may go.
    QString text = QString::fromUtf8(valid);
    if (!m_atStart && valid.startsWith("\xEF\xBB\xBF"))
        text.prepend(QChar::ByteOrderMark);
    if (!valid.isEmpty())
        m_atStart = false;
    return text;
}

} // namespace inkchat::stream
