#include "exportfilename.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

namespace {

/// Characters that change how a name is shown without being seen:
/// bidirectional marks, embeddings, overrides and isolates, zero-width
/// characters and the byte order mark.
bool isInvisibleFormat(char32_t c)
{
    return c == 0x061C || c == 0x180E || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
           || (c >= 0x2060 && c <= 0x206F) || c == 0xFEFF;
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

bool isWindowsReserved(char32_t c)
{
    return c == u'\\' || c == u'/' || c == u':' || c == u'*' || c == u'?' || c == u'"' || c == u'<'
           || c == u'>' || c == u'|';
}

/// CON, NUL, COM1, "con.txt", "LPT9.tar.gz": Windows opens the device.
bool isDeviceName(const QString &name)
{
    static const QRegularExpression device(u"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\\..*)?$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    return device.match(name.trimmed()).hasMatch();
}

} // namespace

QString exportFileName(const QString &title, const QString &fallback, qsizetype maxLength)
{
    QString name;
    name.reserve(title.size());
    for (const char32_t c : title.toUcs4()) {
        if (isInvisibleFormat(c))
            continue;
        if (isControl(c) || isWindowsReserved(c))
            name += u'-';
        else if (c < 0x10000 && !QChar::isSurrogate(c))
            name += QChar(c);
        else if (c >= 0x10000 && c <= 0x10FFFF)
            name += QString::fromUcs4(&c, 1);
        // a lone surrogate is dropped
    }
    name = name.simplified();
    if (name.size() > maxLength)
        name.truncate(name.at(maxLength - 1).isHighSurrogate() ? maxLength - 1 : maxLength);
    // Hidden on Unix when it starts with a dot; Windows strips trailing dots and spaces.
    while (!name.isEmpty() && (name.front() == u'.' || name.front() == u' '))
        name.remove(0, 1);
    while (!name.isEmpty() && (name.back() == u'.' || name.back() == u' '))
        name.chop(1);
    if (name.isEmpty())
        return fallback;
    if (isDeviceName(name))
        name.prepend(u'_');
    return name;
}

} // namespace inkchat::exporting
