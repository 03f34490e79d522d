#include "redact.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace inkchat {

namespace {

const QString kMask = u"[redacted]"_s;

/// Shorter secrets are only masked as they are: their encodings would match
/// ordinary text.
constexpr qsizetype kMinEncodedSecret = 8;

/// The part of a Base64 text that any text containing `secret` at a byte
/// offset of `shift` modulo 3 has, whatever comes before and after it:
/// what a server's echo of "Basic base64(user:key)" or of a base64 blob
/// carrying the key always contains.
QString base64Core(const QByteArray &secret, int shift, QByteArray::Base64Options options)
{
    const QByteArray shifted = QByteArray(shift, '\0') + secret;
    const QByteArray encoded = shifted.toBase64(options | QByteArray::OmitTrailingEquals);
    // Characters touched by the dummy prefix, and the last one, which also
    // depends on the byte after the secret.
    const qsizetype skip = shift == 0 ? 0 : shift + 1;
    const qsizetype keep = encoded.size() - skip - ((shift + secret.size()) % 3 == 0 ? 0 : 1);
    return keep > 0 ? QString::fromLatin1(encoded.mid(skip, keep)) : QString();
}

/// The secret with any white space between its characters ("s k - 1 2 3"),
/// and as it is.
QRegularExpression spacedPattern(const QString &secret)
{
    QStringList characters;
    for (const QChar c : secret)
        characters.append(QRegularExpression::escape(QString(c)));
    return QRegularExpression(characters.join(u"\\s*"_s));
}

} // namespace

QString redact(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.size() < 4)
            continue;
        text.replace(secret, kMask);
        if (secret.size() < kMinEncodedSecret)
            continue;
        text.replace(spacedPattern(secret), kMask);
        const QString percent = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (percent != secret)
            text.replace(percent, kMask, Qt::CaseInsensitive);
        const QByteArray utf8 = secret.toUtf8();
        for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            for (int shift = 0; shift < 3; ++shift) {
                if (const QString core = base64Core(utf8, shift, options); core.size() >= kMinEncodedSecret)
                    text.replace(core, kMask);
            }
        }
    }
    return text;
}

} // namespace inkchat
