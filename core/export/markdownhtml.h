#pragma once

#include <QString>
#include <QStringView>

namespace inkchat::exporting {

/// Renders a model's Markdown as an XHTML fragment that is safe to open:
/// every character of the input is escaped, only a fixed set of constructs
/// becomes markup (paragraphs, headings, lists, block quotes, fenced and
/// indented code, thematic breaks, emphasis, strong, inline code, links),
/// links keep only http, https and mailto targets, and images become plain
/// links so that opening an export never loads a remote resource. Raw HTML
/// in the input is shown as text. The output is well-formed XML, so it
/// serves both the HTML export and EPUB's XHTML chapters.
///
/// Line breaks follow CommonMark: two trailing spaces or a backslash make a
/// <br/>, a plain line end stays a soft break. Characters XML forbids
/// become U+FFFD. Noncharacters such as U+FDD0 appear only in text, never
/// in an attribute (inside a link target or a fence's info string they are
/// dropped), so a caller may use one as an in-band marker and replace it in
/// the output (HtmlWriter marks seams that way).
/// Runs in about linear time for any input; nesting deeper than 16 levels
/// is shown as paragraphs.
QString markdownToXhtml(QStringView markdown);

/// Escapes &, <, >, " and ' for XML text and attribute values, and replaces
/// characters XML 1.0 forbids (controls, unpaired surrogates, U+FFFE/U+FFFF)
/// with U+FFFD.
QString escapeXml(QStringView text);

} // namespace inkchat::exporting
