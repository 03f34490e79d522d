#pragma once

#include <QString>
#include <QStringView>

namespace inkchat::exports {

/// Renders a model's Markdown as an XHTML fragment that is safe to open:
/// every character of the input is escaped, only a fixed set of constructs
/// becomes markup (paragraphs, headings, lists, block quotes, fenced and
/// indented code, emphasis, strong, inline code, links), links keep only
/// http, https and mailto targets, and images become plain links so that
/// opening an export never loads a remote resource. The output is well-formed
/// XML, so it serves both the HTML export and EPUB's XHTML chapters.
QString markdownToXhtml(QStringView markdown);

/// Escapes &, <, >, " and ' for XML text and attribute values.
QString escapeXml(QStringView text);

} // namespace inkchat::exports
