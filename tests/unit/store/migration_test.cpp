#include "storetesting.h"

#include "store/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace inkchat::store::test {
namespace {

using chat::MessageStatus;
using chat::Role;

// A database as Inkchat's schema version 1 wrote it, with a conversation in it.
void writeVersion1Database(const QString &path)
{
    RawConnection raw(path);
    for (const QString &statement : schema::version1())
        ASSERT_TRUE(raw.exec(statement));
    ASSERT_TRUE(raw.exec(u"INSERT INTO conversations VALUES "
                         "(1, 'conv-1', 'Old times', 'Be kind.', 1000, 2000)"_s));
    ASSERT_TRUE(raw.exec(u"INSERT INTO messages (id, uuid, conversation_id, position, role, text, "
                         "created_at, updated_at, status, seams) VALUES "
                         "(7, 'msg-7', 1, 0, 'user', 'Wie geht es Ihnen über Ostern?', 1000, 1000, "
                         "'complete', '[]'), "
                         "(8, 'msg-8', 1, 1, 'assistant', 'Sehr gut, danke', 2000, 2000, "
                         "'streaming', '[4]')"_s));
    ASSERT_TRUE(raw.exec(u"PRAGMA user_version = 1"_s));
}

Result<std::unique_ptr<ConversationStore>> openAt(const QString &path)
{
    return ConversationStore::open(path);
}

TEST(StoreMigration, CreatesTheCurrentSchemaInANewFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.sqlite"_s);
    auto store = openAt(path);
    ASSERT_TRUE(store) << store.error().message.toStdString();

    RawConnection raw(path);
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), schema::kCurrentVersion);
    EXPECT_EQ(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE name IN "
                         "('conversations', 'messages', 'message_search')"_s)
                  .toInt(),
              3);
}

TEST(StoreMigration, CreatesAMissingFolder)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"deep/er/conversations.sqlite"_s);
    auto store = openAt(path);
    ASSERT_TRUE(store) << store.error().message.toStdString();
    EXPECT_TRUE(QFileInfo::exists(path));
}

TEST(StoreMigration, UpgradesAVersion1DatabaseKeepingItsData)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.sqlite"_s);
    writeVersion1Database(path);

    auto store = openAt(path);
    ASSERT_TRUE(store) << store.error().message.toStdString();

    auto conversation = (*store)->conversationByUuid(u"conv-1"_s);
    ASSERT_TRUE(conversation);
    ASSERT_TRUE(conversation->has_value());
    EXPECT_EQ((*conversation)->title, u"Old times"_s);
    EXPECT_EQ((*conversation)->systemPrompt, u"Be kind."_s);
    EXPECT_EQ((*conversation)->updatedAt.toMSecsSinceEpoch(), 2000);
    auto messages = (*store)->messages(1);
    ASSERT_TRUE(messages);
    ASSERT_EQ(messages->size(), 2);
    EXPECT_EQ(messages->at(1).uuid, u"msg-8"_s);
    EXPECT_EQ(messages->at(1).seams, QList<int>{4});
    EXPECT_EQ(messages->at(1).status, MessageStatus::Interrupted) << "streaming, and nobody writes it";

    // The index was filled from the rows that were there before it.
    auto hits = (*store)->search(u"uber ostern"_s);
    ASSERT_TRUE(hits) << hits.error().message.toStdString();
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().messageId, 7);
    EXPECT_EQ(hits->first().conversationTitle, u"Old times"_s);
    RawConnection raw(path);
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), schema::kCurrentVersion);
    EXPECT_TRUE(raw.exec(u"INSERT INTO message_search (message_search, rank) "
                         "VALUES ('integrity-check', 1)"_s));
}

