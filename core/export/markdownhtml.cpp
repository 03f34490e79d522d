#include "markdownhtml.h"

using namespace Qt::StringLiterals;

namespace inkchat::exports {

QString escapeXml(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += u"&amp;"_s; break;
        case u'<': out += u"&lt;"_s; break;
        case u'>': out += u"&gt;"_s; break;
        case u'"': out += u"&quot;"_s; break;
        case u'\'': out += u"&#39;"_s; break;
        default: out += c;
        }
    }
    return out;
}

// Placeholder until the full renderer lands: one escaped paragraph.
QString markdownToXhtml(QStringView markdown)
{
    return u"<p>"_s + escapeXml(markdown) + u"</p>\n"_s;
}

} // namespace inkchat::exports
