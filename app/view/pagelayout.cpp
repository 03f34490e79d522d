#include "pagelayout.h"

#include <algorithm>

namespace inkchat::app {

namespace {

/// Layout positions are fractional; what touches within this is not cut.
constexpr qreal kTolerance = 0.5;

/// Overlapping lines merged into spans that can be cut only between them.
QList<LineSpan> unbreakableSpans(QList<LineSpan> lines)
{
    std::sort(lines.begin(), lines.end(), [](const LineSpan &a, const LineSpan &b) { return a.top < b.top; });
    QList<LineSpan> spans;
    for (const LineSpan &line : lines) {
        if (line.bottom <= line.top)
            continue;
        if (!spans.isEmpty() && line.top < spans.last().bottom - kTolerance)
            spans.last().bottom = std::max(spans.last().bottom, line.bottom);
        else
            spans.append(line);
    }
    return spans;
}

} // namespace

QList<PageSpan> layOutPages(QList<LineSpan> lines, qreal contentTop, qreal pageHeight)
{
    const QList<LineSpan> spans = unbreakableSpans(std::move(lines));
    pageHeight = std::max<qreal>(pageHeight, 1);
    QList<PageSpan> pages;
    qreal top = contentTop;
    qreal cutAt = -1; // where a span taller than a page continues
    qsizetype next = 0;
    while (next < spans.size()) {
        const qreal limit = top + pageHeight;
        const qsizetype first = next;
        while (next < spans.size() && spans.at(next).bottom <= limit + kTolerance)
            ++next;
        if (next > first) {
            const qreal end = next < spans.size() ? std::min(spans.at(next).top, limit) : limit;
            pages.append({top, end});
            top = next < spans.size() ? spans.at(next).top : top;
            cutAt = -1;
            continue;
        }
        const LineSpan &tall = spans.at(next);
        const qreal tallTop = std::max(tall.top, cutAt);
        if (tall.bottom - tallTop <= pageHeight + kTolerance || tallTop >= limit) {
            // Only white space before it: its page starts with it.
            top = tallTop;
            continue;
        }
        // Taller than a page: shown in pieces, as an image is.
        pages.append({top, limit});
        top = cutAt = limit;
    }
    if (pages.isEmpty())
        pages.append({contentTop, contentTop + pageHeight});
    return pages;
}

} // namespace inkchat::app