// Version 3 moved the index onto messages with their chunks: a reply
// checkpointed by version 2 keeps its text and is still found.
TEST(StoreMigration, UpgradesAVersion2DatabaseKeepingItsReplies)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v2.sqlite"_s);
    writeVersion1Database(path);
    {
        RawConnection raw(path);
        for (const QString &statement : schema::version2())
            ASSERT_TRUE(raw.exec(statement));
        ASSERT_TRUE(raw.exec(u"UPDATE messages SET text = 'Sehr gut, danke vielmals' WHERE id = 8"_s));
        ASSERT_TRUE(raw.exec(u"PRAGMA user_version = 2"_s));
    }

    auto store = openAt(path);
    ASSERT_TRUE(store) << store.error().message.toStdString();
    EXPECT_EQ((*store)->message(8)->text, u"Sehr gut, danke vielmals"_s);
    ASSERT_FALSE((*store)->appendMessageText(8, u", wirklich"_s));
    chat::MessageRecord reply = *(*store)->message(8);
    EXPECT_EQ(reply.text, u"Sehr gut, danke vielmals, wirklich"_s);
    reply.status = MessageStatus::Complete;
    ASSERT_FALSE((*store)->updateMessageStatus(reply));
    EXPECT_EQ((*store)->search(u"vielmals wirklich"_s)->size(), 1);
    EXPECT_EQ((*store)->search(u"ostern"_s)->size(), 1);
    RawConnection raw(path);
    EXPECT_TRUE(raw.exec(u"INSERT INTO message_search (message_search, rank) "
                         "VALUES ('integrity-check', 1)"_s));
}

// Version 4 gave conversations a model and reply parameters: a version 3
// conversation reads as asked before (the endpoint's model, the provider's
// defaults), and takes settings from then on.
TEST(StoreMigration, UpgradesAVersion3DatabaseLeavingItsConversationsAsTheyWere)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v3.sqlite"_s);
    writeVersion1Database(path);
    {
        RawConnection raw(path);
        for (const QString &statement : schema::version2() + schema::version3())
            ASSERT_TRUE(raw.exec(statement));
        ASSERT_TRUE(raw.exec(u"PRAGMA user_version = 3"_s));
    }

    auto store = openAt(path);
    ASSERT_TRUE(store) << store.error().message.toStdString();
    chat::ConversationRecord old = *(*store)->conversation(1);
    EXPECT_EQ(old.systemPrompt, u"Be kind."_s);
    EXPECT_TRUE(old.model.isEmpty());
    EXPECT_TRUE(old.parameters.isDefault());
    EXPECT_EQ((*store)->messages(1)->size(), 2);

    ASSERT_FALSE((*store)->setConversationModel(1, u"claude-sonnet-4-5"_s));
    const chat::ReplyParameters parameters{0.0, 2048, u"high"_s};
    ASSERT_FALSE((*store)->setReplyParameters(1, parameters));
    EXPECT_EQ((*store)->conversation(1)->model, u"claude-sonnet-4-5"_s);
    EXPECT_EQ((*store)->conversation(1)->parameters, parameters) << "a temperature of 0 is kept";
    ASSERT_FALSE((*store)->setReplyParameters(1, {}));
    EXPECT_TRUE((*store)->conversation(1)->parameters.isDefault());
    RawConnection raw(path);
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), schema::kCurrentVersion);
}

