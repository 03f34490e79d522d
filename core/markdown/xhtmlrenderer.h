#pragma once

#include "inlineelements.h"

#include <QByteArray>
#include <QByteArrayView>

#include <md4c.h>

#include <vector>

namespace inkchat::markdown {

/// Turns md4c's callbacks into the XHTML that markdownToXhtml() promises
/// (see there): only its elements and attributes, everything escaped, links
/// through safeLinkTarget(). Line breaks around tags follow the CommonMark
/// reference renderer's, so its spec examples compare closely. One use:
/// construct, render(), discard.
class XhtmlRenderer
{
public:
    /// `markdown` is UTF-8 without characters XML forbids; so is the result.
    QByteArray render(QByteArrayView markdown);

private:
    struct Container
    {
        bool isShown = true;  ///< its tags were written (see kMaxNesting)
        bool isTight = false; ///< a list whose items hold no <p>
    };

    static int enterBlock(MD_BLOCKTYPE type, void *detail, void *self);
    static int leaveBlock(MD_BLOCKTYPE type, void *detail, void *self);
    static int enterSpan(MD_SPANTYPE type, void *detail, void *self);
    static int leaveSpan(MD_SPANTYPE type, void *detail, void *self);
    static int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self);

    void openBlock(MD_BLOCKTYPE type, void *detail);
    void closeBlock(MD_BLOCKTYPE type, void *detail);
    void openLeaf(const QByteArray &openingTag);
    void openContainer(const QByteArray &openingTag, bool isTight = false);
    void closeContainer(const char *closingTag);
    void openItem(const MD_BLOCK_LI_DETAIL &item);
    void closeItem();
    void endFlatParagraph();
    void openSpan(MD_SPANTYPE type, void *detail);
    void closeSpan(MD_SPANTYPE type);
    template <qsizetype Open, qsizetype Close>
    void openElement(MD_SPANTYPE type, const char (&openTag)[Open], const char (&closeTag)[Close]);
    void openLink(MD_SPANTYPE type, const QString &target);
    void text(MD_TEXTTYPE type, QByteArrayView text);
    void writeTaskMark();
    void writeEscaped(QByteArrayView text);
    /// A line break unless the output is at the start of a line.
    void cr();

    QByteArray m_out;
    InlineElements m_inline{m_out};
    std::vector<Container> m_containers; ///< block quotes, lists and items open now
    int m_shownContainers = 0;
    bool m_isInFlatParagraph = false; ///< a <p> stands in for an item nested too deep
    char m_pendingTaskMark = 0;       ///< ' ', 'x' or 'X' until the item's text starts
    int m_imageDepth = 0;             ///< inside an image's description: text only
};

} // namespace inkchat::markdown
