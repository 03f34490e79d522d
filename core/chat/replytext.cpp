#include "replytext.h"

namespace inkchat::chat {

void ReplyText::beginRestart()
{
    m_replayed = m_text.isEmpty() ? -1 : 0;
    m_dropLeadingSpace = false;
}

void ReplyText::beginContinuation()
{
    m_replayed = -1;
    m_dropLeadingSpace = !m_text.isEmpty() && m_text.back().isSpace();
    m_seams.append(m_text.size());
}

std::optional<QString> ReplyText::append(QString piece)
{
    if (m_replayed >= 0) {
        const qsizetype overlap = std::min(piece.size(), m_text.size() - m_replayed);
        if (QStringView(piece).first(overlap) != QStringView(m_text).sliced(m_replayed, overlap))
            return std::nullopt;
        m_replayed += overlap;
        piece.remove(0, overlap);
        if (m_replayed == m_text.size())
            m_replayed = -1; // caught up: what follows is new
    }
    if (m_dropLeadingSpace && !piece.isEmpty()) {
        qsizetype spaces = 0;
        while (spaces < piece.size() && piece.at(spaces).isSpace())
            ++spaces;
        piece.remove(0, spaces);
        m_dropLeadingSpace = piece.isEmpty();
    }
    m_text += piece;
    return piece;
}

} // namespace inkchat::chat
