#include "commonmarkhtml.h"

#include "markdown/htmlentities.h"

#include <QList>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace inkchat::markdown::test {

namespace {

bool isBlockTag(const QString &tag)
{
    static const QSet<QString> blocks{
        u"article"_s,  u"header"_s,   u"aside"_s,   u"hgroup"_s,     u"blockquote"_s, u"hr"_s,
        u"iframe"_s,   u"body"_s,     u"li"_s,      u"map"_s,        u"button"_s,     u"object"_s,
        u"canvas"_s,   u"ol"_s,       u"caption"_s, u"output"_s,     u"col"_s,        u"p"_s,
        u"colgroup"_s, u"pre"_s,      u"dd"_s,      u"progress"_s,   u"div"_s,        u"section"_s,
        u"dl"_s,       u"table"_s,    u"td"_s,      u"dt"_s,         u"tbody"_s,      u"embed"_s,
        u"textarea"_s, u"fieldset"_s, u"tfoot"_s,   u"figcaption"_s, u"th"_s,         u"figure"_s,
        u"thead"_s,    u"footer"_s,   u"tr"_s,      u"form"_s,       u"ul"_s,         u"h1"_s,
        u"h2"_s,       u"h3"_s,       u"h4"_s,      u"h5"_s,         u"h6"_s,         u"video"_s,
        u"script"_s,   u"style"_s};
    return blocks.contains(tag);
}

/// A reference's character, or nullopt if `text` at `at` starts none.
std::optional<std::pair<QString, qsizetype>> referenceAt(QStringView text, qsizetype at)
{
    const qsizetype end = text.indexOf(u';', at);
    if (end < 0 || end - at > 40)
        return std::nullopt;
    const QString reference = text.sliced(at, end - at + 1).toString();
    const std::optional<QString> character = decodeCharacterReference(reference.toUtf8());
    if (!character)
        return std::nullopt;
    return std::pair{*character, end + 1};
}

QString unescaped(QStringView text)
{
    QString out;
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] == u'&') {
            if (const auto reference = referenceAt(text, i)) {
                out += reference->first;
                i = reference->second;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

QString escapedCharacter(const QString &c)
{
    if (c == u"<"_s)
        return u"&lt;"_s;
    if (c == u">"_s)
        return u"&gt;"_s;
    if (c == u"&"_s)
        return u"&amp;"_s;
    if (c == u"\""_s)
        return u"&quot;"_s;
    return c;
}

/// Python's html.escape(value, quote=True).
QString escapedAttribute(const QString &value)
{
    QString out = value;
    out.replace(u'&', u"&amp;"_s).replace(u'<', u"&lt;"_s).replace(u'>', u"&gt;"_s);
    return out.replace(u'"', u"&quot;"_s).replace(u'\'', u"&#x27;"_s);
}

QStringView stripped(QStringView text, bool left, bool right)
{
    while (left && !text.isEmpty() && text.front().isSpace())
        text = text.sliced(1);
    while (right && !text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
}

/// normalize.py's MyHTMLParser: the handlers, fed tag by tag.
class Normalizer
{
public:
    void tag(QStringView source);
    void data(QString text);
    void reference(const QString &character)
    {
        m_output += escapedCharacter(character);
        m_last = Last::Reference;
    }
    QString output() const { return m_output; }

private:
    enum class Last { StartTag, EndTag, Data, Reference };

    void rstripOutput() { m_output.truncate(stripped(m_output, false, true).size()); }

    QString m_output;
    Last m_last = Last::StartTag;
    QString m_lastTag;
    bool m_isInPre = false;
};

void Normalizer::tag(QStringView source)
{
    // <name attr="value" ...>, </name> or <name ... />
    const bool isEnd = source.startsWith(u"</");
    QStringView inside = source.sliced(isEnd ? 2 : 1, source.size() - (isEnd ? 3 : 2));
    const bool isSelfClosing = inside.endsWith(u'/');
    if (isSelfClosing)
        inside.chop(1);
    qsizetype nameEnd = 0;
    while (nameEnd < inside.size() && !inside[nameEnd].isSpace())
        ++nameEnd;
    const QString name = inside.first(nameEnd).toString().toLower();
    if (isEnd) {
        if (name == u"pre"_s)
            m_isInPre = false;
        else if (isBlockTag(name))
            rstripOutput();
        m_output += u"</"_s + name + u'>';
        m_lastTag = name;
        m_last = Last::EndTag;
        return;
    }
    QList<std::pair<QString, QString>> attributes;
    QStringView rest = inside.sliced(nameEnd);
    while (!(rest = stripped(rest, true, true)).isEmpty()) {
        const qsizetype equals = rest.indexOf(u'=');
        const qsizetype space = std::find_if(rest.begin(), rest.end(), [](QChar c) { return c.isSpace(); })
                                - rest.begin();
        if (equals < 0 || space < equals) {
            attributes.append({rest.first(space).toString().toLower(), QString()});
            rest = rest.sliced(space);
            continue;
        }
        const QString key = rest.first(equals).toString().toLower();
        rest = rest.sliced(equals + 1);
        const QChar quote = rest.isEmpty() ? QChar() : rest.front();
        const qsizetype close = (quote == u'"' || quote == u'\'') ? rest.indexOf(quote, 1) : -1;
        const qsizetype valueEnd = close > 0 ? close + 1 : rest.size();
        const QStringView value = close > 0 ? rest.sliced(1, close - 1) : rest.first(valueEnd);
        attributes.append({key, unescaped(value)});
        rest = rest.sliced(valueEnd);
    }
    if (name == u"pre"_s)
        m_isInPre = true;
    if (isBlockTag(name))
        rstripOutput();
    m_output += u'<' + name;
    std::sort(attributes.begin(), attributes.end());
    for (const auto &[key, value] : std::as_const(attributes)) {
        m_output += u' ' + key;
        if (!value.isNull())
            m_output += u"=\""_s + escapedAttribute(value) + u'"';
    }
    m_output += u'>';
    m_lastTag = name;
    m_last = isSelfClosing ? Last::EndTag : Last::StartTag;
}

void Normalizer::data(QString text)
{
    const bool afterTag = m_last == Last::EndTag || m_last == Last::StartTag;
    const bool afterBlockTag = afterTag && isBlockTag(m_lastTag);
    if (afterTag && m_lastTag == u"br"_s) {
        while (text.startsWith(u'\n'))
            text.remove(0, 1);
    }
    if (!m_isInPre) {
        QString collapsed; // re.sub(r'\s+', ' ', text)
        bool inSpaces = false;
        for (const QChar c : std::as_const(text)) {
            if (!c.isSpace())
                collapsed += c;
            else if (!inSpaces)
                collapsed += u' ';
            inSpaces = c.isSpace();
        }
        text = collapsed;
    }
    if (afterBlockTag && !m_isInPre)
        text = stripped(text, true, m_last == Last::EndTag).toString();
    m_output += text;
    m_last = Last::Data;
}

} // namespace

QString normalizedHtml(const QString &html)
{
    Normalizer normalizer;
    qsizetype i = 0;
    while (i < html.size()) {
        if (html[i] == u'<') {
            const qsizetype end = html.indexOf(u'>', i);
            if (end > i + 1) {
                normalizer.tag(QStringView(html).sliced(i, end - i + 1));
                i = end + 1;
                continue;
            }
        }
        // A run of text up to the next tag: data and references.
        qsizetype next = html.indexOf(u'<', i + 1);
        if (next < 0)
            next = html.size();
        QString data;
        for (qsizetype k = i; k < next;) {
            if (html[k] == u'&') {
                if (const auto reference = referenceAt(html, k); reference && reference->second <= next) {
                    if (!data.isEmpty())
                        normalizer.data(std::exchange(data, QString()));
                    normalizer.reference(reference->first);
                    k = reference->second;
                    continue;
                }
            }
            data += html[k++];
        }
        if (!data.isEmpty())
            normalizer.data(data);
        i = next;
    }
    return normalizer.output();
}

} // namespace inkchat::markdown::test
