#pragma once

#include <QByteArray>
#include <QString>

namespace inkchat::relay::html {

/// A whole page for e-reader browsers: black on white, large type, no
/// colour, no images, nothing that moves; `refreshSeconds` > 0 reloads it
/// (the no-script way to follow a reply).
QByteArray page(const QString &title, const QString &body, int refreshSeconds = 0);
/// Text as HTML text or attribute value (the page's CSS keeps line breaks).
QString escape(const QString &text);

} // namespace inkchat::relay::html
