// What ChatController keeps in the conversation store, and what it finds
// there at start: the rule that nothing the user wrote or received is lost.

#include "chatcontrollertesting.h"

#include "application.h"
#include "fulldisk.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace inkchat::test::chatcontroller;
using inkchat::chat::MessageRecord;
using StoredStatus = inkchat::chat::MessageStatus;

namespace {

MessageRecord record(Role role, const QString &text, StoredStatus status)
{
    MessageRecord message;
    message.role = role;
    message.text = text;
    message.status = status;
    return message;
}

QList<MessageRecord> storedRecords(ConversationStore &store, qint64 conversation)
{
    auto messages = store.messages(conversation);
    EXPECT_TRUE(messages.hasValue());
    return messages ? messages.value() : QList<MessageRecord>{};
}

TEST_F(ChatControllerTest, StoresTheReplyWithTheModelThatWroteIt)
{
    addServerEndpoint();
    server.setResponse(sseResponse(openAiChatBody(kAll)));
    ASSERT_TRUE(chat->send(u"Hallo"_s));
    ASSERT_TRUE(waitForEnd());

    const auto messages = storedRecords(*store, conversations().currentId());
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages[0].status, StoredStatus::Complete);
    EXPECT_EQ(messages[1].text, joined(kAll));
    EXPECT_EQ(messages[1].status, StoredStatus::Complete);
    EXPECT_EQ(messages[1].provider, u"openai"_s);
    EXPECT_EQ(messages[1].model, u"test-model"_s);
    EXPECT_EQ(messages[1].endpoint, u"127.0.0.1"_s);
}

TEST_F(ChatControllerTest, AFailedReplyIsStoredWithItsErrorAndRetryReplacesIt)
{
    addServerEndpoint();
    int calls = 0;
    server.setResponder([&](const RecordedRequest &) {
        if (calls++ == 0)
            return openAiError(400, "Bad Request", u"The model is unknown."_s);
        return sseResponse(openAiChatBody(kAll));
    });
    ASSERT_TRUE(chat->send(u"Hallo"_s));
    ASSERT_TRUE(waitForEnd());
    auto messages = storedRecords(*store, conversations().currentId());
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages[1].status, StoredStatus::Error);
    EXPECT_TRUE(messages[1].errorText.contains(u"The model is unknown."_s))
        << qPrintable(messages[1].errorText);

    chat->retry();
    ASSERT_TRUE(waitForEnd(2));
    messages = storedRecords(*store, conversations().currentId());
    ASSERT_EQ(messages.size(), 2) << "the failed reply gave way to the new one";
    EXPECT_EQ(messages[1].text, joined(kAll));
    EXPECT_EQ(messages[1].status, StoredStatus::Complete);
}

TEST_F(ChatControllerTest, AContinuedReplyTheServerCannotCarryOnIsStoredAsANewVersion)
{
    addServerEndpoint();
    int calls = 0;
    server.setResponder([&](const RecordedRequest &) {
        return calls++ == 0 ? pausedAfterFirst() : sseResponse(openAiChatBody(kAll));
    });
    ASSERT_TRUE(chat->send(u"Erzähl"_s));
    ASSERT_TRUE(waitForReplyText(joined(kFirst)));
    chat->stop();
    EXPECT_EQ(storedRecords(*store, conversations().currentId()).at(1).status, StoredStatus::Stopped);

    chat->continueReply();
    ASSERT_TRUE(waitForEnd(2));
    const auto messages = storedRecords(*store, conversations().currentId());
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages[1].text, joined(kAll));
    EXPECT_TRUE(messages[1].seams.isEmpty());
    EXPECT_EQ(messages[1].status, StoredStatus::Complete);
    EXPECT_EQ(messages[1].version, 2);
}

TEST_F(ChatControllerTest, AnAutomaticRestartKeepsThePartialReplyAsAnEarlierVersion)
{
    addServerEndpoint();
    server.setResponder(cutOnceThenTheRest());
    ASSERT_TRUE(chat->send(u"Hallo"_s));
    ASSERT_TRUE(waitForEnd());

    const auto messages = storedRecords(*store, conversations().currentId());
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages[1].text, joined(kAll));
    EXPECT_TRUE(messages[1].seams.isEmpty());
    const auto all = store->messages(conversations().currentId(), inkchat::store::MessageScope::AllVersions);
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(1).status, StoredStatus::Interrupted);
    EXPECT_TRUE(joined(kAll).startsWith(all->at(1).text)) << "the partial reply, kept as it came";
}

