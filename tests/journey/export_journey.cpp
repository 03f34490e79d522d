// Journey 3 (issue 13): a conversation is exported from the window to each
// format through the save dialog, typed and clicked as a user does, and
// "Open folder" hands the folder to the desktop.

#include "journeyapp.h"
#include "journeysteps.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QQuickItem>
#include <QUrl>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace inkchat::journey {
namespace {

/// Stands in for the desktop's file manager: records what it is asked to open.
class DesktopRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

struct Format
{
    QString name;    ///< as the drop-down shows it
    QString file;    ///< what the user types in the dialog
    QByteArray head; ///< how such a file starts
};

TEST_F(Journey, ExportsTheConversationToEachFormatThroughTheSaveDialog)
{
    app::AppOptions options;
    options.demoRate = 0;
    JourneyApp app(options);
    app.type(u"Keep this for later\n"_s);
    ASSERT_TRUE(waitUntilReplyEnded(app));

    // The dialog opens in the documents folder's Inkchat folder.
    const QDir folder(app.home().filePath(u"Documents/Inkchat"_s));
    const QList<Format> formats{{u"Markdown"_s, u"later.md"_s, "Keep this for later"},
                                {u"JSON, for importing again"_s, u"later.json"_s, "{"},
                                {u"Plain text"_s, u"later.txt"_s, "Keep this for later"},
                                {u"Web page (HTML)"_s, u"later.html"_s, "<!DOCTYPE html>"},
                                {u"PDF document"_s, u"later.pdf"_s, "%PDF-"},
                                {u"EPUB e-book"_s, u"later.epub"_s, "PK"}};
    for (const Format &format : formats) {
        ASSERT_NO_FATAL_FAILURE(exportThroughTheDialog(app, format.name, format.file));
        QFile file(folder.filePath(format.file));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << format.file.toStdString() << " was written";
        EXPECT_TRUE(file.read(512).contains(format.head)) << format.file.toStdString();
    }
    app.shot(u"exported"_s);

    // Open folder hands the folder to the desktop (QDesktopServices); the
    // desktop here is this recorder.
    DesktopRecorder desktop;
    QDesktopServices::setUrlHandler(u"file"_s, &desktop, "open");
    app.click(app.visibleItem(u"openFolderButton"_s));
    QDesktopServices::unsetUrlHandler(u"file"_s);
    ASSERT_EQ(desktop.opened.size(), 1) << "Open folder asked the desktop once";
    EXPECT_EQ(desktop.opened.constFirst().toLocalFile(), folder.path());
}

} // namespace
} // namespace inkchat::journey

#include "export_journey.moc"
