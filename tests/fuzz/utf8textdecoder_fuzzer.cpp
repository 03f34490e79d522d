// Utf8TextDecoder and toValidUtf8: the text is the same however the bytes
// are cut into chunks, and equals decoding the whole body at once (invalid
// sequences as U+FFFD, one leading BOM dropped). It is valid UTF-16, and
// valid UTF-8 comes through unchanged.
//
// Input: [split plan] body bytes...

#include "fuzzcheck.h"
#include "fuzzinput.h"

#include "stream/utf8.h"
#include "stream/utf8textdecoder.h"

#include <QStringDecoder>

using namespace inkchat;

namespace {

QString decodeInChunks(const QList<QByteArrayView> &chunks)
{
    stream::Utf8TextDecoder decoder;
    QString text;
    for (const QByteArrayView chunk : chunks)
        text += decoder.feed(chunk);
    return text + decoder.finish();
}

/// The text of a whole body: Qt's decoder, told to keep every BOM, on the
/// body made valid, after dropping the one BOM the decoder promises to drop.
QString decodeWhole(QByteArrayView bytes)
{
    QByteArray valid = stream::toValidUtf8(bytes);
    if (valid.startsWith("\xEF\xBB\xBF"))
        valid.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(valid);
}

bool isValidUtf16(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::FuzzInput input(data, size);
    const std::uint8_t plan = input.takeByte();
    const QByteArrayView bytes = input.rest();

    const QByteArray valid = stream::toValidUtf8(bytes);
    FUZZ_CHECK(QByteArrayView(valid).isValidUtf8());
    if (bytes.isValidUtf8())
        FUZZ_CHECK(valid == bytes);
    else
        FUZZ_CHECK(valid.contains("\xEF\xBF\xBD"));

    const QString text = decodeInChunks({bytes});
    FUZZ_CHECK(isValidUtf16(text));
    FUZZ_CHECK(text == decodeWhole(bytes));
    FUZZ_CHECK(decodeInChunks(fuzz::splitByPlan(bytes, plan)) == text);
    return 0;
}