TEST(StoreMigration, UpgradesAVersion4DatabaseWithNothingPinnedAndPinsOnTop)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v4.sqlite"_s);
    writeVersion1Database(path);
    {
        RawConnection raw(path);
        for (const QString &statement : schema::version2() + schema::version3() + schema::version4())
            ASSERT_TRUE(raw.exec(statement));
        ASSERT_TRUE(raw.exec(u"INSERT INTO conversations (id, uuid, title, created_at, updated_at) "
                             "VALUES (2, 'conv-2', 'Newer', 3000, 4000)"_s));
        ASSERT_TRUE(raw.exec(u"PRAGMA user_version = 4"_s));
    }

    auto store = openAt(path);
    ASSERT_TRUE(store) << store.error().message.toStdString();
    const auto titles = [&] {
        QStringList result;
        const auto listed = (*store)->conversations();
        for (const chat::ConversationRecord &conversation : *listed)
            result.append(conversation.title);
        return result;
    };
    EXPECT_FALSE((*store)->conversation(1)->pinned);
    EXPECT_FALSE((*store)->conversation(2)->pinned);
    EXPECT_EQ(titles(), (QStringList{u"Newer"_s, u"Old times"_s})) << "most recently active first";

    ASSERT_FALSE((*store)->setPinned(1, true));
    EXPECT_TRUE((*store)->conversation(1)->pinned);
    EXPECT_EQ(titles(), (QStringList{u"Old times"_s, u"Newer"_s})) << "pinned first";
    EXPECT_EQ((*store)->conversation(1)->updatedAt.toMSecsSinceEpoch(), 2000) << "pinning is no activity";
    EXPECT_EQ((*store)->messages(1)->size(), 2);

    ASSERT_FALSE((*store)->setPinned(1, false));
    EXPECT_EQ(titles(), (QStringList{u"Newer"_s, u"Old times"_s}));
    EXPECT_TRUE((*store)->setPinned(99, true)) << "no such conversation";
    RawConnection raw(path);
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), schema::kCurrentVersion);
}

// Version 6 made a conversation a tree of messages: a version 5
// conversation is one branch, each message following the one before it,
// shown up to its last message; new versions grow beside it.
TEST(StoreMigration, UpgradesAVersion5DatabaseToATreeOfOneBranch)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v5.sqlite"_s);
    writeVersion1Database(path);
    {
        RawConnection raw(path);
        for (const QString &statement :
             schema::version2() + schema::version3() + schema::version4() + schema::version5())
            ASSERT_TRUE(raw.exec(statement));
        ASSERT_TRUE(raw.exec(u"INSERT INTO messages (id, uuid, conversation_id, position, role, text, "
                             "created_at, updated_at, status, seams) VALUES "
                             "(9, 'msg-9', 1, 2, 'user', 'Und morgen?', 3000, 3000, 'complete', '[]')"_s));
        ASSERT_TRUE(raw.exec(u"INSERT INTO conversations (id, uuid, title, created_at, updated_at) "
                             "VALUES (2, 'conv-2', 'Empty', 4000, 4000)"_s));
        ASSERT_TRUE(raw.exec(u"PRAGMA user_version = 5"_s));
    }

    auto opened = openAt(path);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    ConversationStore &store = **opened;
    const QList<chat::MessageRecord> branch = *store.messages(1);
    ASSERT_EQ(branch.size(), 3);
    EXPECT_EQ(branch.at(0).parentUuid, QString());
    EXPECT_EQ(branch.at(1).parentUuid, u"msg-7"_s);
    EXPECT_EQ(branch.at(2).parentUuid, u"msg-8"_s);
    for (const chat::MessageRecord &message : branch)
        EXPECT_EQ(std::pair(message.version, message.versionCount), std::pair(1, 1));
    EXPECT_EQ(store.conversation(1)->activeLeafUuid, u"msg-9"_s);
    EXPECT_TRUE(store.conversation(2)->activeLeafUuid.isEmpty());
    EXPECT_TRUE(store.messages(2)->isEmpty());

    // A second version of the reply: shown with nothing after it yet.
    chat::MessageRecord again;
    again.role = Role::Assistant;
    again.text = u"Prima"_s;
    const auto stored = store.appendVersion(1, 8, again);
    ASSERT_TRUE(stored) << stored.error().message.toStdString();
    EXPECT_EQ(stored->parentUuid, u"msg-7"_s);
    EXPECT_EQ(std::pair(stored->version, stored->versionCount), std::pair(2, 2));
    ASSERT_EQ(store.messages(1)->size(), 2);
    EXPECT_EQ(store.messages(1)->at(1).text, u"Prima"_s);
    EXPECT_EQ(store.messages(1, MessageScope::AllVersions)->size(), 4);

    // Version 1 comes back with the question that followed it.
    ASSERT_FALSE(store.showVersion(stored->id, 1));
    ASSERT_EQ(store.messages(1)->size(), 3);
    EXPECT_EQ(store.messages(1)->at(2).uuid, u"msg-9"_s);
    EXPECT_TRUE(store.showVersion(stored->id, 3)) << "there is no version 3";

    // Deleting the leaf shows its parent's branch.
    ASSERT_FALSE(store.deleteMessage(9));
    EXPECT_EQ(store.conversation(1)->activeLeafUuid, u"msg-8"_s);
    EXPECT_EQ(store.messages(1)->size(), 2);
}

