#include "xhtmlcheck.h"

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace inkchat::test {

namespace {

QStringList embeddedImageProblems(const QXmlStreamAttributes &attributes)
{
    static const QRegularExpression source(u"^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+=*$"_s);
    QStringList problems;
    if (attributes.size() != 2 || !attributes.hasAttribute(u"alt"_s) || !attributes.hasAttribute(u"src"_s))
        problems.append(u"<img> with other attributes than src and alt"_s);
    if (!source.match(attributes.value(u"src"_s)).hasMatch())
        problems.append(u"<img src=\"%1\">"_s.arg(attributes.value(u"src"_s).left(80)));
    return problems;
}

} // namespace

QStringList xhtmlProblems(const QString &xhtml, bool isFragment, Images images)
{
    static const QSet<QString> allowed{
        u"html"_s,    u"head"_s,    u"meta"_s,   u"title"_s, u"style"_s,      u"body"_s,
        u"article"_s, u"section"_s, u"div"_s,    u"span"_s,  u"h1"_s,         u"h2"_s,
        u"h3"_s,      u"h4"_s,      u"h5"_s,     u"h6"_s,    u"p"_s,          u"br"_s,
        u"hr"_s,      u"ul"_s,      u"ol"_s,     u"li"_s,    u"blockquote"_s, u"pre"_s,
        u"code"_s,    u"em"_s,      u"strong"_s, u"del"_s,   u"a"_s,          u"table"_s,
        u"thead"_s,   u"tbody"_s,   u"tr"_s,     u"th"_s,    u"td"_s,         u"fragment"_s};
    static const QSet<QString> allowedAttributes{u"href"_s,    u"class"_s,   u"start"_s,
                                                 u"lang"_s,    u"charset"_s, u"http-equiv"_s,
                                                 u"content"_s, u"name"_s,    u"style"_s};
    static const QSet<QString> allowedStyles{u"text-align: left"_s, u"text-align: center"_s,
                                             u"text-align: right"_s};
    QStringList problems;
    QXmlStreamReader xml(isFragment ? u"<fragment>"_s + xhtml + u"</fragment>"_s : xhtml);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString element = xml.name().toString();
        if (images == Images::Embedded && element == u"img"_s) {
            problems += embeddedImageProblems(xml.attributes());
            continue;
        }
        if (!allowed.contains(element))
            problems.append(u"element <%1>"_s.arg(element));
        for (const QXmlStreamAttribute &attribute : xml.attributes()) {
            const QString name = attribute.qualifiedName().toString();
            const QString value = attribute.value().toString();
            if (!allowedAttributes.contains(name))
                problems.append(u"attribute %1=\"%2\" on <%3>"_s.arg(name, value, element));
            const QString scheme = value.section(u':', 0, 0).toLower();
            if (name == u"href"_s && scheme != u"http"_s && scheme != u"https"_s && scheme != u"mailto"_s)
                problems.append(u"href=\"%1\""_s.arg(value));
            const bool isCell = element == u"th"_s || element == u"td"_s;
            if (name == u"style"_s && !(isCell && allowedStyles.contains(value)))
                problems.append(u"style=\"%1\" on <%2>"_s.arg(value, element));
        }
    }
    if (xml.hasError())
        problems.append(u"not well-formed at line %1, column %2: %3"_s.arg(xml.lineNumber())
                            .arg(xml.columnNumber())
                            .arg(xml.errorString()));
    return problems;
}

} // namespace inkchat::test
