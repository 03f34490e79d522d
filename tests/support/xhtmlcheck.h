#pragma once

#include <QString>
#include <QStringList>

namespace inkchat::test {

/// Problems with an exported XHTML document or fragment (a fragment is
/// wrapped in one root first): not well-formed, or an element or attribute
/// outside what a safe export may contain (no script, img, form or event
/// handler; href only http, https or mailto; style only a table cell's
/// alignment). Empty if it is fine.
QStringList xhtmlProblems(const QString &xhtml, bool isFragment);

} // namespace inkchat::test
