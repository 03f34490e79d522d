#include "safetextdocument.h"

#include "markdown/safelink.h"
#include "markdown/xhtml.h"

#include <QImage>
#include <QList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFragment>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace inkchat::platform {

namespace {

struct Span
{
    int position;
    int length;
    QTextCharFormat format;
};

/// Every fragment whose format passes `wanted`, back to front, so that
/// editing one leaves the positions of those still to come valid.
template <typename Wanted>
QList<Span> spansBackToFront(const QTextDocument &document, Wanted wanted)
{
    QList<Span> spans;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (wanted(fragment.charFormat()))
                spans << Span{fragment.position(), fragment.length(), fragment.charFormat()};
        }
    }
    std::reverse(spans.begin(), spans.end());
    return spans;
}

// One Markdown: the PDF reads a reply as the HTML and EPUB exports do.
// Qt's GitHub dialect adds md4c's underline extension (_x_ underlined
// instead of emphasised), which neither GitHub nor CommonMark has.
constexpr int kUnderline = 0x4000; // MD_FLAG_UNDERLINE
static_assert((QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML)
              == (int(markdown::kDialectFlags) | kUnderline));

} // namespace

void SafeTextDocument::setSafeMarkdown(const QString &markdown)
{
    // Without MarkdownNoHTML Qt parses raw HTML, which can load images and
    // swallows the text after a tag it does not know.
    setMarkdown(markdown, QTextDocument::MarkdownFeatures(int(markdown::kDialectFlags)));
    replaceImagesWithNames();
    dropUnsafeLinks();
}

void SafeTextDocument::replaceImagesWithNames()
{
    QTextCursor cursor(this);
    for (const Span &image :
         spansBackToFront(*this, [](const QTextCharFormat &f) { return f.isImageFormat(); })) {
        cursor.setPosition(image.position);
        cursor.setPosition(image.position + image.length, QTextCursor::KeepAnchor);
        cursor.insertText(u"[image: "_s + image.format.toImageFormat().name() + u']', QTextCharFormat());
    }
}

void SafeTextDocument::dropUnsafeLinks()
{
    QTextCursor cursor(this);
    const auto isUnsafeLink = [](const QTextCharFormat &f) {
        return f.isAnchor() && !markdown::safeLinkTarget(f.anchorHref());
    };
    for (Span link : spansBackToFront(*this, isUnsafeLink)) {
        cursor.setPosition(link.position);
        cursor.setPosition(link.position + link.length, QTextCursor::KeepAnchor);
        link.format.setAnchor(false);
        link.format.setAnchorHref(QString());
        link.format.clearForeground();
        link.format.setFontUnderline(false);
        cursor.setCharFormat(link.format);
    }
}

QVariant SafeTextDocument::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(name);
    // A null image would send Qt's image handler to the file system itself.
    if (type != QTextDocument::ImageResource)
        return {};
    QImage blank(1, 1, QImage::Format_ARGB32_Premultiplied);
    blank.fill(Qt::transparent);
    return blank;
}

} // namespace inkchat::platform
