// inkchat-cli and the conversation store: what `chat` stores and when,
// continuing a stored conversation, --no-store, a kill while streaming,
// `search` and `list`.

#include "clistorefixture.h"
#include "ssescript.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using inkchat::chat::MessageStatus;
using inkchat::chat::Role;
using inkchat::test::openAiChatBody;
using inkchat::test::sseResponse;
using inkchat::test::StreamResponse;
using inkchat::test::StreamServer;
using namespace inkchat::test::cli;

namespace {

using CliStore = CliStoreTest;

/// The "messages" of an OpenAI chat request, as {role, content} pairs.
QList<std::pair<QString, QString>> requestMessages(const inkchat::test::RecordedRequest &request)
{
    QList<std::pair<QString, QString>> messages;
    const QJsonArray array = QJsonDocument::fromJson(request.body).object().value(u"messages"_s).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject message = value.toObject();
        messages.append({message.value(u"role"_s).toString(), message.value(u"content"_s).toString()});
    }
    return messages;
}

/// The id in "inkchat-cli: conversation ID" on stderr, or 0.
qint64 announcedConversation(const CliResult &result)
{
    static const QRegularExpression pattern(u"^inkchat-cli: conversation (\\d+)$"_s,
                                            QRegularExpression::MultilineOption);
    const auto matches = pattern.globalMatch(QString::fromUtf8(result.err));
    qint64 id = 0;
    int count = 0;
    for (auto it = matches; it.hasNext(); ++count)
        id = it.next().captured(1).toLongLong();
    EXPECT_EQ(count, 1) << "the id must be printed once\n" << describe(result);
    return id;
}

} // namespace

TEST_F(CliStore, ChatStoresThePromptAndTheCompleteReply)
{
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody({u"Hello"_s, u", world"_s})));

    const QString prompt =
        u"  Say hello to the whole wide world, politely and at great length please, thanks\nSecond line"_s;
    const CliResult result = runCli(chatArguments(server, prompt));
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(result.out, "Hello, world\n");
    const qint64 id = announcedConversation(result);

    const auto store = openStore();
    ASSERT_TRUE(store);
    const auto conversations = store->conversations();
    ASSERT_TRUE(conversations.hasValue());
    ASSERT_EQ(conversations->size(), 1);
    const inkchat::chat::ConversationRecord &conversation = conversations->constFirst();
    EXPECT_EQ(conversation.id, id);
    EXPECT_TRUE(conversation.title.startsWith(u"Say hello to the whole wide world"_s))
        << conversation.title.toStdString();
    EXPECT_LE(conversation.title.size(), 61);
    EXPECT_FALSE(conversation.title.contains(u"Second"_s));

    const auto messages = store->messages(id);
    ASSERT_TRUE(messages.hasValue());
    ASSERT_EQ(messages->size(), 2);
    EXPECT_EQ(messages->at(0).role, Role::User);
    EXPECT_EQ(messages->at(0).text, prompt);
    EXPECT_EQ(messages->at(0).status, MessageStatus::Complete);
    const inkchat::chat::MessageRecord &reply = messages->at(1);
    EXPECT_EQ(reply.role, Role::Assistant);
    EXPECT_EQ(reply.text, u"Hello, world"_s);
    EXPECT_EQ(reply.status, MessageStatus::Complete);
    EXPECT_EQ(reply.provider, u"openai"_s);
    EXPECT_EQ(reply.model, u"test-model"_s);
    EXPECT_EQ(reply.endpoint, u"127.0.0.1"_s);
    EXPECT_TRUE(reply.errorText.isEmpty());
}

