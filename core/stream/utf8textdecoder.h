#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace inkchat::stream {

/// Decodes a plain-text body that arrives in chunks. A multi-byte character
/// cut across chunks is held back until its last byte arrives; invalid
/// UTF-8 becomes U+FFFD. A leading BOM is dropped.
class Utf8TextDecoder
{
public:
    /// The text completed by this chunk (possibly empty).
    QString feed(QByteArrayView chunk);
    /// End of stream: U+FFFD for a character left incomplete, else empty.
    QString finish();

private:
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

} // namespace inkchat::stream