TEST_F(ChatControllerTest, AMessageWrittenOfflineIsPendingUntilTheNetworkReturns)
{
    addRemoteServerEndpoint();
    server.setResponse(sseResponse(openAiChatBody(kAll)));
    reachability.setOnline(false);
    ASSERT_TRUE(chat->send(u"Written on the train"_s));
    ASSERT_TRUE(waitUntil(chat.get(), &ChatController::statusChanged,
                          [&] { return chat->status() == u"offline"_s; }));

    EXPECT_EQ(chat->transcript()->message(0).status, MessageStatus::Pending);
    auto messages = storedRecords(*store, conversations().currentId());
    ASSERT_GE(messages.size(), 1);
    EXPECT_EQ(messages[0].status, StoredStatus::Pending);
    EXPECT_TRUE(server.requests().isEmpty());

    reachability.setOnline(true);
    ASSERT_TRUE(waitForEnd());
    EXPECT_TRUE(lastReplyCompleted()) << qPrintable(reply().errorText);
    EXPECT_EQ(chat->transcript()->message(0).status, MessageStatus::Complete);
    messages = storedRecords(*store, conversations().currentId());
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages[0].status, StoredStatus::Complete);
    EXPECT_EQ(messages[1].text, joined(kAll));
}

TEST_F(ChatControllerTest, RetryNowSendsAMessageTheSystemSaysCannotGo)
{
    addRemoteServerEndpoint();
    server.setResponse(sseResponse(openAiChatBody(kAll)));
    reachability.setOnline(false); // wrongly: the network works
    ASSERT_TRUE(chat->send(u"Written on the train"_s));
    ASSERT_TRUE(
        waitUntil(chat.get(), &ChatController::statusChanged, [&] { return chat->isWaitingForNetwork(); }));
    EXPECT_TRUE(server.requests().isEmpty());

    chat->retryNow();
    ASSERT_TRUE(waitForEnd());
    EXPECT_TRUE(lastReplyCompleted()) << qPrintable(reply().errorText);
    EXPECT_FALSE(chat->isWaitingForNetwork());
    EXPECT_EQ(reply().text, joined(kAll));
}

TEST_F(ChatControllerTest, AMessageToALocalServerGoesEvenWhenTheSystemSaysOffline)
{
    addServerEndpoint(); // 127.0.0.1: Ollama, llama.cpp
    server.setResponse(sseResponse(openAiChatBody(kAll)));
    reachability.setOnline(false);
    ASSERT_TRUE(chat->send(u"Airplane mode"_s));
    ASSERT_TRUE(waitForEnd());
    EXPECT_TRUE(lastReplyCompleted()) << qPrintable(reply().errorText);
    EXPECT_FALSE(statuses.contains(u"offline"_s)) << qPrintable(history());
}

TEST_F(ChatControllerTest, APendingMessageFromAnEarlierSessionIsSentWhenItsConversationOpens)
{
    addServerEndpoint();
    server.setResponse(sseResponse(openAiChatBody(kAll)));
    const qint64 id = conversations().currentId();
    ASSERT_TRUE(
        store->appendMessage(id, record(Role::User, u"Written offline yesterday"_s, StoredStatus::Pending)));

    build(false); // the next start of the app
    EXPECT_TRUE(chat->isBusy()) << "sent without being asked";
    ASSERT_TRUE(waitForEnd());
    EXPECT_TRUE(lastReplyCompleted()) << qPrintable(reply().errorText);
    EXPECT_EQ(sent(0, -1).value("content"_L1).toString(), u"Written offline yesterday"_s);
    const auto messages = storedRecords(*store, id);
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages[0].status, StoredStatus::Complete);
    EXPECT_EQ(messages[1].text, joined(kAll));
}

TEST(ChatStoreRecovery, AReplyACrashLeftStreamingComesBackInterruptedWithContinue)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"conversations().sqlite"_s);
    {
        auto store = ConversationStore::open(path).value();
        const auto conversation = store->createConversation({}).value();
        ASSERT_TRUE(
            store->appendMessage(conversation.id, record(Role::User, u"Tell me"_s, StoredStatus::Complete)));
        ASSERT_TRUE(store->appendMessage(conversation.id,
                                         record(Role::Assistant, u"Once upon"_s, StoredStatus::Streaming)));
    } // the process died here, mid-reply

    AppOptions options;
    options.demo = true;
    options.databasePath = path;
    inkchat::app::Application app(options, std::make_unique<FakeSecretStore>());

    const TranscriptModel &transcript = *app.chat().transcript();
    ASSERT_EQ(transcript.messageCount(), 2);
    EXPECT_EQ(transcript.message(0).text, u"Tell me"_s);
    EXPECT_EQ(transcript.message(1).text, u"Once upon"_s);
    EXPECT_EQ(transcript.message(1).status, MessageStatus::Interrupted);
    EXPECT_TRUE(app.chat().canContinue());
    EXPECT_EQ(app.store().messages(app.conversations().currentId())->at(1).status, StoredStatus::Interrupted);
}