TEST_F(CliStore, ContinuesAStoredConversationWithItsHistoryIncludingAPartialReply)
{
    StreamServer server;
    int request = 0;
    server.setResponder([&request](const inkchat::test::RecordedRequest &) {
        ++request;
        if (request == 1)
            return sseResponse(openAiChatBody({u"Paris."_s}));
        if (request == 2) // cut off before the end signal: stored as interrupted
            return sseResponse(openAiChatBody({u"Rome, "_s, u"mostly"_s}, false));
        return sseResponse(openAiChatBody({u"Bern."_s}));
    });

    const CliResult first = runCli(
        chatArguments(server, u"Capital of France?"_s, {u"--system"_s, u"Be brief."_s}));
    ASSERT_EQ(first.exitCode, 0) << describe(first);
    const qint64 id = announcedConversation(first);
    ASSERT_GT(id, 0);
    const QStringList continuing{u"--conversation"_s, QString::number(id)};

    const CliResult second = runCli(chatArguments(server, u"And Italy?"_s, continuing));
    ASSERT_EQ(second.exitCode, 5) << describe(second);
    EXPECT_EQ(announcedConversation(second), id);

    const CliResult third = runCli(chatArguments(server, u"Switzerland?"_s, continuing));
    ASSERT_EQ(third.exitCode, 0) << describe(third);
    EXPECT_EQ(announcedConversation(third), id);

    ASSERT_EQ(server.requests().size(), 3);
    const QList<std::pair<QString, QString>> expectedHistory{
        {u"system"_s, u"Be brief."_s}, {u"user"_s, u"Capital of France?"_s}, {u"assistant"_s, u"Paris."_s},
        {u"user"_s, u"And Italy?"_s},  {u"assistant"_s, u"Rome, mostly"_s},  {u"user"_s, u"Switzerland?"_s},
    };
    EXPECT_EQ(requestMessages(server.requests().at(1)), expectedHistory.mid(0, 4));
    EXPECT_EQ(requestMessages(server.requests().at(2)), expectedHistory);

    const auto store = openStore();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->conversations()->size(), 1);
    const auto messages = store->messages(id);
    ASSERT_TRUE(messages.hasValue());
    ASSERT_EQ(messages->size(), 6);
    EXPECT_EQ(messages->at(3).text, u"Rome, mostly"_s);
    EXPECT_EQ(messages->at(3).status, MessageStatus::Interrupted);
    EXPECT_EQ(messages->at(5).text, u"Bern."_s);
    EXPECT_EQ(messages->at(5).status, MessageStatus::Complete);
}

TEST_F(CliStore, ContinuingAConversationThatIsNotStoredSendsNothing)
{
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody({u"Hi"_s})));
    const CliResult result = runCli(chatArguments(server, u"Hello"_s, {u"--conversation"_s, u"42"_s}));
    EXPECT_EQ(result.exitCode, 2) << describe(result);
    EXPECT_EQ(errorLines(result).size(), 1) << describe(result);
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(CliStore, NoStoreCreatesNoDatabase)
{
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody({u"Not kept"_s})));
    const CliResult result = runCli(chatArguments(server, u"Hello"_s, {u"--no-store"_s}));
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(result.out, "Not kept\n");
    EXPECT_FALSE(result.err.contains("conversation")) << describe(result);
    EXPECT_FALSE(QFile::exists(databasePath()));
    EXPECT_FALSE(QFileInfo::exists(dataHome())) << "nothing at all may be created in the data folder";
}

TEST_F(CliStore, AStoreThatCannotBeOpenedFailsBeforeSendingAndPointsToNoStore)
{
    // The data "folder" is a file, so the database's folder cannot be made.
    QFile blocker(scratchPath(u"not-a-folder"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    useDataHome(blocker.fileName());

    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody({u"Hi"_s})));
    const CliResult result = runCli(chatArguments(server, u"Hello"_s));
    EXPECT_EQ(result.exitCode, 2) << describe(result);
    ASSERT_EQ(errorLines(result).size(), 1) << describe(result);
    EXPECT_TRUE(errorLines(result).constFirst().contains("--no-store")) << describe(result);
    EXPECT_TRUE(server.requests().isEmpty());

    const CliResult unstored = runCli(chatArguments(server, u"Hello"_s, {u"--no-store"_s}));
    EXPECT_EQ(unstored.exitCode, 0) << describe(unstored);
    EXPECT_EQ(unstored.out, "Hi\n");
}

