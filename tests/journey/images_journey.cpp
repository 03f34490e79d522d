// Journey 10: images in the prompt (issue 19 point 4). The user pastes an
// image file copied in a file manager, drops another file on the composer
// and pastes a screenshot; the thumbnails wait above the text, one is
// removed, a file too large is refused in words; the message goes out and
// the server receives the images in OpenAI's format; the transcript shows
// them as thumbnails, in dithered black and white on e-ink.

#include "journeyapp.h"
#include "journeysteps.h"

#include "fixtures.h"
#include "ssescript.h"
#include "streamserver.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace inkchat::journey {
namespace {

void serveAnswer(test::StreamServer &server)
{
    server.setResponder([](const test::RecordedRequest &request) {
        if (request.method == "GET") {
            test::StreamResponse list;
            list.headers = {{"Content-Type", "application/json"}};
            list.body = R"({"object":"list","data":[{"id":"gpt-4o","object":"model"}]})";
            return list;
        }
        return test::sseResponse(test::openAiChatBody({u"Ein rotes"_s, u" Quadrat."_s}));
    });
}

/// Puts `mime` on the clipboard, as another program would, and presses Ctrl+V.
void pasteFromClipboard(JourneyApp &app, QMimeData *mime)
{
    QGuiApplication::clipboard()->setMimeData(mime);
    app.key(Qt::Key_V, Qt::ControlModifier);
}

/// Drops `files` on `target` as a file manager does: enter, move, drop.
void dropFiles(JourneyApp &app, QQuickItem *target, const QList<QUrl> &files)
{
    QMimeData mime;
    mime.setUrls(files);
    const QPoint at = JourneyApp::sceneRect(target).center().toPoint();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(app.window(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(app.window(), &move);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(app.window(), &drop);
}

int thumbnailCount(JourneyApp &app, QQuickItem *within)
{
    int count = 0;
    for (QQuickItem *image : app.visibleItems(u"attachmentImage"_s)) {
        if (within->isAncestorOf(image) && image->property("status").toInt() == 1 /* Image.Ready */)
            ++count;
    }
    return count;
}

/// The distinct grey levels of the first ready thumbnail in `within`, as drawn.
QSet<int> greyLevelsOfThumbnail(JourneyApp &app, QQuickItem *within)
{
    QSet<int> levels;
    for (QQuickItem *image : app.visibleItems(u"attachmentImage"_s)) {
        if (!within->isAncestorOf(image))
            continue;
        const QImage shown = app.shot(u"thumbnail"_s)
                                 .copy(JourneyApp::sceneRect(image).toAlignedRect().adjusted(2, 2, -2, -2));
        for (int y = 0; y < shown.height(); ++y) {
            for (int x = 0; x < shown.width(); ++x)
                levels.insert(qGray(shown.pixel(x, y)));
        }
        break;
    }
    return levels;
}

void attachAndSend(chat::DisplayProfile::Kind profile)
{
    QTemporaryDir files;
    const QString second = files.filePath(u"gradient.png"_s);
    {
        // A grey gradient: on e-ink it must come out as black and white dots.
        QImage gradient(64, 64, QImage::Format_RGB32);
        for (int x = 0; x < 64; ++x) {
            for (int y = 0; y < 64; ++y)
                gradient.setPixel(x, y, qRgb(x * 4, 200 - y * 2, 255 - x * 4));
        }
        ASSERT_TRUE(gradient.save(second, "PNG"));
    }
    const QString huge = files.filePath(u"huge.png"_s);
    {
        QFile file(huge);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("\x89PNG\r\n\x1a\n");
        file.resize(6 * 1024 * 1024);
    }

    test::StreamServer provider;
    serveAnswer(provider);
    app::AppOptions options;
    options.profile = profile;
    JourneyApp app(options);
    app.click(app.visibleItem(u"settingsButton"_s));
    ASSERT_NO_FATAL_FAILURE(addEndpointInSettings(app, u"Vision"_s, provider.url(u"/v1"_s).toString(),
                                                  u"gpt-4o"_s, u"sk-journey"_s));
    app.key(Qt::Key_Escape);
    ASSERT_EQ(app.focusItem()->objectName(), u"messageInput"_s);
    EXPECT_TRUE(app.visibleItem(u"attachButton"_s)) << "the composer offers Attach";

    // A file copied in a file manager, pasted.
    auto *copiedFile = new QMimeData;
    copiedFile->setUrls({QUrl::fromLocalFile(test::dataPath(u"images/tiny.png"_s))});
    pasteFromClipboard(app, copiedFile);
    QQuickItem *tray = nullptr;
    ASSERT_TRUE(app.waitFor(
        [&] { return (tray = app.visibleItem(u"attachmentTray"_s)) && thumbnailCount(app, tray) == 1; }));

    // Another dropped on the composer, and one too large.
    dropFiles(app, app.visibleItem(u"messageInput"_s),
              {QUrl::fromLocalFile(second), QUrl::fromLocalFile(huge)});
    const bool dropped = app.waitFor(
        [&] { return thumbnailCount(app, tray) == 2 && app.visibleItem(u"attachmentError"_s); });
    app.shot(u"dropped"_s);
    ASSERT_TRUE(dropped) << thumbnailCount(app, tray) << " thumbnails; error shown: "
                         << (app.visibleItem(u"attachmentError"_s) != nullptr);
    EXPECT_TRUE(app.visibleTextContaining(u"huge.png is 6.0 MB; images of up to 5.0 MB can be attached."_s));

    // A screenshot pasted, then removed again.
    auto *picture = new QMimeData;
    QImage screenshot(40, 30, QImage::Format_RGB32);
    screenshot.fill(Qt::darkGreen);
    picture->setImageData(screenshot);
    pasteFromClipboard(app, picture);
    ASSERT_TRUE(app.waitFor([&] { return thumbnailCount(app, tray) == 3; }));
    app.shot(u"three-attached"_s);
    const QList<QQuickItem *> removeButtons = app.visibleItems(u"removeAttachmentButton"_s);
    ASSERT_EQ(removeButtons.size(), 3);
    app.click(removeButtons.at(2));
    ASSERT_TRUE(app.waitFor([&] { return app.visibleItems(u"removeAttachmentButton"_s).size() == 2; }));

    app.click(app.visibleItem(u"messageInput"_s));
    app.type(u"Was ist auf den Bildern?\n"_s);
    ASSERT_TRUE(app.waitFor([&] { return app.visibleTextContaining(u"Ein rotes Quadrat."_s) != nullptr; }));
    ASSERT_TRUE(waitUntilReplyEnded(app));
    EXPECT_FALSE(app.visibleItem(u"attachmentTray"_s)) << "the tray empties when the message is sent";

    QQuickItem *transcript = app.visibleItem(u"transcript"_s);
    ASSERT_TRUE(app.waitFor([&] { return thumbnailCount(app, transcript) == 2; }));
    app.settle();
    app.shot(u"sent-with-images"_s);
    const QSet<int> levels = greyLevelsOfThumbnail(app, transcript);
    if (profile == chat::DisplayProfile::Kind::Eink)
        EXPECT_EQ(levels, (QSet<int>{0, 255})) << "dithered to black and white";
    else
        EXPECT_GT(levels.size(), 2) << "in colour";

    QList<test::RecordedRequest> posts;
    for (const test::RecordedRequest &request : provider.requests()) {
        if (request.method == "POST")
            posts.append(request);
    }
    ASSERT_EQ(posts.size(), 1);
    const QJsonArray content =
        QJsonDocument::fromJson(posts.at(0).body).object()[u"messages"_s][0][u"content"_s].toArray();
    ASSERT_EQ(content.size(), 3) << posts.at(0).body.left(300).toStdString();
    EXPECT_EQ(content.at(0)[u"text"_s].toString(), u"Was ist auf den Bildern?"_s);
    QFile tiny(test::dataPath(u"images/tiny.png"_s));
    ASSERT_TRUE(tiny.open(QIODevice::ReadOnly));
    EXPECT_EQ(content.at(1)[u"image_url"_s][u"url"_s].toString(),
              u"data:image/png;base64,"_s + QString::fromLatin1(tiny.readAll().toBase64()));
    EXPECT_TRUE(content.at(2)[u"image_url"_s][u"url"_s].toString().startsWith(u"data:image/png;base64,"_s));
}

TEST_F(Journey, AttachImagesByPasteAndDropAndSendThem)
{
    attachAndSend(chat::DisplayProfile::Kind::Desktop);
}

TEST_F(Journey, AttachImagesByPasteAndDropAndSendThemOnEink)
{
    attachAndSend(chat::DisplayProfile::Kind::Eink);
}

} // namespace
} // namespace inkchat::journey
