#include "xhtml.h"

#include "xhtmlrenderer.h"
#include "xmltext.h"

namespace inkchat::markdown {

QString markdownToXhtml(QStringView markdown)
{
    // md4c reads UTF-8. What XML cannot hold is replaced before it parses,
    // so no callback ever sees it.
    return QString::fromUtf8(XhtmlRenderer().render(xmlSafeText(markdown).toUtf8()));
}

} // namespace inkchat::markdown
