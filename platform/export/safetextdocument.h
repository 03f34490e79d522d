#pragma once

#include <QTextDocument>

namespace inkchat::platform {

/// A QTextDocument for a model's Markdown that is safe to export: it reads
/// nothing from outside and links only to the web. Images become their name
/// in brackets and any resource asked for anyway is an empty image
/// (overriding loadResource() alone is not enough: Qt's image handler opens
/// a plain path itself when the resource comes back empty). Raw HTML stays
/// literal text, and links other than http, https and mailto (javascript:,
/// file:) lose their target, by the rule markdown::markdownToXhtml() uses.
class SafeTextDocument final : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

    /// Parses GitHub-flavoured `markdown` with the rules above.
    void setSafeMarkdown(const QString &markdown);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void replaceImagesWithNames();
    void dropUnsafeLinks();
};

} // namespace inkchat::platform
