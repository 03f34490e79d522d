#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace inkchat::markdown {

/// The inline elements open in XHTML being written (em, strong, code, del,
/// a), kept well-formed whatever order a parser reports its spans in: md4c
/// 0.4.8 can report the end of a strikethrough whose start it dropped.
/// Closing a span that is not the innermost closes and reopens the ones
/// inside it; a span that was never opened is not closed; closeAll() ends
/// what a block left open.
class InlineElements
{
public:
    struct Span
    {
        int kind = 0;       ///< the parser's span type
        QByteArray openTag; ///< empty: the span is shown as its text only
        QByteArray closeTag;
        qsizetype contentStart = 0; ///< where its content starts in the output
        QString target;             ///< what a link or image points at
    };

    explicit InlineElements(QByteArray &out) : m_out(out) {}

    /// Writes the span's opening tag and remembers it.
    void open(Span span);
    /// Closes the innermost open span of `kind` and returns it; nullopt,
    /// and nothing written, if none is open.
    std::optional<Span> close(int kind);
    /// Closes every open span (a block ends).
    void closeAll();

    /// The span opened last and still open, or null.
    const Span *innermost() const { return m_open.empty() ? nullptr : &m_open.back(); }
    /// Whether an <a> is open: links never nest.
    bool isInLink() const;

private:
    QByteArray &m_out;
    std::vector<Span> m_open;
};

} // namespace inkchat::markdown
