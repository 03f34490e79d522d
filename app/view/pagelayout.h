#pragma once

#include <QList>
#include <QtGlobal>

namespace inkchat::app {

/// A vertical extent of the transcript that must not be cut: a line of
/// text, a heading, a button. Content coordinates.
struct LineSpan
{
    qreal top = 0;
    qreal bottom = 0;
};

/// One page of the transcript, as an e-reader shows it: from `top` (the
/// top of its first line) down to `end`, where the first line that did not
/// fit begins. Everything in between is whole lines.
struct PageSpan
{
    qreal top = 0;
    qreal end = 0;

    friend bool operator==(const PageSpan &, const PageSpan &) = default;
};

/// Splits content into pages of whole lines, as a book does: each page
/// starts with the first line the page before could not show whole, and
/// holds every line that fits in `pageHeight` below it. Lines that overlap
/// (a button beside a line of code) stay together. Only a single line
/// taller than a page is cut, at the page's height.
///
/// The first page starts at `contentTop`. There is always at least one
/// page; pages are in order and never overlap.
QList<PageSpan> layOutPages(QList<LineSpan> lines, qreal contentTop, qreal pageHeight);

} // namespace inkchat::app
