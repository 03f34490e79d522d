#pragma once

#include <QString>
#include <QStringList>

namespace inkchat::test {

/// Problems with an exported XHTML document or fragment (a fragment is
/// wrapped in one root first): not well-formed, or an element or attribute
/// outside what a safe export may contain (no script, img, form or event
/// handler; href only http, https or mailto; style only a table cell's
/// alignment). Empty if it is fine.
///
/// With Images::Embedded, <img> is allowed too, with an alt text and a
/// base64 data: URL of one of the four attachment types as its source (an
/// export's attached images), and nothing else.
enum class Images { Forbidden, Embedded };
QStringList xhtmlProblems(const QString &xhtml, bool isFragment, Images images = Images::Forbidden);

} // namespace inkchat::test
