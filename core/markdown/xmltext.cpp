#include "xmltext.h"

using namespace Qt::StringLiterals;

namespace inkchat::markdown {

namespace {

/// Whether XML 1.0 allows the UTF-16 unit at `i` (controls, U+FFFE, U+FFFF
/// and unpaired surrogates it does not, not even as references).
bool isXmlChar(QStringView s, qsizetype i)
{
    const char16_t u = s[i].unicode();
    if (u < 0x20)
        return u == u'\t' || u == u'\n' || u == u'\r';
    if (u == 0xFFFE || u == 0xFFFF)
        return false;
    if (QChar::isHighSurrogate(u))
        return i + 1 < s.size() && s[i + 1].isLowSurrogate();
    if (QChar::isLowSurrogate(u))
        return i > 0 && s[i - 1].isHighSurrogate();
    return true;
}

} // namespace

QString escapeXml(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'&': out += u"&amp;"_s; break;
        case u'<': out += u"&lt;"_s; break;
        case u'>': out += u"&gt;"_s; break;
        case u'"': out += u"&quot;"_s; break;
        case u'\'': out += u"&#39;"_s; break;
        default: out += isXmlChar(text, i) ? c : QChar(QChar::ReplacementCharacter);
        }
    }
    return out;
}

QString xmlSafeText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\r') {
            out += u'\n';
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
        } else {
            out += isXmlChar(text, i) ? text[i] : QChar(QChar::ReplacementCharacter);
        }
    }
    return out;
}

} // namespace inkchat::markdown
