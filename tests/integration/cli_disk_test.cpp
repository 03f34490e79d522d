// inkchat-cli and a conversation store that cannot be written: a disk that
// fills up during a chat (RLIMIT_FSIZE, what `ulimit -f` sets, with SIGXFSZ
// ignored so a write past it fails with EFBIG as on a full disk); a
// read-only file or folder (file modes, which the child meets even as
// root); a read-only or full filesystem (a bind mount or a tmpfs in a mount
// namespace of the child's own: needs root, skipped where that is refused).

#include "clistorefixture.h"
#include "diskfaults.h"
#include "ssescript.h"

#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using inkchat::test::openAiChatBody;
using inkchat::test::sseResponse;
using inkchat::test::StreamServer;
using namespace inkchat::test::cli;
namespace chat = inkchat::chat;

namespace {

/// Files the CLI writes may not grow past `bytes`.
CliLaunch withFileSizeLimit(rlim_t bytes)
{
    CliLaunch launch;
    launch.inChild = [bytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{bytes, bytes};
        setrlimit(RLIMIT_FSIZE, &limit);
    };
    return launch;
}

QStringList pieces(int count, qsizetype size)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(QString(size - 1, QChar(u'a' + i % 26)) + u' ');
    return list;
}

using CliDisk = CliStoreTest;

} // namespace

TEST_F(CliDisk, AReplyTheFullStoreCannotKeepIsStillPrintedAndTheExitSaysSo)
{
    ASSERT_TRUE(openStore()); // the schema is written before the disk is "full"
    StreamServer server;
    const QStringList reply = pieces(256, 4096); // 1 MiB
    server.setResponse(sseResponse(openAiChatBody(reply)));

    const CliResult result =
        CliRun(chatArguments(server, u"a prompt"_s), {}, true, withFileSizeLimit(256 * 1024)).wait();
    EXPECT_EQ(result.exitCode, 2) << describe(result).substr(0, 2000);
    EXPECT_EQ(result.out, reply.join(QString()).toUtf8() + '\n');
    ASSERT_EQ(errorLines(result).size(), 1) << result.err.toStdString();
    EXPECT_TRUE(
        errorLines(result).constFirst().startsWith("inkchat-cli: error: the conversation store failed: "))
        << result.err.toStdString();
}

namespace {

/// A store whose reply a killed writer left streaming (text in its row and
/// in two checkpoints, no lock held), read under a disk fault: list, search
/// and export work and write nothing, chat refuses with a clear error.
class CliReadOnlyStore : public CliStoreTest
{
protected:
    void SetUp() override
    {
        CliStoreTest::SetUp();
        auto store = openStore();
        ASSERT_TRUE(store);
        chat::ConversationRecord conversation;
        conversation.title = u"Otters"_s;
        ASSERT_TRUE(store->createConversation(conversation));
        chat::MessageRecord question;
        question.role = chat::Role::User;
        question.text = u"tell me about otters"_s;
        ASSERT_TRUE(store->appendMessage(1, question));
        chat::MessageRecord reply;
        reply.role = chat::Role::Assistant;
        reply.status = chat::MessageStatus::Streaming;
        reply.text = u"Otters hold"_s;
        const auto stored = store->appendMessage(1, reply);
        ASSERT_TRUE(stored);
        ASSERT_FALSE(store->appendMessageText(stored->id, u" hands while"_s));
        ASSERT_FALSE(store->appendMessageText(stored->id, u" they sleep."_s));
    }

