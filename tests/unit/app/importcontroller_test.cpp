// Imports from the window: on a worker thread with its own store
// connection; the list shows what came in, the result line how many or why
// not, and a bad file adds nothing.

#include "apptesting.h"

#include "controllers/importcontroller.h"
#include "models/conversationlistmodel.h"

#include "store/conversationstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::app::ConversationListModel;
using inkchat::app::ImportController;
using inkchat::store::ConversationStore;

namespace {

const QByteArray kTwoConversations =
    R"({"format":"inkchat.transcript","version":2,"conversations":[)"
    "\n"
    R"({"uuid":"c-1","title":"Trains","messages":[{"uuid":"m-1","role":"user","text":"On time?"}]},)"
    "\n"
    R"({"uuid":"c-2","title":"Boats","messages":[{"uuid":"m-2","role":"user","text":"Afloat?"}]})"
    "\n]}\n";

struct ImportControllerTest : ::testing::Test
{
    void open(const QString &path)
    {
        auto opened = ConversationStore::open(path);
        ASSERT_TRUE(opened) << qPrintable(opened.error().message);
        store = std::move(opened).value();
        sessions = std::make_unique<inkchat::test::app::TestSessions>(*store);
        conversations = std::make_unique<ConversationListModel>(*store, *sessions->registry);
        importer = std::make_unique<ImportController>(*store, *conversations);
    }

    void SetUp() override { open(dir.filePath(u"conversations.sqlite"_s)); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    /// Runs one import to its end; how many conversations it added.
    int run(const QUrl &file)
    {
        QSignalSpy finished(importer.get(), &ImportController::finished);
        EXPECT_TRUE(importer->importFile(file));
        EXPECT_TRUE(!finished.isEmpty() || finished.wait(30'000));
        EXPECT_FALSE(importer->isBusy());
        return finished.isEmpty() ? -1 : finished.first().first().toInt();
    }

    QStringList titles() const
    {
        QStringList shown;
        for (int row = 0; row < conversations->rowCount(); ++row)
            shown.append(conversations->titleAt(row));
        return shown;
    }

    QTemporaryDir dir;
    std::unique_ptr<ConversationStore> store;
    std::unique_ptr<inkchat::test::app::TestSessions> sessions;
    std::unique_ptr<ConversationListModel> conversations;
    std::unique_ptr<ImportController> importer;
};

TEST_F(ImportControllerTest, ImportsOnAWorkerAndTheListShowsWhatCameIn)
{
    const QString path = write(u"two.json"_s, kTwoConversations);
    EXPECT_EQ(run(QUrl::fromLocalFile(path)), 2);
    EXPECT_EQ(importer->result(), u"Imported 2 conversations from two.json."_s);
    EXPECT_TRUE(titles().contains(u"Trains"_s) && titles().contains(u"Boats"_s))
        << qPrintable(titles().join(u", "));

    EXPECT_EQ(run(QUrl::fromLocalFile(path)), 0);
    EXPECT_EQ(importer->result(), u"Nothing new in two.json. 2 already here."_s);
}

TEST_F(ImportControllerTest, TakesTheBarePathQtsOwnDialogGives)
{
    const QString path = write(u"typed.json"_s, kTwoConversations);
    EXPECT_EQ(run(QUrl(path)), 2); // no file: scheme
}

TEST_F(ImportControllerTest, ABadFileAddsNothingAndSaysWhere)
{
    // The first conversation is whole, the file ends in the second.
    const QString path = write(u"cut.json"_s, kTwoConversations.left(kTwoConversations.indexOf("Afloat")));
    const QStringList before = titles();
    EXPECT_EQ(run(QUrl::fromLocalFile(path)), 0);
    EXPECT_TRUE(importer->result().startsWith(u"Not imported: Not valid JSON at line 3, column "_s))
        << qPrintable(importer->result());
    EXPECT_EQ(titles(), before);
    EXPECT_FALSE(store->conversationByUuid(u"c-1"_s).value().has_value()) << "rolled back";
}

TEST_F(ImportControllerTest, RefusesWhatIsNotALocalFile)
{
    EXPECT_FALSE(importer->importFile(QUrl(u"https://example.org/conversations.json"_s)));
    EXPECT_EQ(importer->result(),
              u"Not imported: https://example.org/conversations.json is not a file on this computer"_s);
}

TEST_F(ImportControllerTest, ImportsIntoAStoreInMemoryOnThisThread)
{
    open(ConversationStore::kInMemory.toString());
    const QString path = write(u"two.json"_s, kTwoConversations);
    EXPECT_EQ(run(QUrl::fromLocalFile(path)), 2);
    EXPECT_TRUE(titles().contains(u"Boats"_s));
}

} // namespace
