#pragma once

#include <QString>
#include <QStringView>

namespace inkchat::exporting {

/// Renders the inline Markdown of one block (a paragraph, a heading, a list
/// item's text) as an escaped XHTML fragment: code spans, strong, emphasis,
/// links and autolinks (http, https and mailto only), images as plain links,
/// backslash escapes and hard line breaks. Everything else, raw HTML
/// included, is text. The result is always well-formed: emphasis is matched
/// like a stack, so tags nest even for unbalanced input.
///
/// `text` must hold no character XML forbids (markdownToXhtml() replaces
/// them first). Runs in O(n log n) for any input.
QString inlineMarkdownToXhtml(QStringView text);

} // namespace inkchat::exporting