// The store names what is wrong; the CLI says it in its own words, once,
// with the file it is about.
TEST_F(CliStore, AStoreFromANewerInkchatIsRefusedInTheClisWords)
{
    {
        auto store = openStore();
        ASSERT_TRUE(store);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
        db.setDatabaseName(databasePath());
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(QSqlQuery(db).exec(u"PRAGMA user_version = 9999"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"future"_s);

    const CliResult result = runCli({u"list"_s});
    EXPECT_NE(result.exitCode, 0) << describe(result);
    ASSERT_EQ(errorLines(result).size(), 1) << describe(result);
    const QString line = QString::fromUtf8(errorLines(result).constFirst());
    EXPECT_TRUE(line.contains(
        u"the conversation store %1 was written by a newer Inkchat; update Inkchat to open it"_s.arg(
            QDir::toNativeSeparators(databasePath()))))
        << describe(result);
    EXPECT_EQ(line.count(QDir::toNativeSeparators(databasePath())), 1) << describe(result);
}

// The promise that matters most: a chat killed while the reply streams
// leaves the prompt and the reply's text so far, marked interrupted.
TEST_F(CliStore, AChatKilledWhileStreamingLeavesThePromptAndAnInterruptedPrefix)
{
    QStringList pieces;
    for (int i = 0; i < 300; ++i)
        pieces.append(u"word%1 "_s.arg(i));
    StreamResponse slow = sseResponse(openAiChatBody(pieces));
    // About one delta every 100 ms: ~140-byte events, ~16 bytes per 12 ms.
    slow.chunking = StreamResponse::Chunking::Random;
    slow.maxChunkSize = 32;
    slow.delayMs = 12;
    StreamServer server;
    server.setResponse(slow);

    CliRun chat(chatArguments(server, u"Tell me a long story"_s));
    QProcess &process = chat.process();
    QByteArray printed;
    QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
    while (printed.isEmpty() && process.state() != QProcess::NotRunning) {
        ASSERT_TRUE(output.wait(kWaitMs)) << "no reply text arrived";
        printed += process.readAllStandardOutput();
    }
    ASSERT_FALSE(printed.isEmpty());
    // Stream on past the checkpoint interval (1 s), serving the server's
    // timers meanwhile; this waits, it asserts nothing about time.
    QTest::qWait(1300);
    ASSERT_EQ(process.state(), QProcess::Running) << "the reply must still be streaming";
    process.kill(); // SIGKILL: no handler, no flush, no goodbye
    const CliResult killed = chat.wait();
    printed += killed.out;
    EXPECT_EQ(killed.exitCode, -1);

    const QJsonObject transcript = exportedTranscript();
    const QJsonArray messages = exportedMessages(transcript);
    ASSERT_EQ(messages.size(), 2) << QJsonDocument(transcript).toJson().toStdString();
    const QJsonObject user = messages.at(0).toObject();
    EXPECT_EQ(user.value(u"role"_s).toString(), u"user"_s);
    EXPECT_EQ(user.value(u"text"_s).toString(), u"Tell me a long story"_s);
    const QJsonObject reply = messages.at(1).toObject();
    EXPECT_EQ(reply.value(u"role"_s).toString(), u"assistant"_s);
    EXPECT_EQ(reply.value(u"status"_s).toString(), u"interrupted"_s);
    const QString stored = reply.value(u"text"_s).toString();
    EXPECT_FALSE(stored.isEmpty());
    EXPECT_TRUE(QString::fromUtf8(printed).startsWith(stored))
        << "stored: " << stored.toStdString() << "\nprinted: " << printed.toStdString();
    EXPECT_TRUE(stored.startsWith(u"word0 "_s)) << stored.toStdString();
}

TEST_F(CliStore, SearchFindsAWordOfAStoredReplyAndTakesAnyInputAsPlainWords)
{
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody({u"The zebra crossed "_s, u"the road."_s})));
    const CliResult chat = runCli(chatArguments(server, u"Tell me about stripes"_s));
    ASSERT_EQ(chat.exitCode, 0) << describe(chat);
    const qint64 id = announcedConversation(chat);

    const CliResult found = runCli({u"search"_s, u"ZEBRA"_s});
    ASSERT_EQ(found.exitCode, 0) << describe(found);
    const QList<QByteArray> lines = found.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 1) << describe(found);
    const QList<QByteArray> fields = lines.constFirst().split('\t');
    ASSERT_EQ(fields.size(), 4) << describe(found);
    EXPECT_EQ(fields.at(0).toLongLong(), id);
    EXPECT_GT(fields.at(1).toLongLong(), 0);
    EXPECT_EQ(fields.at(2), "Tell me about stripes");
    EXPECT_TRUE(fields.at(3).contains("[zebra]")) << describe(found);

    const CliResult missing = runCli({u"search"_s, u"giraffe"_s});
    EXPECT_EQ(missing.exitCode, 0) << describe(missing);
    EXPECT_TRUE(missing.out.isEmpty()) << describe(missing);
    EXPECT_TRUE(errorLines(missing).isEmpty()) << describe(missing);

    for (const QString &query :
         {u"\""_s, u"AND("_s, u"zebra AND("_s, u"\"zebra"_s, u"NEAR(zebra road)"_s, u"*"_s}) {
        SCOPED_TRACE(query.toStdString());
        const CliResult odd = runCli({u"search"_s, query});
        EXPECT_EQ(odd.exitCode, 0) << describe(odd);
        EXPECT_TRUE(errorLines(odd).isEmpty()) << describe(odd);
    }
    const CliResult limited = runCli({u"search"_s, u"the"_s, u"--limit"_s, u"1"_s});
    EXPECT_EQ(limited.exitCode, 0) << describe(limited);
    EXPECT_EQ(limited.out.count('\n'), 1) << describe(limited);
}