TEST(StoreMigration, UpgradesAVersion6DatabaseWhoseMessagesHaveNoImagesAndStoresImagesThen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v6.sqlite"_s);
    writeVersion1Database(path);
    {
        RawConnection raw(path);
        for (const QString &statement : schema::version2() + schema::version3() + schema::version4()
                                            + schema::version5() + schema::version6())
            ASSERT_TRUE(raw.exec(statement));
        ASSERT_TRUE(raw.exec(u"PRAGMA user_version = 6"_s));
    }

    auto opened = openAt(path);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    ConversationStore &store = **opened;
    const QList<chat::MessageRecord> before = *store.messages(1);
    ASSERT_EQ(before.size(), 2);
    EXPECT_EQ(before.at(0).text, u"Wie geht es Ihnen über Ostern?"_s);
    EXPECT_TRUE(before.at(0).attachments.isEmpty());

    chat::MessageRecord question;
    question.text = u"Und das?"_s;
    question.attachments = {{u"image/png"_s, u"a.png"_s, "\x89PNG\r\n\x1a\n one"_ba},
                            {u"image/gif"_s, u"b.gif"_s, "GIF89a two"_ba}};
    const auto stored = store.appendMessage(1, question);
    ASSERT_TRUE(stored) << stored.error().message.toStdString();
    EXPECT_EQ(store.message(stored->id)->attachments, question.attachments);
    EXPECT_EQ(store.messages(1)->constLast().attachments, question.attachments);

    // The images go with their message.
    ASSERT_FALSE(store.deleteMessage(stored->id));
    RawConnection raw(path);
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), schema::kCurrentVersion);
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM message_attachments"_s).toInt(), 0);
}

TEST(StoreMigration, UpgradesAVersion7DatabaseWhoseFailedReplyKeepsItsEnglishAndKeepsErrorsAsNamedThen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v7.sqlite"_s);
    writeVersion1Database(path);
    {
        RawConnection raw(path);
        for (const QString &statement : schema::version2() + schema::version3() + schema::version4()
                                            + schema::version5() + schema::version6() + schema::version7())
            ASSERT_TRUE(raw.exec(statement));
        ASSERT_TRUE(raw.exec(
            u"UPDATE messages SET status = 'error', error_text = 'HTTP 500: upstream died' WHERE id = 8"_s));
        ASSERT_TRUE(raw.exec(u"PRAGMA user_version = 7"_s));
    }

    auto opened = openAt(path);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    ConversationStore &store = **opened;
    chat::MessageRecord reply = *store.message(8);
    EXPECT_EQ(reply.errorText, u"HTTP 500: upstream died"_s);
    EXPECT_EQ(reply.error, std::nullopt) << "an earlier version kept only the English";

    Error why = Error::coded(Error::Kind::Tls, Error::Code::TlsFailed, u"example.com:443"_s,
                             u"the secure connection to example.com:443 failed"_s)
                    .with({}, u"The certificate is self-signed, and untrusted"_s);
    reply.error = why;
    reply.errorText = why.message;
    ASSERT_FALSE(store.updateMessageStatus(reply));
    EXPECT_EQ(store.message(8)->error, why);
    RawConnection raw(path);
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), 8);
    EXPECT_TRUE(raw.scalar(u"SELECT error FROM messages WHERE id = 8"_s).toString().contains(u"TlsFailed"_s))
        << "named by its key, which outlives the enum's order";
}

