// A hostile server's control characters never reach the terminal through
// inkchat-cli's diagnostics and metadata (error lines, reconnect lines,
// in-stream provider errors, reasoning, `list` titles, `search` results),
// while the reply on stdout stays byte-exact for a pipe and is made
// visible on a terminal (run under script(1), which gives it a pty).
// Also: keys never ride in a base URL, and plain http to another machine
// is warned about once.

#include "clistorefixture.h"
#include "ssescript.h"

#include <QProcess>

using namespace Qt::StringLiterals;
using inkchat::test::openAiChatBody;
using inkchat::test::sseResponse;
using inkchat::test::StreamResponse;
using inkchat::test::StreamServer;
using namespace inkchat::test::cli;

namespace {

/// Window title, clear screen, OSC 52 clipboard write, a hyperlink and a
/// C1 CSI: what a server would use to take over a terminal.
const QString kHostile =
    u"\x1b]0;owned\x07\x1b[2J\x1b]52;c;ZWNobyBvd25lZA==\x07\x1b]8;;http://evil/\x1b\\link\u009b31m"_s;

/// Whether bytes carry anything a terminal would act on: C0 controls other
/// than newline and tab, DEL, or a C1 control (UTF-8 C2 80..C2 9F).
bool hasTerminalControls(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7f)
            return true;
        if (byte == 0xc2 && i + 1 < bytes.size() && static_cast<unsigned char>(bytes.at(i + 1)) <= 0x9f)
            return true;
    }
    return false;
}

QByteArray jsonString(const QString &text)
{
    return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

using CliTerminal = CliStoreTest;

} // namespace

TEST_F(CliTerminal, AnHttpErrorBodyIsPrintedWithItsControlCharactersVisible)
{
    StreamServer server;
    StreamResponse response;
    response.status = 400;
    response.reason = "Bad Request";
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    response.body = R"({"error":{"message":)" + jsonString(u"bad "_s + kHostile) + "}}";
    server.setResponse(response);
    const CliResult result = runCli(chatArguments(server, u"hi"_s, {u"--no-store"_s}));
    EXPECT_EQ(result.exitCode, 4) << describe(result);
    EXPECT_FALSE(hasTerminalControls(result.err)) << describe(result);
    EXPECT_TRUE(result.err.contains("bad \\x1b]0;owned\\x07")) << describe(result);
}

TEST_F(CliTerminal, ReconnectLinesAndTheFinalErrorShowAServersReasonEscaped)
{
    StreamServer server;
    StreamResponse response;
    response.status = 503;
    response.reason = "Unavailable";
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    response.body = R"({"error":{"message":)" + jsonString(kHostile) + "}}";
    server.setResponse(response);
    QStringList arguments = chatArguments(server, u"hi"_s, {u"--no-store"_s});
    arguments.replace(arguments.indexOf(u"--max-retries"_s) + 1, u"1"_s);
    const CliResult result = runCli(arguments);
    EXPECT_EQ(server.requests().size(), 2) << describe(result);
    EXPECT_TRUE(result.err.contains("inkchat-cli: reconnecting")) << describe(result);
    EXPECT_FALSE(hasTerminalControls(result.err)) << describe(result);
}

TEST_F(CliTerminal, AnInStreamProviderErrorAndReasoningAreEscaped)
{
    StreamServer server;
    const QByteArray reasoning = R"(data: {"choices":[{"index":0,"delta":{"reasoning_content":)"
                                 + jsonString(u"think "_s + kHostile) + "}}]}\n\n";
    const QByteArray error = R"(data: {"error":{"message":)" + jsonString(u"stream "_s + kHostile) + "}}\n\n";
    server.setResponse(sseResponse(reasoning + error));
    const CliResult result = runCli(chatArguments(server, u"hi"_s, {u"--no-store"_s, u"--show-reasoning"_s}));
    EXPECT_EQ(result.exitCode, 4) << describe(result);
    EXPECT_TRUE(result.err.contains("think \\x1b")) << describe(result);
    EXPECT_TRUE(result.err.contains("stream \\x1b")) << describe(result);
    EXPECT_FALSE(hasTerminalControls(result.err)) << describe(result);
}

