// The app as a front end of the chat engine: replies in several
// conversations at once, the store fed before the display, and the same
// request as inkchat-cli for the same conversation.

#include "chatcontrollertesting.h"

#include "application.h"
#include "session/chatsession.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace inkchat::test::chatcontroller;

namespace {

bool isStreamingRow(ConversationListModel &list, int row)
{
    return list.data(list.index(row), ConversationListModel::IsStreamingRole).toBool();
}

TEST_F(ChatControllerTest, TwoConversationsStreamAtOnceAndEachEndsWithItsOwnReply)
{
    addServerEndpoint();
    server.setResponder(restAfterACut());
    const qint64 first = conversations().currentId();
    ASSERT_TRUE(chat->send(u"erste Frage"_s));
    ASSERT_TRUE(waitForReplyText(joined(kFirst)));

    conversations().create();
    const qint64 second = conversations().currentId();
    ASSERT_TRUE(chat->send(u"zweite Frage"_s));
    ASSERT_TRUE(waitForReplyText(joined(kFirst)));

    EXPECT_EQ(sessions->streamingConversations().size(), 2) << "both replies are on their way";
    EXPECT_TRUE(isStreamingRow(conversations(), 0));
    EXPECT_TRUE(isStreamingRow(conversations(), 1));
    EXPECT_TRUE(chat->isBusy());
    EXPECT_EQ(ended->count(), 0);

    server.closeConnections(); // both connectors continue their replies by themselves
    ASSERT_TRUE(waitUntil(sessions.get(), &inkchat::session::SessionRegistry::streamingChanged,
                          [&] { return sessions->streamingConversations().isEmpty(); }));
    EXPECT_EQ(ended->count(), 1) << "the open conversation's reply ended on screen";
    EXPECT_TRUE(lastReplyCompleted()) << qPrintable(reply().errorText);
    EXPECT_EQ(reply().text, joined(kAll));
    for (const qint64 id : {first, second}) {
        ASSERT_EQ(stored(id).size(), 2);
        EXPECT_EQ(stored(id).at(1).text, joined(kAll));
        EXPECT_EQ(stored(id).at(1).status, MessageStatus::Complete);
    }
    EXPECT_FALSE(isStreamingRow(conversations(), 0));
    EXPECT_FALSE(isStreamingRow(conversations(), 1));

    conversations().setCurrentIndex(1);
    EXPECT_EQ(chat->transcript()->message(0).text, u"erste Frage"_s);
    EXPECT_EQ(reply().text, joined(kAll));
    EXPECT_EQ(reply().status, MessageStatus::Complete);
}

TEST_F(ChatControllerTest, OnEinkTheStoreHasEveryPieceWhileTheScreenShowsWholeWords)
{
    theme.setProfileName(u"eink"_s);
    checkpoints.interval = std::chrono::milliseconds(0); // a checkpoint for every piece
    build(false);
    addServerEndpoint();
    const QStringList head = {u"Ein"_s, u" langer"_s, u" Sa"_s}; // ends inside a word
    StreamResponse paused = sseResponse(openAiChatBody(head, false) + openAiChatBody({u"tz."_s}));
    paused.pauseAfterBytes = openAiChatBody(head, false).size();
    server.setResponse(paused);

    ASSERT_TRUE(chat->send(u"Erzähl"_s));
    inkchat::session::ChatSession *session = chat->session();
    ASSERT_NE(session, nullptr);
    QStringList storedWhenReceived;
    QObject::connect(session, &inkchat::session::ChatSession::replyTextReceived, chat.get(),
                     [&] { storedWhenReceived.append(stored(conversations().currentId()).at(1).text); });
    ASSERT_TRUE(waitUntil(session, &inkchat::session::ChatSession::replyTextReceived,
                          [&] { return storedWhenReceived.size() == head.size(); }));

    EXPECT_EQ(storedWhenReceived, (QStringList{u"Ein"_s, u"Ein langer"_s, u"Ein langer Sa"_s}))
        << "every piece, as it came";
    EXPECT_FALSE(reply().text.contains(u"Sa"_s))
        << "the panel never shows half a word: " << qPrintable(reply().text);
    EXPECT_TRUE(u"Ein langer Sa"_s.startsWith(reply().text));
    EXPECT_LT(reply().text.size(), u"Ein langer Sa"_s.size()) << "the screen is behind the store";

    chat->stop();
    EXPECT_EQ(reply().text, u"Ein langer Sa"_s) << "all of it, once the reply ended";
    EXPECT_EQ(stored(conversations().currentId()).at(1).text, u"Ein langer Sa"_s);
}

/// What the CLI binary does with the same conversation, run as a user runs it.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList &arguments, const QString &home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    environment.insert(u"INKCHAT_TEST_KEY"_s, kKey);
    for (const QString &name : {u"http_proxy"_s, u"https_proxy"_s, u"all_proxy"_s, u"HTTP_PROXY"_s,
                                u"HTTPS_PROXY"_s, u"ALL_PROXY"_s})
        environment.remove(name);
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(INKCHAT_CLI_PATH), arguments);
    // The server answers from this event loop: wait on signals, never block.
    EXPECT_TRUE(finished.wait(30'000)) << "inkchat-cli did not end";
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

/// A conversation with a system prompt, earlier turns and a reply that
/// failed before it said anything, in a store file at `path`.
qint64 seedConversation(const QString &path)
{
    auto store = ConversationStore::open(path).value();
    inkchat::chat::ConversationRecord record;
    record.title = u"Zugreise"_s;
    record.systemPrompt = u"Answer in German, briefly."_s;
    const qint64 id = store->createConversation(record).value().id;
    const auto add = [&](Role role, const QString &text, MessageStatus status) {
        inkchat::chat::MessageRecord message;
        message.role = role;
        message.text = text;
        message.status = status;
        EXPECT_TRUE(store->appendMessage(id, message));
    };
    add(Role::User, u"How far is Munich from Zürich?"_s, MessageStatus::Complete);
    add(Role::Assistant, u"Etwa 300 km."_s, MessageStatus::Complete);
    add(Role::User, u"And by train?"_s, MessageStatus::Complete);
    add(Role::Assistant, QString(), MessageStatus::Error);
    return id;
}

TEST(FrontEnds, TheAppAndTheCliSendTheSameRequestForTheSameConversation)
{
    QTemporaryDir home;
    const QString cliDatabase = home.filePath(u"data/inkchat/conversations.sqlite"_s);
    ASSERT_TRUE(QDir().mkpath(QFileInfo(cliDatabase).absolutePath()));
    const QString appDatabase = home.filePath(u"app.sqlite"_s);
    const qint64 id = seedConversation(appDatabase);
    ASSERT_TRUE(QFile::copy(appDatabase, cliDatabase));

    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody(kAll)));
    const QString prompt = u"Wie lange dauert das?"_s;
    const QString baseUrl = server.url(u"/v1"_s).toString();

    AppOptions options;
    options.databasePath = appDatabase;
    options.settingsPath = home.filePath(u"app-settings.ini"_s);
    inkchat::app::Application app(options, std::make_unique<FakeSecretStore>());
    SettingsController &settings = app.settings();
    const int row = settings.addEndpoint(u"openai"_s);
    ASSERT_EQ(settings.updateEndpoint(row, u"Test"_s, u"openai"_s, baseUrl, u"test-model"_s), QString());
    settings.setApiKey(row, kKey);
    ASSERT_TRUE(waitUntil(&settings, &SettingsController::busyChanged, [&] { return !settings.isBusy(); }));
    ASSERT_EQ(app.conversations().currentId(), id);
    QSignalSpy ended(&app.chat(), &ChatController::replyEnded);
    ASSERT_TRUE(app.chat().send(prompt));
    ASSERT_TRUE(ended.wait(kWaitMs));
    // The app also asked the new endpoint for its models (a GET): only the
    // replies' requests are compared.
    const auto posts = [&server] {
        QList<RecordedRequest> found;
        for (const RecordedRequest &request : server.requests()) {
            if (request.method == "POST")
                found.append(request);
        }
        return found;
    };
    ASSERT_EQ(posts().size(), 1);

    const CliRun cli = runCli({u"chat"_s, u"--provider"_s, u"openai"_s, u"--base-url"_s, baseUrl,
                               u"--model"_s, u"test-model"_s, u"--api-key-env"_s, u"INKCHAT_TEST_KEY"_s,
                               u"--conversation"_s, QString::number(id), prompt},
                              home.path());
    ASSERT_EQ(cli.exitCode, 0) << cli.err.toStdString();
    ASSERT_EQ(posts().size(), 2);

    const RecordedRequest fromApp = posts().at(0);
    const RecordedRequest fromCli = posts().at(1);
    EXPECT_EQ(fromApp.method, fromCli.method);
    EXPECT_EQ(fromApp.target, fromCli.target);
    EXPECT_EQ(fromApp.body, fromCli.body)
        << "app: " << fromApp.body.toStdString() << "\ncli: " << fromCli.body.toStdString();
    for (const char *name : {"Authorization", "Content-Type", "Accept"})
        EXPECT_EQ(fromApp.header(name), fromCli.header(name)) << name;
    const QJsonArray sent = requestMessages(fromApp);
    ASSERT_EQ(sent.size(), 5) << "the system prompt, three turns (not the empty reply), the prompt";
    EXPECT_EQ(sent.at(0).toObject().value("content"_L1).toString(), u"Answer in German, briefly."_s);
    EXPECT_EQ(sent.at(4).toObject().value("content"_L1).toString(), prompt);
}

} // namespace