// Recovery used to write, so a store on a full or read-only disk did not
// open at all: the app started empty, in memory.
TEST(ChatStoreRecovery, AStoreThatCannotBeWrittenIsShownWithItsCutReplyAndSaysNothingNewIsSaved)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"conversations.sqlite"_s);
    {
        auto store = ConversationStore::open(path).value();
        const auto conversation = store->createConversation({}).value();
        ASSERT_TRUE(
            store->appendMessage(conversation.id, record(Role::User, u"Tell me"_s, StoredStatus::Complete)));
        const auto reply = store->appendMessage(conversation.id,
                                                record(Role::Assistant, u"Once"_s, StoredStatus::Streaming));
        ASSERT_TRUE(reply);
        ASSERT_FALSE(store->appendMessageText(reply->id, u" upon"_s));
    } // the process died here, mid-reply

    const inkchat::test::FullDisk full;
    AppOptions options;
    options.demo = true;
    options.databasePath = path;
    inkchat::app::Application app(options, std::make_unique<FakeSecretStore>());

    EXPECT_TRUE(app.store().isReadOnly());
    EXPECT_TRUE(app.chat().status().contains(u"can only be read"_s)) << qPrintable(app.chat().status());
    const TranscriptModel &transcript = *app.chat().transcript();
    ASSERT_EQ(transcript.messageCount(), 2);
    EXPECT_EQ(transcript.message(1).text, u"Once upon"_s);
    EXPECT_EQ(transcript.message(1).status, MessageStatus::Interrupted);
    EXPECT_EQ(app.store().messages(app.conversations().currentId())->at(1).status, StoredStatus::Interrupted);
}

// Found in a window on a read-only store: the message and its reply
// vanished as the reply ended, and with them the warning.
TEST(ChatStoreRecovery, OnAStoreThatCannotBeWrittenANewExchangeStaysOnScreenAndTheWarningStays)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"conversations.sqlite"_s);
    {
        auto store = ConversationStore::open(path).value();
        const auto conversation = store->createConversation({}).value();
        ASSERT_TRUE(
            store->appendMessage(conversation.id, record(Role::User, u"Tell me"_s, StoredStatus::Complete)));
        ASSERT_TRUE(store->appendMessage(conversation.id,
                                         record(Role::Assistant, u"Once"_s, StoredStatus::Complete)));
    }

    const inkchat::test::FullDisk full;
    AppOptions options;
    options.demo = true;
    options.demoRate = 1000;
    options.databasePath = path;
    inkchat::app::Application app(options, std::make_unique<FakeSecretStore>());
    ChatController &chat = app.chat();
    ASSERT_TRUE(chat.send(u"Still here?"_s));
    ASSERT_TRUE(waitUntil(&chat, &ChatController::busyChanged, [&] { return !chat.isBusy(); }));
    QCoreApplication::processEvents(); // what the end of the reply posted

    const TranscriptModel &transcript = *chat.transcript();
    ASSERT_EQ(transcript.messageCount(), 4);
    EXPECT_EQ(transcript.message(2).text, u"Still here?"_s);
    EXPECT_FALSE(transcript.message(3).text.isEmpty());
    EXPECT_TRUE(chat.status().contains(u"can only be read"_s)) << qPrintable(chat.status());
}

TEST(ChatStoreRecovery, AnUnopenableStoreLeavesTheAppWorkingAndSaysNothingIsSaved)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"not-a-database.sqlite"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();

    AppOptions options;
    options.demo = true;
    options.databasePath = path;
    inkchat::app::Application app(options, std::make_unique<FakeSecretStore>());

    EXPECT_TRUE(app.chat().status().startsWith(u"Not saved: "_s)) << qPrintable(app.chat().status());
    EXPECT_EQ(app.conversations().rowCount(), 1);
    EXPECT_TRUE(app.chat().send(u"Still works"_s));
    app.chat().stop();
}

// The store names the problem; the app says it in the user's language,
// not in the English core keeps for logs.
TEST(ChatStoreRecovery, AStoreFromANewerInkchatIsExplainedInTheChosenLanguage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(QSqlQuery(db).exec(u"PRAGMA user_version = 9999"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"future"_s);

    inkchat::test::app::TempSettings settings;
    settings.settings.setValue(u"ui/language"_s, u"de"_s);
    settings.settings.sync();
    AppOptions options;
    options.demo = true;
    options.databasePath = path;
    options.settingsPath = settings.path;
    inkchat::app::Application app(options, std::make_unique<FakeSecretStore>());

    const QString status = app.chat().status();
    EXPECT_TRUE(status.startsWith(u"Nicht gespeichert: "_s)) << qPrintable(status);
    EXPECT_TRUE(status.contains(u"neueren Inkchat"_s)) << qPrintable(status);
    EXPECT_TRUE(status.contains(QDir::toNativeSeparators(path))) << qPrintable(status);
    EXPECT_FALSE(status.contains(u"newer Inkchat"_s)) << "core's English detail: " << qPrintable(status);
}

} // namespace