TEST_F(CliTerminal, ListAndSearchShowStoredTitlesAndTextEscaped)
{
    {
        const auto store = openStore();
        ASSERT_TRUE(store);
        inkchat::chat::ConversationRecord record;
        record.title = u"title "_s + kHostile;
        const auto conversation = store->createConversation(record);
        ASSERT_TRUE(conversation.hasValue());
        inkchat::chat::MessageRecord message;
        message.text = u"needle "_s + kHostile;
        ASSERT_TRUE(store->appendMessage(conversation->id, message).hasValue());
    }
    const CliResult list = runCli({u"list"_s});
    EXPECT_EQ(list.exitCode, 0) << describe(list);
    EXPECT_TRUE(list.out.contains("title \\x1b]0;owned")) << describe(list);
    EXPECT_FALSE(hasTerminalControls(list.out)) << describe(list);

    const CliResult search = runCli({u"search"_s, u"needle"_s});
    EXPECT_EQ(search.exitCode, 0) << describe(search);
    EXPECT_TRUE(search.out.contains("\\x1b")) << describe(search);
    EXPECT_FALSE(hasTerminalControls(search.out)) << describe(search);
}

TEST_F(CliTerminal, TheReplyIsByteExactInAPipeAndVisibleOnATerminal)
{
    StreamServer server;
    const QString reply = u"line one\n\tindented "_s + kHostile + u" end"_s;
    server.setResponse(sseResponse(openAiChatBody({reply})));

    const CliResult piped = runCli(chatArguments(server, u"hi"_s, {u"--no-store"_s}));
    EXPECT_EQ(piped.exitCode, 0) << describe(piped);
    EXPECT_EQ(piped.out, reply.toUtf8() + '\n');

    // script(1) runs the command on a pseudo-terminal and copies what it
    // wrote, stderr's notes included; the pty turns "\n" into "\r\n".
    QStringList command{QStringLiteral(INKCHAT_CLI_PATH)};
    for (const QString &argument : chatArguments(server, u"hi"_s, {u"--no-store"_s}))
        command.append(u"'"_s + argument + u"'"_s);
    const CliResult onTerminal =
        CliRun({u"-qefc"_s, command.join(u' '), u"/dev/null"_s}, {}, true, {u"script"_s, {}, {}}).wait();
    EXPECT_EQ(onTerminal.exitCode, 0) << describe(onTerminal);
    const QByteArray shown = QByteArray(onTerminal.out).replace("\r\n", "\n");
    EXPECT_TRUE(shown.contains("\nline one\n\tindented \\x1b]0;owned\\x07\\x1b[2J")) << describe(onTerminal);
    EXPECT_TRUE(shown.contains("\\u009b31m end\n")) << describe(onTerminal);
    EXPECT_FALSE(hasTerminalControls(shown)) << describe(onTerminal);
}

TEST_F(CliTerminal, RefusesAKeyInsideTheBaseUrlAndSendsNothing)
{
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody({u"never"_s})));
    QUrl withUser = server.url(u"/v1"_s);
    withUser.setUserInfo(u"user:sk-url-secret-123456"_s);
    QUrl withQuery = server.url(u"/v1"_s);
    withQuery.setQuery(u"key=sk-url-secret-123456"_s);
    for (const QUrl &url : {withUser, withQuery}) {
        SCOPED_TRACE(url.toString().toStdString());
        QStringList arguments = chatArguments(server, u"hi"_s, {u"--no-store"_s});
        arguments.replace(arguments.indexOf(u"--base-url"_s) + 1, url.toString());
        const CliResult result = runCli(arguments);
        EXPECT_EQ(result.exitCode, 2) << describe(result);
        EXPECT_TRUE(result.err.contains("must not carry a key")) << describe(result);
        EXPECT_FALSE(result.err.contains("sk-url-secret")) << describe(result);
    }
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(CliTerminal, WarnsOnceWhenTheKeyWouldCrossTheNetworkInClearText)
{
    // TEST-NET-1 (RFC 5737): never routed, so nothing leaves the machine.
    const CliResult remote = runCli({u"chat"_s, u"--provider"_s, u"openai"_s, u"--base-url"_s,
                                     u"http://192.0.2.1:9/v1"_s, u"--model"_s, u"m"_s, u"--api-key-env"_s,
                                     kKeyVariable, u"--no-store"_s, u"--max-retries"_s, u"0"_s,
                                     u"--transport"_s, u"sse"_s, u"--idle-timeout"_s, u"0.2"_s, u"hi"_s});
    EXPECT_EQ(remote.err.count("warning: the API key goes to 192.0.2.1 over plain http://"), 1)
        << describe(remote);

    StreamServer local;
    local.setResponse(sseResponse(openAiChatBody({u"ok"_s})));
    const CliResult loopback = runCli(chatArguments(local, u"hi"_s, {u"--no-store"_s}));
    EXPECT_EQ(loopback.exitCode, 0) << describe(loopback);
    EXPECT_FALSE(loopback.err.contains("warning")) << describe(loopback);
}
