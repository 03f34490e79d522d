// layOutPages: pages of whole lines, as a book has them.

#include "view/pagelayout.h"

#include <gtest/gtest.h>

using inkchat::app::layOutPages;
using inkchat::app::LineSpan;
using inkchat::app::PageSpan;

namespace {

/// `count` lines of `height`, one under the other from `top`.
QList<LineSpan> paragraph(qreal top, int count, qreal height)
{
    QList<LineSpan> lines;
    for (int i = 0; i < count; ++i)
        lines.append({top + i * height, top + (i + 1) * height});
    return lines;
}

} // namespace

TEST(PageLayout, APageHoldsTheLinesThatFitWholeAndTheNextStartsWithTheFirstThatDidNot)
{
    // 10 lines of 30 on pages of 100: 3 lines a page, the 4th starts the next.
    const QList<PageSpan> pages = layOutPages(paragraph(0, 10, 30), 0, 100);
    ASSERT_EQ(pages.size(), 4);
    EXPECT_EQ(pages.at(0), (PageSpan{0, 90}));
    EXPECT_EQ(pages.at(1), (PageSpan{90, 180}));
    EXPECT_EQ(pages.at(2), (PageSpan{180, 270}));
    EXPECT_EQ(pages.at(3), (PageSpan{270, 370})) << "the last page: one line, and room for more";
}

TEST(PageLayout, ALineThatJustFitsStaysOnThePage)
{
    const QList<PageSpan> pages = layOutPages(paragraph(0, 4, 25), 0, 100);
    ASSERT_EQ(pages.size(), 1);
}

TEST(PageLayout, ThePageEndsAtTheNextLineSoWhatLiesBetweenIsShownOnce)
{
    // Two paragraphs with a gap (a frame's padding, a heading's space).
    QList<LineSpan> lines = paragraph(0, 2, 40);
    lines += paragraph(95, 2, 40);
    const QList<PageSpan> pages = layOutPages(lines, 0, 100);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pages.at(0), (PageSpan{0, 95}));
    EXPECT_EQ(pages.at(1).top, 95);
}

TEST(PageLayout, OverlappingLinesStayTogether)
{
    // A button beside the first two lines of a code block.
    QList<LineSpan> lines = paragraph(0, 5, 20);
    lines.append({75, 115});
    lines += paragraph(100, 3, 20);
    const QList<PageSpan> pages = layOutPages(lines, 0, 110);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pages.at(0), (PageSpan{0, 60})) << "the line at 60 goes with the button";
    EXPECT_EQ(pages.at(1).top, 60);
}

TEST(PageLayout, OnlyALineTallerThanAPageIsCut)
{
    QList<LineSpan> lines = paragraph(0, 1, 30);
    lines.append({30, 280}); // an image, say
    lines += paragraph(280, 1, 30);
    const QList<PageSpan> pages = layOutPages(lines, 0, 100);
    ASSERT_EQ(pages.size(), 4);
    EXPECT_EQ(pages.at(0), (PageSpan{0, 30}));
    EXPECT_EQ(pages.at(1), (PageSpan{30, 130}));
    EXPECT_EQ(pages.at(2), (PageSpan{130, 230}));
    EXPECT_EQ(pages.at(3).top, 230) << "the rest of it, then the line after";
}

TEST(PageLayout, OrderDoesNotMatterAndEmptyContentIsOnePage)
{
    QList<LineSpan> lines = paragraph(0, 6, 30);
    std::reverse(lines.begin(), lines.end());
    EXPECT_EQ(layOutPages(lines, 0, 100), layOutPages(paragraph(0, 6, 30), 0, 100));
    const QList<PageSpan> empty = layOutPages({}, 10, 100);
    ASSERT_EQ(empty.size(), 1);
    EXPECT_EQ(empty.at(0).top, 10);
}

TEST(PageLayout, FractionalPositionsOfTouchingLinesAreNotOverlaps)
{
    // Text layouts place lines at fractions of a pixel.
    const QList<PageSpan> pages = layOutPages(paragraph(0.25, 9, 33.3333), 0.25, 100.2);
    ASSERT_EQ(pages.size(), 3);
    EXPECT_NEAR(pages.at(1).top, 0.25 + 3 * 33.3333, 1e-6);
}