TEST_F(CliStore, ListPrintsIdLastActivityMessageCountAndTitle)
{
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody({u"Fine."_s})));
    const CliResult first = runCli(chatArguments(server, u"First\ttopic"_s));
    ASSERT_EQ(first.exitCode, 0) << describe(first);
    const CliResult second = runCli(chatArguments(server, u"Second topic"_s));
    ASSERT_EQ(second.exitCode, 0) << describe(second);
    const CliResult more = runCli(chatArguments(
        server, u"More"_s, {u"--conversation"_s, QString::number(announcedConversation(first))}));
    ASSERT_EQ(more.exitCode, 0) << describe(more);

    const CliResult list = runCli({u"list"_s});
    ASSERT_EQ(list.exitCode, 0) << describe(list);
    const QList<QByteArray> lines = list.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 2) << describe(list);
    static const QRegularExpression line(
        u"^(\\d+)\\t(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ)\\t(\\d+)\\t(.*)$"_s);
    // Most recently active first: the continued conversation.
    const auto top = line.match(QString::fromUtf8(lines.at(0)));
    ASSERT_TRUE(top.hasMatch()) << describe(list);
    EXPECT_EQ(top.captured(1).toLongLong(), announcedConversation(first));
    EXPECT_EQ(top.captured(3), u"4"_s);
    EXPECT_EQ(top.captured(4), u"First topic"_s);
    const auto bottom = line.match(QString::fromUtf8(lines.at(1)));
    ASSERT_TRUE(bottom.hasMatch()) << describe(list);
    EXPECT_EQ(bottom.captured(1).toLongLong(), announcedConversation(second));
    EXPECT_EQ(bottom.captured(3), u"2"_s);
    EXPECT_EQ(bottom.captured(4), u"Second topic"_s);
}

