// Journey 6: reading a reply on an e-reader (issue 16). The e-ink profile
// at the sizes of real readers; the reply is read a page at a time by
// tapping, with the mouse and with a finger. Every page shows whole lines
// (the lines' real geometry against the page, and the pixels around it),
// the counter says where the reader is, and every line is on some page.

#include "journeyapp.h"
#include "journeysteps.h"

#include <QImage>
#include <QPointingDevice>
#include <QQuickItem>
#include <QQuickItemGrabResult>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace inkchat::journey {
namespace {

/// A line of text as the window shows it, in window coordinates.
struct ShownLine
{
    QString key; ///< which line: its item and its place in it
    qreal top = 0;
    qreal bottom = 0;
};

void addTextEditLines(QQuickItem *edit, QList<ShownLine> &lines)
{
    // One cursor rectangle per character position; a line is where they sit.
    const int length = edit->property("length").toInt();
    QSet<int> tops;
    for (int position = 0; position <= length; ++position) {
        QRectF rect;
        QMetaObject::invokeMethod(edit, "positionToRectangle", Q_RETURN_ARG(QRectF, rect),
                                  Q_ARG(int, position));
        if (tops.contains(qRound(rect.top())))
            continue;
        tops.insert(qRound(rect.top()));
        const QRectF shown = edit->mapRectToScene(rect);
        const QString key = u"%1@%2"_s.arg(quintptr(edit)).arg(qRound(rect.top()));
        lines.append({key, shown.top(), shown.bottom()});
    }
}

/// Every line of text in the transcript: TextEdits line by line, labels
/// and buttons whole.
void addLines(QQuickItem *item, QList<ShownLine> &lines)
{
    if (!item->isVisible() || item->height() <= 0)
        return;
    if (item->inherits("QQuickTextEdit")) {
        addTextEditLines(item, lines);
        return;
    }
    if (item->inherits("QQuickText") || item->inherits("QQuickAbstractButton")) {
        const QRectF shown = JourneyApp::sceneRect(item);
        lines.append({u"%1"_s.arg(quintptr(item)), shown.top(), shown.bottom()});
        return;
    }
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        addLines(child, lines);
}

struct Counter
{
    int page = 0;
    int of = 0;
};

/// What the status line says: "page N of M".
Counter counter(JourneyApp &app)
{
    static const QRegularExpression pattern(u"page (\\d+) of (\\d+)"_s);
    const QQuickItem *text = app.visibleItem(u"pageText"_s);
    if (!text)
        return {};
    const QRegularExpressionMatch match = pattern.match(text->property("text").toString());
    return match.hasMatch() ? Counter{match.captured(1).toInt(), match.captured(2).toInt()} : Counter{};
}

/// Where the page's lines may be: the transcript less what covers its
/// head and foot, in window coordinates.
std::pair<qreal, qreal> pageArea(JourneyApp &app)
{
    const QRectF view = JourneyApp::sceneRect(app.visibleItem(u"transcript"_s));
    const QQuickItem *head = app.visibleItem(u"pageHead"_s);
    const QQuickItem *foot = app.visibleItem(u"pageFoot"_s);
    return {head ? JourneyApp::sceneRect(head).bottom() : view.top(),
            foot ? JourneyApp::sceneRect(foot).top() : view.bottom()};
}

/// The item drawn on its own, from scratch (the window's own frames are
/// drawn in part, only where something changed).
QImage freshImage(QQuickItem *item)
{
    const QSharedPointer<QQuickItemGrabResult> grab = item->grabToImage();
    if (!grab)
        return {};
    QSignalSpy ready(grab.data(), &QQuickItemGrabResult::ready);
    item->window()->update();
    if (!ready.wait(5000))
        return {};
    return grab->image();
}

/// Checks the page shown: whole lines only, nothing of any other line
/// inked around it. Returns the lines it shows.
QSet<QString> checkPage(JourneyApp &app, const QString &step)
{
    SCOPED_TRACE(step.toStdString());
    QQuickItem *transcript = app.visibleItem(u"transcript"_s);
    const QRectF view = JourneyApp::sceneRect(transcript);
    const auto [top, end] = pageArea(app);
    EXPECT_GE(top, view.top());
    EXPECT_LE(end, view.bottom() + 0.5);
    QList<ShownLine> lines;
    addLines(transcript, lines);
    QSet<QString> shown;
    for (const ShownLine &line : std::as_const(lines)) {
        if (line.bottom <= top + 0.5 || line.top >= end - 0.5)
            continue;
        EXPECT_TRUE(line.top >= top - 0.5 && line.bottom <= end + 0.5)
            << "a line at " << line.top << ".." << line.bottom << " is cut by the page " << top << ".."
            << end;
        shown.insert(line.key);
    }
    EXPECT_FALSE(shown.isEmpty()) << "the page shows text";

    // Around the page, inside the transcript: white.
    const QImage image = app.shot(step);
    const qreal scale = image.width() / qreal(app.window()->width());
    int ink = 0;
    for (int y = int(view.top() * scale); y < int(view.bottom() * scale); ++y) {
        if (y >= qCeil(top * scale) && y < int(end * scale))
            continue;
        for (int x = int(view.left() * scale); x < int(view.right() * scale); ++x)
            ink += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    }
    EXPECT_EQ(ink, 0) << "dark pixels above or below the page " << top << ".." << end;

    // And nothing of an earlier page is left on the screen: the window
    // drawn afresh has ink where the screen has it, and only there.
    const QImage fresh = freshImage(app.window()->contentItem()).scaled(image.size());
    const QPointF origin = app.window()->contentItem()->mapToScene({0, 0});
    int stale = 0;
    for (int y = int(view.top() * scale); y < int(view.bottom() * scale); ++y) {
        for (int x = int(view.left() * scale); x < int(view.right() * scale); ++x) {
            const QRgb drawn = fresh.pixel(x - int(origin.x() * scale), y - int(origin.y() * scale));
            stale += (qGray(image.pixel(x, y)) < 128) != (qGray(drawn) < 128) ? 1 : 0;
        }
    }
    EXPECT_EQ(stale, 0) << "pixels that differ from the transcript drawn afresh";
    return shown;
}

/// Where a tap turns which way: left third or upper third back, else
/// forward. In the right margin, where no link or button can be: a tap on
/// one of those is theirs.
QPointF forwardPoint(JourneyApp &app)
{
    const QRectF view = JourneyApp::sceneRect(app.visibleItem(u"transcript"_s));
    return {view.right() - 8, view.top() + view.height() * 0.55};
}

QPointF backPoint(JourneyApp &app, bool left)
{
    const QRectF view = JourneyApp::sceneRect(app.visibleItem(u"transcript"_s));
    return left ? QPointF(view.left() + 8, view.top() + view.height() * 0.8)
                : QPointF(view.right() - 8, view.top() + view.height() * 0.15);
}

void touchAt(JourneyApp &app, QPointF point)
{
    static QPointingDevice *finger = QTest::createTouchDevice();
    QTest::touchEvent(app.window(), finger).press(0, point.toPoint());
    QTest::touchEvent(app.window(), finger).release(0, point.toPoint());
    app.settle();
}

/// Reads three replies at `size`: pages turned by taps, each page checked.
void readByTapping(QSize size)
{
    app::AppOptions options;
    options.demoRate = 0;
    options.profile = chat::DisplayProfile::Kind::Eink;
    JourneyApp app(options, size);
    for (const QString &question : {u"What is Inkchat?"_s, u"And on e-ink?"_s, u"Thank you"_s}) {
        app.type(question + u'\n');
        ASSERT_TRUE(waitUntilReplyEnded(app));
    }
    ASSERT_TRUE(app.waitFor([&] { return counter(app).of >= 2; })) << "the replies take pages";
    app.settle();
    const int pages = counter(app).of;
    EXPECT_EQ(counter(app).page, pages) << "the end of the last reply is shown";
    checkPage(app, u"end"_s);

    // Back to the first page: taps in the upper third, then the left third.
    for (int turn = 1; turn < pages; ++turn)
        app.clickAt(backPoint(app, turn % 2 == 0));
    ASSERT_EQ(counter(app).page, 1);

    // Every page, forward by mouse and by finger in turn.
    QList<ShownLine> everyLine;
    addLines(app.visibleItem(u"transcript"_s), everyLine);
    QSet<QString> seen;
    for (int page = 1;; ++page) {
        ASSERT_EQ(counter(app).page, page);
        EXPECT_EQ(counter(app).of, pages) << "the count stays";
        seen += checkPage(app, u"page-%1"_s.arg(page));
        if (page == pages)
            break;
        if (page % 2 == 1)
            app.clickAt(forwardPoint(app));
        else
            touchAt(app, forwardPoint(app));
    }
    app.clickAt(forwardPoint(app));
    EXPECT_EQ(counter(app).page, pages) << "no page after the last";
    touchAt(app, backPoint(app, true));
    EXPECT_EQ(counter(app).page, pages - 1) << "a finger turns back too";

    // Every line was on a page, whole. (Lines hidden by the transcript's
    // clip before the walk are checked by their keys.)
    int unseen = 0;
    for (const ShownLine &line : std::as_const(everyLine))
        unseen += seen.contains(line.key) ? 0 : 1;
    EXPECT_EQ(unseen, 0) << "of " << everyLine.size() << " lines, these were on no page";
}

} // namespace

TEST_F(Journey, AReplyIsReadAPageOfWholeLinesAtATimeOnA758x1024Reader)
{
    readByTapping({758, 1024});
}

TEST_F(Journey, AReplyIsReadAPageOfWholeLinesAtATimeOnA1072x1448Reader)
{
    readByTapping({1072, 1448});
}

} // namespace inkchat::journey
