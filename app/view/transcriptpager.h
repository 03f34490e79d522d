#pragma once

#include "pagelayout.h"

#include <QList>
#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

namespace inkchat::app {

/// The pages of a transcript ListView on e-ink, laid out from the lines
/// its rows really show, so that no page cuts a line and the count is
/// exact.
///
/// Lines are read from the rows' text layouts (each line of a TextEdit,
/// each Text as a whole) and their buttons, in the list's content
/// coordinates; see layOutPages() for how they are split. The pages are
/// laid out again in the polish phase of the frame in which the list's
/// layout changed (its content height, width, height, rows), so a frame
/// never shows text of a page not yet laid out.
///
///     ListView { id: list; TranscriptPager { view: list; pageHeight: list.height - 28 } }
///
/// Every row must exist (a cacheBuffer as tall as the content) for the
/// count to be final; isComplete says whether it is.
class TranscriptPager : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT

    /// The ListView whose rows are paged; null: one empty page.
    Q_PROPERTY(QQuickItem *view READ view WRITE setView NOTIFY viewChanged)
    /// How much of the view a page's lines may take.
    Q_PROPERTY(qreal pageHeight READ pageHeight WRITE setPageHeight NOTIFY pageHeightChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY pagesChanged)
    /// Every row of the view was made when the pages were laid out.
    Q_PROPERTY(bool isComplete READ isComplete NOTIFY pagesChanged)

public:
    explicit TranscriptPager(QQuickItem *parent = nullptr);

    QQuickItem *view() const { return m_view; }
    void setView(QQuickItem *view);
    qreal pageHeight() const { return m_pageHeight; }
    void setPageHeight(qreal height);
    int pageCount() const { return int(m_pages.size()); }
    bool isComplete() const { return m_isComplete; }

    /// Where page `page` (0-based) starts: the top of its first line, in
    /// the view's content coordinates.
    Q_INVOKABLE qreal pageTop(int page) const;
    /// Where page `page` ends: the top of the first line it does not show.
    Q_INVOKABLE qreal pageEnd(int page) const;
    /// The page that shows content position `y` (0-based).
    Q_INVOKABLE int pageAt(qreal y) const;
    /// Lays the pages out now, for a caller that just changed the view.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void viewChanged();
    void pageHeightChanged();
    void pagesChanged();

protected:
    void updatePolish() override;

private Q_SLOTS:
    void schedule();

private:
    QList<LineSpan> lineSpans(QQuickItem *content, bool *allRowsMade) const;
    void collectLines(QQuickItem *item, QQuickItem *content, QList<LineSpan> &lines) const;
    void collectTextEditLines(QQuickItem *edit, QQuickItem *content, QList<LineSpan> &lines) const;
    QQuickItem *contentItem() const;

    QPointer<QQuickItem> m_view;
    qreal m_pageHeight = 0;
    QList<PageSpan> m_pages{PageSpan{}};
    bool m_isComplete = true;
};

} // namespace inkchat::app
