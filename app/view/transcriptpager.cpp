#include "transcriptpager.h"

#include <QQuickTextDocument>
#include <QRectF>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace inkchat::app {

namespace {

/// Layout positions are fractional; a line starting this close above a
/// page's top is that page's first line.
constexpr qreal kTolerance = 0.5;

QTextDocument *textDocumentOf(const QQuickItem *edit)
{
    const auto *document = edit->property("textDocument").value<QQuickTextDocument *>();
    return document ? document->textDocument() : nullptr;
}

/// A line's rectangle in the TextEdit, as the TextEdit itself places it.
QRectF rectangleAt(QQuickItem *edit, int position)
{
    QRectF rect;
    QMetaObject::invokeMethod(edit, "positionToRectangle", Q_RETURN_ARG(QRectF, rect), Q_ARG(int, position));
    return rect;
}

LineSpan spanIn(QQuickItem *content, const QQuickItem *item, const QRectF &rect)
{
    const QRectF mapped = item->mapRectToItem(content, rect);
    return {mapped.top(), mapped.bottom()};
}

} // namespace

TranscriptPager::TranscriptPager(QQuickItem *parent) : QQuickItem(parent) {}

void TranscriptPager::setView(QQuickItem *view)
{
    if (view == m_view)
        return;
    if (m_view) {
        disconnect(m_view, nullptr, this, nullptr);
        if (QQuickItem *content = contentItem())
            disconnect(content, nullptr, this, nullptr);
    }
    m_view = view;
    if (m_view) {
        // ListView's own signals are not public C++ API.
        connect(m_view, SIGNAL(contentHeightChanged()), this, SLOT(schedule()));
        connect(m_view, SIGNAL(countChanged()), this, SLOT(schedule()));
        connect(m_view, &QQuickItem::widthChanged, this, &TranscriptPager::schedule);
        connect(m_view, &QQuickItem::heightChanged, this, &TranscriptPager::schedule);
        // A row made ahead in idle time joins the content item.
        if (QQuickItem *content = contentItem())
            connect(content, &QQuickItem::childrenChanged, this, &TranscriptPager::schedule);
    }
    refresh();
    Q_EMIT viewChanged();
}

void TranscriptPager::setPageHeight(qreal height)
{
    if (qFuzzyCompare(height, m_pageHeight))
        return;
    m_pageHeight = height;
    schedule();
    Q_EMIT pageHeightChanged();
}

qreal TranscriptPager::pageTop(int page) const
{
    return m_pages.at(std::clamp(page, 0, pageCount() - 1)).top;
}

qreal TranscriptPager::pageEnd(int page) const
{
    return m_pages.at(std::clamp(page, 0, pageCount() - 1)).end;
}

int TranscriptPager::pageAt(qreal y) const
{
    const auto after = std::upper_bound(m_pages.cbegin(), m_pages.cend(), y + kTolerance,
                                        [](qreal at, const PageSpan &page) { return at < page.top; });
    return std::max(0, int(after - m_pages.cbegin()) - 1);
}

void TranscriptPager::schedule()
{
    // Laid out with the frame, once the list's own layout is done.
    if (window())
        polish();
    else
        refresh();
}

void TranscriptPager::updatePolish()
{
    refresh();
}

QQuickItem *TranscriptPager::contentItem() const
{
    return m_view ? m_view->property("contentItem").value<QQuickItem *>() : nullptr;
}

void TranscriptPager::refresh()
{
    QQuickItem *content = contentItem();
    bool allRowsMade = true;
    QList<PageSpan> pages;
    if (content) {
        const QList<LineSpan> lines = lineSpans(content, &allRowsMade);
        QQuickItem *first = nullptr;
        QMetaObject::invokeMethod(m_view, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, first), Q_ARG(int, 0));
        const qreal contentTop = first ? first->y() : m_view->property("originY").toReal();
        pages = layOutPages(lines, contentTop, m_pageHeight);
    } else {
        pages = layOutPages({}, 0, m_pageHeight);
    }
    if (pages == m_pages && allRowsMade == m_isComplete)
        return;
    m_pages = pages;
    m_isComplete = allRowsMade;
    Q_EMIT pagesChanged();
}

QList<LineSpan> TranscriptPager::lineSpans(QQuickItem *content, bool *allRowsMade) const
{
    QList<LineSpan> lines;
    const int count = m_view->property("count").toInt();
    for (int row = 0; row < count; ++row) {
        QQuickItem *item = nullptr;
        QMetaObject::invokeMethod(m_view, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, item), Q_ARG(int, row));
        if (item)
            collectLines(item, content, lines);
        else
            *allRowsMade = false;
    }
    return lines;
}

void TranscriptPager::collectLines(QQuickItem *item, QQuickItem *content, QList<LineSpan> &lines) const
{
    if (!item->isVisible() || item->height() <= 0)
        return;
    if (item->inherits("QQuickTextEdit")) {
        collectTextEditLines(item, content, lines);
    } else if (item->inherits("QQuickText") || item->inherits("QQuickAbstractButton")) {
        // A label of a line or two, or a button: not cut either.
        lines.append(spanIn(content, item, QRectF(0, 0, item->width(), item->height())));
    } else {
        const QList<QQuickItem *> children = item->childItems();
        for (QQuickItem *child : children)
            collectLines(child, content, lines);
    }
}

void TranscriptPager::collectTextEditLines(QQuickItem *edit, QQuickItem *content,
                                           QList<LineSpan> &lines) const
{
    const QTextDocument *document = textDocumentOf(edit);
    if (!document)
        return;
    // Blocks in table cells come in document order too.
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!block.isVisible())
            continue;
        // Asking for the block's start lays it out, if it was not yet, and
        // says where the TextEdit puts it (the start of a later line would
        // be ambiguous: it is also the end of the line before).
        const QRectF start = rectangleAt(edit, block.position());
        const QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            continue;
        const qreal blockTop = start.top() - layout->lineAt(0).y();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            lines.append(spanIn(content, edit, QRectF(0, blockTop + line.y(), edit->width(), line.height())));
        }
    }
}

} // namespace inkchat::app
