#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace inkchat::stream {

/// Decodes a plain-text body that arrives in chunks. A multi-byte character
/// cut across chunks is held back until its last byte arrives; invalid
/// UTF-8 becomes U+FFFD, exactly as if the body had been decoded whole. A
/// leading BOM is dropped.
class Utf8TextDecoder
{
public:
    /// The text completed by this chunk (possibly empty).
    QString feed(QByteArrayView chunk);
    /// End of stream: U+FFFD for a character left incomplete, else empty.
    QString finish();

private:
    QString decode(QByteArrayView bytes);

    QByteArray m_pending; ///< at most 3 bytes of an unfinished character
    bool m_atStart = true;
};

} // namespace inkchat::stream
