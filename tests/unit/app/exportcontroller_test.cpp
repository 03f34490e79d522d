// Exports from the window: on a worker thread with its own store
// connection, into a folder of their own, never over an earlier file.

#include "apptesting.h"

#include "controllers/exportcontroller.h"
#include "models/conversationlistmodel.h"

#include "fixtures.h"
#include "store/conversationstore.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::app::ConversationListModel;
using inkchat::app::ExportController;
using inkchat::store::ConversationStore;

namespace {

struct ExportControllerTest : ::testing::Test
{
    void SetUp() override
    {
        auto opened = ConversationStore::open(dir.filePath(u"conversations.sqlite"_s));
        ASSERT_TRUE(opened) << qPrintable(opened.error().message);
        store = std::move(opened).value();
        sessions = std::make_unique<inkchat::test::app::TestSessions>(*store);
        conversations = std::make_unique<ConversationListModel>(*store, *sessions->registry);
        exporter = std::make_unique<ExportController>(*store, *conversations, dir.filePath(u"exports"_s));
    }

    /// A message and its answer, named after the message as the app does.
    void addMessage(const QString &text)
    {
        ASSERT_TRUE(sessions->exchange(conversations->currentId(), text));
    }

    /// Runs one export to its end; the file written, or empty.
    QString run(bool all, const QString &format, const QUrl &file = {})
    {
        QSignalSpy finished(exporter.get(), &ExportController::finished);
        const bool started = all ? exporter->exportAll(format, file) : exporter->exportCurrent(format, file);
        EXPECT_TRUE(started);
        if (!started || (finished.isEmpty() && !finished.wait(30'000)))
            return {};
        return finished.first().first().toString();
    }

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir dir;
    std::unique_ptr<ConversationStore> store;
    std::unique_ptr<inkchat::test::app::TestSessions> sessions;
    std::unique_ptr<ConversationListModel> conversations;
    std::unique_ptr<ExportController> exporter;
};

TEST_F(ExportControllerTest, WritesTheOpenConversationOnAWorkerAndSaysWhere)
{
    addMessage(u"Trains on time"_s);
    const QString path = run(false, u"md"_s);
    ASSERT_FALSE(path.isEmpty()) << qPrintable(exporter->result());
    EXPECT_EQ(path, dir.filePath(u"exports/Trains on time.md"_s));
    EXPECT_TRUE(contents(path).contains("Trains on time"));
    EXPECT_EQ(exporter->result(), u"Saved as Trains on time.md"_s) << "the name, not a path broken mid-word";
    EXPECT_EQ(exporter->savedFile(), path);
    EXPECT_FALSE(exporter->isBusy());
}

TEST_F(ExportControllerTest, WritesToTheFileChosenInTheSaveDialog)
{
    addMessage(u"Chosen"_s);
    const QUrl suggested = exporter->suggestedFile(u"pdf"_s, false);
    EXPECT_EQ(suggested, QUrl::fromLocalFile(dir.filePath(u"exports/Chosen.pdf"_s)));
    EXPECT_EQ(exporter->suggestedFile(u"epub"_s, true),
              QUrl::fromLocalFile(dir.filePath(u"exports/Inkchat conversations.epub"_s)));

    const QString chosen = dir.filePath(u"elsewhere.md"_s);
    EXPECT_EQ(run(false, u"md"_s, QUrl::fromLocalFile(chosen)), chosen);
    EXPECT_TRUE(contents(chosen).contains("Chosen"));
    EXPECT_EQ(exporter->savedFile(), chosen);
    // A file chosen again is replaced (the dialog asked), whole.
    EXPECT_EQ(run(false, u"md"_s, QUrl::fromLocalFile(chosen)), chosen);
    EXPECT_FALSE(exporter->exportCurrent(u"md"_s, QUrl(u"https://example.com/x.md"_s))) << "local files only";
    EXPECT_EQ(exporter->result(), u"Not exported: https://example.com/x.md is not a file on this computer"_s);
}

TEST_F(ExportControllerTest, TakesTheBarePathQtsOwnDialogReturnsForATypedName)
{
    addMessage(u"Typed"_s);
    const QString typed = dir.filePath(u"typed name.md"_s);
    EXPECT_EQ(run(false, u"md"_s, QUrl(typed)), typed);
    EXPECT_TRUE(contents(typed).contains("Typed"));
}

TEST_F(ExportControllerTest, NamesTheFormatsForPeople)
{
    const QVariantList choices = exporter->formatChoices();
    ASSERT_EQ(choices.size(), exporter->formats().size());
    const QVariantMap pdf = choices.at(exporter->formats().indexOf(u"pdf"_s)).toMap();
    EXPECT_EQ(pdf.value(u"name"_s).toString(), u"PDF document"_s);
    EXPECT_EQ(pdf.value(u"filter"_s).toString(), u"PDF document (*.pdf)"_s);
}

TEST_F(ExportControllerTest, NeverWritesOverAnEarlierExport)
{
    addMessage(u"Twice"_s);
    const QString first = run(false, u"txt"_s);
    const QString second = run(false, u"txt"_s);
    EXPECT_EQ(first, dir.filePath(u"exports/Twice.txt"_s));
    EXPECT_EQ(second, dir.filePath(u"exports/Twice (2).txt"_s));
}

TEST_F(ExportControllerTest, ExportAllPutsEveryConversationInOneFile)
{
    addMessage(u"first conversation"_s);
    conversations->create();
    addMessage(u"second conversation"_s);
    const QByteArray json = contents(run(true, u"json"_s));
    EXPECT_TRUE(json.contains("first conversation")) << json.left(400).constData();
    EXPECT_TRUE(json.contains("second conversation"));
}

TEST_F(ExportControllerTest, PutsAttachedImagesIntoHtmlEpubAndPdf)
{
    const QByteArray png = inkchat::test::readData(u"images/tiny.png"_s);
    inkchat::chat::ConversationRecord record;
    record.title = u"Photo"_s;
    const auto conversation = store->createConversation(record);
    ASSERT_TRUE(conversation);
    inkchat::chat::MessageRecord message;
    message.text = u"What is this?"_s;
    message.attachments = {{u"image/png"_s, u"tiny.png"_s, png}};
    ASSERT_TRUE(store->appendMessage(conversation->id, message));

    const QByteArray img = "<img src=\"data:image/png;base64," + png.toBase64() + "\" alt=\"tiny.png\"/>";
    EXPECT_TRUE(contents(run(true, u"html"_s)).contains(img));
    const QByteArray epub = contents(run(true, u"epub"_s));
    EXPECT_TRUE(epub.contains("OEBPS/image-0001.png"));
    EXPECT_TRUE(epub.contains(png));
    EXPECT_EQ(contents(run(true, u"pdf"_s)).count("/Subtype /Image"), 1);
}

TEST_F(ExportControllerTest, ATitleNeverBecomesAPath)
{
    conversations->rename(0, u"../../etc/passwd: a \"test\""_s);
    addMessage(u"text"_s);
    const QString path = run(false, u"html"_s);
    ASSERT_FALSE(path.isEmpty()) << qPrintable(exporter->result());
    EXPECT_TRUE(path.startsWith(dir.filePath(u"exports/"_s))) << qPrintable(path);
    EXPECT_FALSE(path.mid(dir.filePath(u"exports/"_s).size()).contains(u'/')) << qPrintable(path);
}

TEST_F(ExportControllerTest, ATitleNeverNamesADeviceOrHidesItsTypeBehindABidiOverride)
{
    conversations->rename(0, u"CON"_s);
    addMessage(u"text"_s);
    EXPECT_EQ(QFileInfo(run(false, u"md"_s)).fileName(), u"_CON.md"_s) << qPrintable(exporter->result());
    conversations->rename(0, u"report\u202Etxt.exe"_s);
    EXPECT_EQ(QFileInfo(run(false, u"md"_s)).fileName(), u"reporttxt.exe.md"_s)
        << qPrintable(exporter->result());
}

TEST_F(ExportControllerTest, RefusesAnUnknownFormat)
{
    EXPECT_FALSE(exporter->exportCurrent(u"docx"_s));
    EXPECT_FALSE(exporter->isBusy());
}

} // namespace
