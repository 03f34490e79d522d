#include "xhtml.h"

#include "xhtmlrenderer.h"
#include "xmltext.h"

namespace inkchat::markdown {

QString markdownToXhtml(QStringView markdown)
{
    // md4c reads UTF-8. What XML cannot hold is replaced before it parses,
    // so no callback ever sees it.
    const QByteArray utf8 = isXmlSafeText(markdown) ? markdown.toUtf8() : xmlSafeText(markdown).toUtf8();
    return QString::fromUtf8(XhtmlRenderer().render(utf8));
}

} // namespace inkchat::markdown
