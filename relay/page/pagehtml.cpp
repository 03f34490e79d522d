#include "pagehtml.h"

using namespace Qt::StringLiterals;

namespace inkchat::relay::html {

namespace {

// Sized for a 6" to 8" e-reader at its browser's default zoom (758x1024 CSS
// pixels on a Kindle Paperwhite); pure black on pure white, no greys, so
// nothing is dithered.
const QString kStyle = u"body{background:#fff;color:#000;font:26px/1.45 Georgia,serif;margin:14px 18px;}"
                       "h1{font-size:28px;margin:0 0 10px;}"
                       "a{color:#000;}"
                       ".msg{white-space:pre-wrap;margin:0 0 14px;}"
                       ".you{font-weight:bold;}"
                       ".nav{display:flex;justify-content:space-between;margin:10px 0;}"
                       ".nav a,button{font-size:26px;border:2px solid #000;background:#fff;color:#000;"
                       "padding:4px 14px;text-decoration:none;}"
                       "textarea,input{font:26px Georgia,serif;width:100%;box-sizing:border-box;"
                       "border:2px solid #000;background:#fff;color:#000;}"
                       "#live{white-space:pre-wrap;}"
                       "ul{padding-left:0;list-style:none;}li{margin:0 0 12px;}"_s;

} // namespace

QByteArray page(const QString &title, const QString &body, int refreshSeconds)
{
    QString refresh;
    if (refreshSeconds > 0)
        refresh = u"<noscript><meta http-equiv=\"refresh\" content=\"%1\"></noscript>"_s.arg(refreshSeconds);
    return (u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"_s
            + refresh + u"<title>"_s + title.toHtmlEscaped() + u"</title><style>"_s + kStyle
            + u"</style></head>\n<body>\n"_s + body + u"\n</body></html>\n"_s)
        .toUtf8();
}

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace inkchat::relay::html