TEST(StoreMigration, ReopeningChangesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"again.sqlite"_s);
    qint64 conversationId = 0;
    {
        auto store = openAt(path);
        ASSERT_TRUE(store);
        auto conversation = (*store)->createConversation({});
        ASSERT_TRUE(conversation);
        conversationId = conversation->id;
        chat::MessageRecord message;
        message.text = u"persistent words"_s;
        ASSERT_TRUE((*store)->appendMessage(conversationId, message));
    }
    for (int round = 0; round < 2; ++round) {
        auto store = openAt(path);
        ASSERT_TRUE(store) << store.error().message.toStdString();
        EXPECT_EQ(*(*store)->messageCount(conversationId), 1);
        EXPECT_EQ((*store)->search(u"persistent"_s)->size(), 1);
    }
    RawConnection raw(path);
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), schema::kCurrentVersion);
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"_s).toInt(), 7);
}

TEST(StoreMigration, RefusesADatabaseFromANewerInkchatAndLeavesItAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.sqlite"_s);
    {
        RawConnection raw(path);
        ASSERT_TRUE(raw.exec(u"CREATE TABLE future_things (x)"_s));
        ASSERT_TRUE(raw.exec(u"PRAGMA user_version = %1"_s.arg(schema::kCurrentVersion + 1)));
    }
    const QByteArray before = fileBytes(path);

    auto store = openAt(path);

    ASSERT_FALSE(store);
    EXPECT_TRUE(store.error().message.contains(u"was written by a newer Inkchat"_s))
        << store.error().message.toStdString();
    EXPECT_EQ(store.error().code, Error::Code::StoreFromNewerVersion) << "front ends phrase it";
    EXPECT_EQ(store.error().subject, QDir::toNativeSeparators(path));
    EXPECT_EQ(fileBytes(path), before);
    EXPECT_FALSE(QFileInfo::exists(path + u"-wal"_s));
}

TEST(StoreMigration, RefusesAFileThatIsNotADatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.txt"_s);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("These are my notes, not a database.\n").repeated(200));
    }
    const QByteArray before = fileBytes(path);
    const qsizetype connections = QSqlDatabase::connectionNames().size();

    auto store = openAt(path);

    ASSERT_FALSE(store);
    EXPECT_TRUE(store.error().message.contains(u"is not an Inkchat conversation database"_s))
        << store.error().message.toStdString();
    EXPECT_TRUE(store.error().message.contains(u"file is not a database"_s))
        << store.error().message.toStdString();
    EXPECT_EQ(store.error().code, Error::Code::StoreNotADatabase);
    EXPECT_EQ(store.error().subject, QDir::toNativeSeparators(path));
    EXPECT_EQ(fileBytes(path), before);
    EXPECT_EQ(QSqlDatabase::connectionNames().size(), connections);
}

TEST(StoreMigration, AFailedStepLeavesTheLastCompleteVersion)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"blocked.sqlite"_s);
    writeVersion1Database(path);
    {
        // Takes the name version 2 wants, so its first statement fails.
        RawConnection raw(path);
        ASSERT_TRUE(raw.exec(u"CREATE TABLE message_search (x)"_s));
    }

    auto store = openAt(path);

    ASSERT_FALSE(store);
    EXPECT_TRUE(store.error().message.contains(u"version 2"_s)) << store.error().message.toStdString();
    EXPECT_TRUE(store.error().message.contains(u"already exists"_s)) << store.error().message.toStdString();
    RawConnection raw(path);
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), 1);
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"_s).toInt(), 0);
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM messages"_s).toInt(), 2);
}

TEST(StoreMigration, DefaultPathFollowsXdgDataHome)
{
    QTemporaryDir dir;
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.path()));
    const QString path = ConversationStore::defaultPath();
    qputenv("XDG_DATA_HOME", saved);

    EXPECT_EQ(path, dir.path() + u"/inkchat/conversations.sqlite"_s);
}

} // namespace
} // namespace inkchat::store::test
