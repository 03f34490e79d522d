#include "replytext.h"

namespace inkchat::chat {

void ReplyText::beginRestart()
{
    m_restarting = !m_text.isEmpty();
    m_dropLeadingSpace = false;
}

void ReplyText::beginContinuation()
{
    m_restarting = false;
    m_dropLeadingSpace = !m_text.isEmpty() && m_text.back().isSpace();
    m_seams.append(m_text.size());
}

QString ReplyText::append(QString piece)
{
    if (m_restarting && !piece.isEmpty()) {
        m_restarting = false;
        m_text.clear();
        m_seams.clear();
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
