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
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'"':
            out += u"&quot;"_s;
            break;
        case u'\'':
            out += u"&#39;"_s;
            break;
        default:
            out += isXmlChar(text, i) ? c : QChar(QChar::ReplacementCharacter);
        }
    }
    return out;
}

bool isXmlSafeText(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\r' || !isXmlChar(text, i))
            return false;
    }
    return true;
}

QString xmlSafeText(QStringView text)
{
    // Runs of characters that stay are copied whole: most text is one run.
    QString out;
    out.reserve(text.size());
    qsizetype kept = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool isCr = text[i] == u'\r';
        if (!isCr && isXmlChar(text, i))
            continue;
        out.append(text.sliced(kept, i - kept));
        if (isCr && i + 1 < text.size() && text[i + 1] == u'\n')
            ++i;
        out += isCr ? QChar(u'\n') : QChar(QChar::ReplacementCharacter);
        kept = i + 1;
    }
    out.append(text.sliced(kept));
    return out;
}

} // namespace inkchat::markdown
