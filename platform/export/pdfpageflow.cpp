#include "pdfpageflow.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace inkchat::platform {

namespace {

constexpr qreal kFooterMillimetres = 8;
constexpr qreal kFooterPointSize = 9;

using LineExtent = std::pair<qreal, qreal>; // top and bottom in document coordinates

QList<LineExtent> lineExtents(QTextDocument &document)
{
    QList<LineExtent> lines;
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *text = block.layout();
        if (!text)
            continue;
        // blockBoundingRect() places the block in the document, table cells included.
        const qreal origin = layout->blockBoundingRect(block).top();
        for (int i = 0; i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            lines.append({origin + line.y(), origin + line.y() + line.height()});
        }
    }
    return lines;
}

/// Where a page that can show document coordinates up to `limit` should end:
/// above the first line that would not fit whole.
qreal breakBefore(const QList<LineExtent> &lines, qreal top, qreal limit)
{
    qreal end = limit;
    for (const auto &[lineTop, lineBottom] : lines) {
        if (lineBottom > limit && lineTop >= top)
            end = std::min(end, lineTop);
    }
    return end;
}

} // namespace

PdfPageFlow::PdfPageFlow(QPdfWriter &writer) : m_writer(writer)
{
    if (!m_painter.begin(&m_writer))
        return;
    m_width = m_writer.width();
    m_bodyHeight = m_writer.height() - pixels(kFooterMillimetres);
    startPage();
}

qreal PdfPageFlow::pixels(qreal millimetres) const
{
    return millimetres * m_writer.resolution() / 25.4;
}

void PdfPageFlow::startPage()
{
    ++m_page;
    m_y = 0;
    // Numbered as the page begins, so the last page cannot be missed.
    QFont font(u"serif"_s, 1);
    font.setPointSizeF(kFooterPointSize);
    m_painter.save();
    m_painter.setFont(font);
    m_painter.setPen(Qt::black);
    const qreal footer = pixels(kFooterMillimetres);
    m_painter.drawText(QRectF(0, m_bodyHeight, m_width, footer), Qt::AlignHCenter | Qt::AlignBottom,
                       u"Page "_s + QString::number(m_page));
    m_painter.restore();
}

void PdfPageFlow::newPage()
{
    m_writer.newPage();
    startPage();
}

void PdfPageFlow::breakPage()
{
    if (m_y > 0)
        newPage();
}

void PdfPageFlow::placeImage(const QImage &image, QSizeF millimetres, bool lossless)
{
    if (!isActive())
        return;
    const QSizeF size = QSizeF(pixels(millimetres.width()), pixels(millimetres.height()))
                            .boundedTo(QSizeF(m_width, m_bodyHeight));
    const QSizeF drawn = QSizeF(image.size()).scaled(size, Qt::KeepAspectRatio);
    if (m_y > 0 && m_y + drawn.height() > m_bodyHeight)
        newPage();
    const QRectF frame(QPointF(0, m_y), drawn);
    m_painter.save();
    m_painter.setRenderHint(QPainter::LosslessImageRendering, lossless);
    m_painter.drawImage(frame, image);
    // A hairline, so that a white image does not melt into the page.
    m_painter.setPen(QPen(Qt::gray, 0));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(frame);
    m_painter.restore();
    m_y += drawn.height();
}

void PdfPageFlow::skip(qreal millimetres)
{
    if (m_y > 0)
        m_y = std::min(m_bodyHeight, m_y + pixels(millimetres));
}

void PdfPageFlow::keepSpace(qreal millimetres)
{
    if (m_y > 0 && m_bodyHeight - m_y < pixels(millimetres))
        newPage();
}

void PdfPageFlow::place(QTextDocument &document)
{
    if (!isActive())
        return;
    // Fonts are measured for the PDF's resolution, not the screen's.
    document.documentLayout()->setPaintDevice(&m_writer);
    document.setDocumentMargin(0);
    document.setTextWidth(m_width);
    const qreal height = document.size().height();
    const QList<LineExtent> lines = lineExtents(document);

    qreal top = 0;
    while (top < height) {
        const qreal limit = top + (m_bodyHeight - m_y);
        qreal bottom = height <= limit ? height : breakBefore(lines, top, limit);
        if (bottom <= top) {
            if (m_y > 0) { // the next line fits on a fresh page
                newPage();
                continue;
            }
            bottom = limit; // a line taller than a page: cutting it is all that is left
        }
        drawSlice(document, top, bottom);
        m_y += bottom - top;
        top = bottom;
        if (top < height)
            newPage();
    }
}

void PdfPageFlow::drawSlice(QTextDocument &document, qreal top, qreal bottom)
{
    m_painter.save();
    m_painter.translate(0, m_y - top);
    m_painter.setClipRect(QRectF(0, top, m_width, bottom - top));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    // Qt draws every line that touches the clip; pulled in by half a pixel,
    // the lines just outside are left out of the file instead of clipped
    // there, where text extraction would still find them twice.
    context.clip = QRectF(0, top + 0.5, m_width, std::max<qreal>(0, bottom - top - 1));
    document.documentLayout()->draw(&m_painter, context);
    m_painter.restore();
}

bool PdfPageFlow::end()
{
    return m_painter.isActive() && m_painter.end();
}

} // namespace inkchat::platform
