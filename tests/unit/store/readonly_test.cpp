// A store that cannot be written can still be read, and reading writes
// nothing: no start-up recovery, no lock file (issue 14). The faults here
// work without privileges and as root (where chmod stops nothing): a file
// size limit of 0 (what `ulimit -f 0` sets: no file may grow, as on a full
// disk). The CLI tests add read-only files, folders and filesystems.

#include "fulldisk.h"
#include "storetesting.h"

#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace inkchat::store::test {
namespace {

using chat::MessageStatus;
using chat::Role;
using inkchat::test::FullDisk;

class ReadOnlyStoreTest : public StoreTest
{
protected:
    /// A conversation whose reply a killed writer left streaming, with
    /// text in its row and in two checkpoints; the store is then closed.
    void leaveACutReply()
    {
        const auto conversation = addConversation(u"cut"_s);
        m_question = addMessage(conversation.id, Role::User, u"tell me about otters"_s);
        m_reply = addMessage(conversation.id, Role::Assistant, u"Otters hold"_s, MessageStatus::Streaming);
        ASSERT_FALSE(m_store->appendMessageText(m_reply.id, u" hands while"_s));
        ASSERT_FALSE(m_store->appendMessageText(m_reply.id, u" they sleep."_s));
        m_store.reset();
    }

    QString rawStatus(qint64 id)
    {
        RawConnection raw(path());
        return raw.scalar(u"SELECT status FROM messages WHERE id = %1"_s.arg(id)).toString();
    }

    chat::MessageRecord m_question;
    chat::MessageRecord m_reply;
};

TEST_F(ReadOnlyStoreTest, ACutReplyReadsAsInterruptedWithAllOfItsTextAndNothingIsWritten)
{
    leaveACutReply();
    const QByteArray before = fileBytes(path());

    auto store = openSecondStore();
    ASSERT_TRUE(store);
    const auto reply = store->message(m_reply.id);
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->status, MessageStatus::Interrupted);
    EXPECT_EQ(reply->text, u"Otters hold hands while they sleep."_s);
    EXPECT_EQ(store->messages(1)->at(1).status, MessageStatus::Interrupted);
    store.reset();

    EXPECT_EQ(fileBytes(path()), before);
    EXPECT_EQ(rawStatus(m_reply.id), u"streaming"_s) << "shown as interrupted, not marked";
    EXPECT_FALSE(QFileInfo::exists(path() + u".replies"_s)) << "no lock file was made to ask";
}

TEST_F(ReadOnlyStoreTest, OnAFullDiskTheStoreOpensReadOnlyAndReadsEverything)
{
    leaveACutReply();
    const QByteArray before = fileBytes(path());
    {
        const FullDisk full;
        auto store = openSecondStore();
        ASSERT_TRUE(store);
        EXPECT_TRUE(store->isReadOnly());
        ASSERT_EQ(store->conversations()->size(), 1);
        const auto messages = store->messages(1);
        ASSERT_TRUE(messages);
        ASSERT_EQ(messages->size(), 2);
        EXPECT_EQ(messages->at(1).text, u"Otters hold hands while they sleep."_s);
        EXPECT_EQ(messages->at(1).status, MessageStatus::Interrupted);
        const auto hits = store->search(u"otters"_s);
        ASSERT_TRUE(hits) << hits.error().message.toStdString();
        EXPECT_EQ(hits->size(), 2);

        // Every write fails, clearly, and changes nothing.
        const auto renamed = store->renameConversation(1, u"new"_s);
        ASSERT_TRUE(renamed);
        EXPECT_TRUE(renamed->message.contains(u"Could not rename the conversation"_s))
            << renamed->message.toStdString();
        // SQLite's words are the detail, the cause a user can act on the code.
        EXPECT_EQ(renamed->code, Error::Code::StoreReadOnly) << renamed->message.toStdString();
        EXPECT_FALSE(renamed->detail.isEmpty());
        EXPECT_TRUE(store->appendMessageText(m_reply.id, u"!"_s).has_value());
        EXPECT_FALSE(store->recoverInterrupted().hasValue());
    }
    EXPECT_EQ(fileBytes(path()), before);
}

// A write-ahead log with data in it holds writes the file alone does not
// have: reading the file as it is would show an older store, so it is not
// done; the error says why.
TEST_F(ReadOnlyStoreTest, OnAFullDiskALogWithDataInItIsNotSkipped)
{
    leaveACutReply();
    auto writer = openSecondStore();
    ASSERT_TRUE(writer);
    ASSERT_TRUE(writer->createConversation({}));
    ASSERT_GT(QFileInfo(path() + u"-wal"_s).size(), 0);

    const FullDisk full;
    auto reader = ConversationStore::open(path(), m_clock);
    if (reader) {
        // SQLite could use the existing -shm: then it reads the log too.
        EXPECT_EQ((*reader)->conversations()->size(), 2);
    } else {
        EXPECT_TRUE(reader.error().message.contains(QDir::toNativeSeparators(path())))
            << reader.error().message.toStdString();
    }
}

TEST(StoreFiles, ANewStoreAndItsFolderAreReadableByTheirOwnerOnly)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"share/inkchat"_s); // neither exists yet
    const QString path = folder + u"/private.sqlite"_s;
    const mode_t saved = umask(022); // the usual one, which leaves files readable by all
    auto store = ConversationStore::open(path);
    umask(saved);
    ASSERT_TRUE(store) << store.error().message.toStdString();
    ASSERT_TRUE((*store)->createConversation({})); // the -wal and -shm files exist now

    for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s}) {
        SCOPED_TRACE(file.toStdString());
        ASSERT_TRUE(QFileInfo::exists(file));
        EXPECT_EQ(QFileInfo(file).permissions()
                      & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                  QFile::Permissions());
    }
    // Beside the store are the lock files of the replies being written.
    const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser
                           | QFile::WriteUser | QFile::ExeUser;
    EXPECT_EQ(QFileInfo(folder).permissions() & ~ownerOnly, QFile::Permissions());
    EXPECT_NE(QFileInfo(dir.filePath(u"share"_s)).permissions() & QFile::ReadOther, QFile::Permissions())
        << "a shared folder above keeps the usual mode";
}

TEST(StoreFiles, AnExistingFolderKeepsItsMode)
{
    QTemporaryDir dir;
    const auto shared = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser
                        | QFile::WriteUser | QFile::ExeUser | QFile::ReadGroup | QFile::ExeGroup
                        | QFile::ReadOther | QFile::ExeOther;
    ASSERT_TRUE(QFile::setPermissions(dir.path(), shared));
    ASSERT_TRUE(ConversationStore::open(dir.filePath(u"store.sqlite"_s)));
    EXPECT_EQ(QFileInfo(dir.path()).permissions(), shared) << "a folder the user chose is theirs to set";
}

} // namespace
} // namespace inkchat::store::test
