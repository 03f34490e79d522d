#pragma once

#include <QString>

namespace inkchat::markdown::test {

/// HTML in the normal form the CommonMark reference implementation's spec
/// runner compares (cmark's test/normalize.py, ported): white space
/// collapsed outside <pre> and dropped around block tags, attributes
/// sorted, self-closing tags as open tags, references as characters except
/// <, >, & and ", which become entities. Enough HTML for the spec's
/// examples without raw HTML, and for what markdownToXhtml() writes.
QString normalizedHtml(const QString &html);

} // namespace inkchat::markdown::test
