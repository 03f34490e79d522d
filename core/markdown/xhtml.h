#pragma once

#include <QString>
#include <QStringView>

namespace inkchat::markdown {

/// md4c's flags for the Markdown Inkchat exports: GitHub's dialect
/// (tables, strikethrough, task lists, links without <>) with raw HTML as
/// text. The PDF export passes the same bits to QTextDocument, whose
/// MarkdownDialectGitHub | MarkdownNoHTML they are without md4c's
/// underline extension (the platform layer checks that when it compiles).
inline constexpr unsigned kDialectFlags = 0x0F6C;

/// Renders a model's Markdown as an XHTML fragment that is safe to open.
/// md4c parses it (CommonMark with GitHub's extensions, kDialectFlags);
/// only a fixed set of elements is written: p, h1–h6, hr, br, blockquote,
/// ul, ol (start), li, pre, code (class="language-…"), em, strong, del,
/// a (href), table, thead, tbody, tr, th and td (style="text-align: …").
/// Every character of the input is escaped; raw HTML is shown as text;
/// links keep only http, https and mailto targets (see safeLinkTarget());
/// images become plain links to their source, so opening an export never
/// loads a remote resource; a task list item starts with ☐ or ☑.
/// The output is well-formed XML, so it serves both the HTML export and
/// EPUB's XHTML chapters.
///
/// Characters XML forbids become U+FFFD, and so does a character
/// reference to one or to a noncharacter. Noncharacters such as U+FDD0
/// appear only in text, never in an attribute, so a caller may use one
/// as an in-band marker and replace it in the output (HtmlWriter marks
/// seams that way). Linear in the input; block quotes and lists nested
/// deeper than 16 levels are shown without their own indentation.
QString markdownToXhtml(QStringView markdown);

} // namespace inkchat::markdown
