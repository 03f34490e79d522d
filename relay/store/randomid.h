#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>

namespace inkchat::relay {

/// 128 random bits from the system's source, as 32 hex digits: an id
/// nobody can guess (a reply's, a page form's).
inline QString randomHexId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

} // namespace inkchat::relay