TEST_F(CliStore, RegenerateStreamsANewVersionOfTheLastReplyAndKeepsTheEarlierOne)
{
    StreamServer server;
    server.setResponder([calls = 0](const inkchat::test::RecordedRequest &) mutable {
        return sseResponse(openAiChatBody({u"Antwort"_s, u" %1"_s.arg(++calls)}));
    });
    const CliResult first = runCli(chatArguments(server, u"Frage"_s));
    ASSERT_EQ(first.exitCode, 0) << describe(first);
    const qint64 id = announcedConversation(first);

    QStringList regenerate = chatArguments(server, QString(), {u"--conversation"_s, QString::number(id)});
    regenerate.first() = u"regenerate"_s;
    regenerate.removeLast(); // no prompt
    const CliResult again = runCli(regenerate);
    ASSERT_EQ(again.exitCode, 0) << describe(again);
    EXPECT_EQ(again.out, "Antwort 2\n");

    ASSERT_EQ(server.requests().size(), 2);
    EXPECT_EQ(requestMessages(server.requests().at(1)), requestMessages(server.requests().at(0)))
        << "the same history, without the reply it replaces";
    const auto store = openStore();
    ASSERT_TRUE(store);
    const auto shown = store->messages(id);
    ASSERT_EQ(shown->size(), 2);
    EXPECT_EQ(shown->at(1).text, u"Antwort 2"_s);
    EXPECT_EQ(std::pair(shown->at(1).version, shown->at(1).versionCount), std::pair(2, 2));
    const auto all = store->messages(id, inkchat::store::MessageScope::AllVersions);
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(1).text, u"Antwort 1"_s);

    // Nothing to ask again in a conversation without a reply.
    QStringList none = regenerate;
    none[none.indexOf(u"--conversation"_s) + 1] = u"999"_s;
    EXPECT_NE(runCli(none).exitCode, 0);
}

TEST_F(CliStore, AReplyOpenAiCannotContinueIsAskedAgainAndStoredAloneAsTheReply)
{
    // Like OpenAI: a prefill is ignored, every request is answered afresh;
    // the first answer breaks off mid-reply.
    StreamServer server;
    server.setResponder([calls = 0](const inkchat::test::RecordedRequest &) mutable {
        if (calls++ == 0)
            return sseResponse(openAiChatBody({u"Die erste"_s, u" Antw"_s}, false));
        return sseResponse(openAiChatBody({u"Ganz"_s, u" anders."_s}));
    });
    QStringList arguments = chatArguments(server, u"Frage"_s);
    arguments[arguments.indexOf(u"--max-retries"_s) + 1] = u"2"_s;
    const CliResult result = runCli(arguments);
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(result.out, "Die erste Antw\nGanz anders.\n") << "the new answer on a line of its own";
    EXPECT_TRUE(result.err.contains("answers again from the start")) << describe(result);
    const qint64 id = announcedConversation(result);
    const auto store = openStore();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->messages(id)->at(1).text, u"Ganz anders."_s) << "no seam the server did not honour";
    const auto all = store->messages(id, inkchat::store::MessageScope::AllVersions);
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(1).text, u"Die erste Antw"_s);
    EXPECT_EQ(all->at(1).status, MessageStatus::Interrupted);
}

TEST_F(CliStore, AServerNamedAsHonouringAPrefillContinuesTheReplyWithASeam)
{
    // vLLM carries a partial reply on when the request says
    // continue_final_message; asked so, this server does.
    StreamServer server;
    server.setResponder([](const inkchat::test::RecordedRequest &request) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (body.value(u"continue_final_message"_s).toBool())
            return sseResponse(openAiChatBody({u" Antwort."_s}));
        return sseResponse(openAiChatBody({u"Die erste"_s}, false));
    });
    QStringList arguments = chatArguments(server, u"Frage"_s, {u"--server"_s, u"vllm"_s});
    arguments[arguments.indexOf(u"--max-retries"_s) + 1] = u"2"_s;
    const CliResult result = runCli(arguments);
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(result.out, "Die erste Antwort.\n");
    const auto store = openStore();
    ASSERT_TRUE(store);
    const auto reply = store->messages(announcedConversation(result))->at(1);
    EXPECT_EQ(reply.text, u"Die erste Antwort."_s);
    EXPECT_EQ(reply.seams, QList<int>{9});
    EXPECT_EQ(reply.versionCount, 1);

    QStringList unknown = chatArguments(server, u"Frage"_s, {u"--server"_s, u"lm-studio"_s});
    const CliResult refused = runCli(unknown);
    EXPECT_EQ(refused.exitCode, 2) << describe(refused);
    EXPECT_TRUE(
        refused.err.contains("unknown --server 'lm-studio' (one of: openai, vllm, llama.cpp, deepseek, "
                             "mistral)"))
        << describe(refused);
}
