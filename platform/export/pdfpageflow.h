#pragma once

#include <QPainter>

class QImage;
class QPdfWriter;
class QTextDocument;

namespace inkchat::platform {

/// Paints text documents down the pages of a QPdfWriter, one after another:
/// each continues on the current page where it fits, breaks between lines
/// (never through one) onto as many new pages as it needs, and every page
/// carries "Page N" in its footer. Only the document being placed is in
/// memory, so a transcript of any length costs one message's layout.
class PdfPageFlow
{
public:
    /// Starts painting on `writer`, which must outlive the flow; see isActive().
    explicit PdfPageFlow(QPdfWriter &writer);

    /// False when painting could not start (the device refused).
    bool isActive() const { return m_painter.isActive(); }

    /// Lays `document` out at the text width (for this device's resolution)
    /// and draws it below what is on the page.
    void place(QTextDocument &document);

    /// Draws `image` at `millimetres` (no wider than the text, no taller
    /// than a page, its aspect kept) below what is on the page, on a new
    /// page when it does not fit on this one, framed by a grey hairline.
    /// Kept `lossless`, or else stored as JPEG.
    void placeImage(const QImage &image, QSizeF millimetres, bool lossless);

    /// Leaves `millimetres` blank, unless at the top of a page.
    void skip(qreal millimetres);

    /// Starts a new page unless `millimetres` are left on this one, so that
    /// a heading is not stranded at the foot of a page.
    void keepSpace(qreal millimetres);

    /// Starts a new page unless this one is still empty.
    void breakPage();

    /// Ends painting; false if the writer failed.
    bool end();

private:
    qreal pixels(qreal millimetres) const;
    void startPage();
    void newPage();
    void drawSlice(QTextDocument &document, qreal top, qreal bottom);

    QPdfWriter &m_writer;
    QPainter m_painter;
    qreal m_width = 0;      ///< device pixels
    qreal m_bodyHeight = 0; ///< device pixels above the footer
    qreal m_y = 0;          ///< where the next document starts on this page
    int m_page = 0;
};

} // namespace inkchat::platform
