#include "inlineelements.h"

#include <algorithm>

namespace inkchat::markdown {

void InlineElements::open(Span span)
{
    m_out += span.openTag;
    span.contentStart = m_out.size();
    m_open.push_back(std::move(span));
}

std::optional<InlineElements::Span> InlineElements::close(int kind)
{
    const auto found = std::find_if(m_open.rbegin(), m_open.rend(),
                                    [kind](const Span &s) { return s.kind == kind; });
    if (found == m_open.rend())
        return std::nullopt;
    const auto at = std::prev(found.base());
    for (auto inner = m_open.rbegin(); inner != found; ++inner)
        m_out += inner->closeTag;
    m_out += at->closeTag;
    for (auto inner = std::next(at); inner != m_open.end(); ++inner)
        m_out += inner->openTag;
    Span closed = std::move(*at);
    m_open.erase(at);
    return closed;
}

void InlineElements::closeAll()
{
    for (auto span = m_open.rbegin(); span != m_open.rend(); ++span)
        m_out += span->closeTag;
    m_open.clear();
}

bool InlineElements::isInLink() const
{
    return std::any_of(m_open.begin(), m_open.end(), [](const Span &s) { return s.closeTag == "</a>"; });
}

} // namespace inkchat::markdown