    void TearDown() override
    {
        QFile::setPermissions(folder(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(databasePath(), QFile::ReadOwner | QFile::WriteOwner);
        CliStoreTest::TearDown();
    }

    static QString folder() { return QFileInfo(databasePath()).absolutePath(); }

    /// Runs the reading commands and chat under `fault`; false (and a skip)
    /// if this machine cannot make the fault.
    void expectReadableNotWritable(const CliLaunch &fault)
    {
        const QByteArray before = fileBytes(databasePath());

        const CliResult list = CliRun({u"list"_s}, {}, false, fault).wait();
        if (list.exitCode == kFaultSetupFailed)
            GTEST_SKIP() << list.err.toStdString();
        EXPECT_EQ(list.exitCode, 0) << describe(list);
        EXPECT_TRUE(list.out.endsWith("\t2\tOtters\n")) << describe(list);
        EXPECT_TRUE(list.err.isEmpty()) << describe(list);

        const CliResult search = CliRun({u"search"_s, u"otters"_s}, {}, false, fault).wait();
        EXPECT_EQ(search.exitCode, 0) << describe(search);
        EXPECT_EQ(search.out.count('\n'), 2) << describe(search);

        const CliResult exported = CliRun(
                                       {u"export"_s, u"--all"_s, u"--format"_s, u"json"_s, u"-o"_s, u"-"_s},
                                       {}, false, fault)
                                       .wait();
        ASSERT_EQ(exported.exitCode, 0) << describe(exported);
        const QJsonObject reply =
            exportedMessages(QJsonDocument::fromJson(exported.out).object()).at(1).toObject();
        EXPECT_EQ(reply.value(u"status"_s).toString(), u"interrupted"_s) << exported.out.toStdString();
        EXPECT_EQ(reply.value(u"text"_s).toString(), u"Otters hold hands while they sleep."_s);

        StreamServer server;
        server.setResponse(sseResponse(openAiChatBody({u"never sent"_s})));
        const CliResult chat = CliRun(chatArguments(server, u"more"_s), {}, true, fault).wait();
        EXPECT_EQ(chat.exitCode, 2) << describe(chat);
        ASSERT_EQ(errorLines(chat).size(), 1) << describe(chat);
        EXPECT_TRUE(errorLines(chat).constFirst().contains("can only be read")) << describe(chat);
        EXPECT_TRUE(errorLines(chat).constFirst().contains("--no-store")) << describe(chat);
        EXPECT_TRUE(server.requests().isEmpty());

        EXPECT_EQ(fileBytes(databasePath()), before);
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

} // namespace

// Reading writes nothing, so a writable store stays as it was too: the cut
// reply is shown as interrupted, not marked.
TEST_F(CliReadOnlyStore, ReadingAWritableStoreWritesNothing)
{
    const QByteArray before = fileBytes(databasePath());
    for (const QStringList &command :
         {QStringList{u"list"_s}, QStringList{u"search"_s, u"otters"_s},
          QStringList{u"export"_s, u"--all"_s, u"--format"_s, u"json"_s, u"-o"_s, u"-"_s}}) {
        const CliResult result = runCli(command);
        EXPECT_EQ(result.exitCode, 0) << describe(result);
        EXPECT_FALSE(result.err.contains("marked interrupted")) << describe(result);
    }
    EXPECT_EQ(fileBytes(databasePath()), before);
    EXPECT_FALSE(QFileInfo::exists(databasePath() + u".replies"_s));
}

TEST_F(CliReadOnlyStore, AReadOnlyFileIsReadAndNotWritten)
{
    ASSERT_TRUE(
        QFile::setPermissions(databasePath(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    expectReadableNotWritable(withFileModes());
}

TEST_F(CliReadOnlyStore, AReadOnlyFolderIsReadAndNotWritten)
{
    ASSERT_TRUE(QFile::setPermissions(folder(), QFile::ReadOwner | QFile::ExeOwner));
    expectReadableNotWritable(withFileModes());
}

TEST_F(CliReadOnlyStore, AReadOnlyFilesystemIsReadAndNotWritten)
{
    expectReadableNotWritable(withReadOnlyFilesystem(folder()));
}

TEST_F(CliReadOnlyStore, AFullDiskIsReadAndNotWritten)
{
    expectReadableNotWritable(withFullDisk(folder(), QFileInfo(databasePath()).fileName()));
}

TEST_F(CliReadOnlyStore, ANewStoreIsReadableByItsOwnerOnly)
{
    QFile::remove(databasePath());
    const CliResult list = runCli({u"list"_s});
    ASSERT_EQ(list.exitCode, 0) << describe(list);
    EXPECT_EQ(QFileInfo(databasePath()).permissions()
                  & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
              QFile::Permissions());
}
