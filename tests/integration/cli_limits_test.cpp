// inkchat-cli at each input limit (line, event, reply size, retry count,
// import size): the run ends with one error line that names the limit and
// its size, and nothing is lost: the reply's text before the limit stays on
// stdout and in the store, next to the prompt; a refused import leaves the
// store and the file as they were. The limits are the real defaults.

#include "clistorefixture.h"
#include "ssescript.h"

#include "export/importlimits.h"
#include "stream/streamlimits.h"
#include "transport/connector.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using inkchat::chat::MessageRecord;
using inkchat::chat::MessageStatus;
using inkchat::chat::Role;
using inkchat::stream::Limits;
using inkchat::test::openAiChatBody;
using inkchat::test::sseResponse;
using inkchat::test::StreamResponse;
using inkchat::test::StreamServer;
using namespace inkchat::test::cli;

namespace {

const QByteArray kErrorPrefix = "inkchat-cli: error: ";
constexpr int kExitUsage = 2;
constexpr int kExitRemote = 4;
constexpr int kExitInterrupted = 5;

/// Retries the CLI may make: a broken limit must not use any of them.
const QStringList kRetries{u"--max-retries"_s, u"3"_s};

/// `text` repeated until it is `length` characters long.
QString repeated(const QString &text, qsizetype length)
{
    QString result;
    result.reserve(length);
    while (result.size() < length)
        result += text;
    result.truncate(length);
    return result;
}

/// The messages of the only stored conversation; the test fails if there
/// is not exactly one.
QList<MessageRecord> storedMessages(const inkchat::store::ConversationStore &store)
{
    const auto conversations = store.conversations();
    EXPECT_TRUE(conversations.hasValue());
    if (!conversations || conversations->size() != 1) {
        ADD_FAILURE() << "expected one stored conversation";
        return {};
    }
    const auto messages = store.messages(conversations->constFirst().id);
    EXPECT_TRUE(messages.hasValue());
    return messages ? *messages : QList<MessageRecord>{};
}

/// Exit code and stderr, for failure messages of runs whose stdout is
/// megabytes long.
std::string describeEnd(const CliResult &result)
{
    return "exit " + std::to_string(result.exitCode) + "\nstderr: " + result.err.toStdString();
}

class CliLimits : public CliStoreTest
{
protected:
    /// Checks what a reply that ended with `error` left: the CLI said it once
    /// on stderr (a reply cut off after some text is said to be interrupted),
    /// and the store holds the prompt and the reply's text with that status
    /// and `error`, without the CLI's `framing`.
    static void expectStored(const CliResult &result, const QString &prompt, const QString &replyText,
                             MessageStatus status, const QByteArray &error,
                             const QByteArray &framing = "the reply was interrupted: ")
    {
        const QByteArray printed = replyText.isEmpty() ? error : framing + error;
        ASSERT_EQ(errorLines(result), QList<QByteArray>{kErrorPrefix + printed}) << describeEnd(result);

        const auto store = openStore();
        ASSERT_TRUE(store);
        const QList<MessageRecord> messages = storedMessages(*store);
        ASSERT_EQ(messages.size(), 2);
        EXPECT_EQ(messages.at(0).role, Role::User);
        EXPECT_EQ(messages.at(0).text, prompt);
        EXPECT_EQ(messages.at(0).status, MessageStatus::Complete);
        const MessageRecord &reply = messages.at(1);
        EXPECT_EQ(reply.role, Role::Assistant);
        EXPECT_EQ(reply.status, status);
        EXPECT_EQ(reply.errorText, QString::fromUtf8(error));
        // Compared as a whole: gtest would print megabytes on a mismatch.
        EXPECT_TRUE(reply.text == replyText)
            << "stored " << reply.text.size() << " characters, expected " << replyText.size() << "; starts "
            << reply.text.left(40).toStdString();
    }
};

} // namespace

TEST_F(CliLimits, AnOverlongLineEndsTheReplyWithAClearErrorAndKeepsTheTextBeforeIt)
{
    StreamServer server;
    const QByteArray overlong = "data: " + QByteArray(Limits::kDefaultMaxLineLength, 'x') + "\n\n";
    const QByteArray limit = QByteArray::number(Limits::kDefaultMaxLineLength);
    server.setResponse(sseResponse(openAiChatBody({u"Hello"_s, u", world"_s}, false) + overlong
                                   + openAiChatBody({u" never shown"_s})));

    const CliResult result = runCli(chatArguments(server, u"Greet me"_s, kRetries));
    EXPECT_EQ(result.exitCode, kExitRemote) << describe(result);
    EXPECT_EQ(result.out, "Hello, world\n");
    expectStored(result, u"Greet me"_s, u"Hello, world"_s, MessageStatus::Error,
                 "stream rejected: a line is longer than the maximum line length (" + limit + " bytes)");
    EXPECT_EQ(server.requests().size(), 1) << "a broken limit is not retried";
}

TEST_F(CliLimits, AnOverlargeEventEndsTheReplyWithAClearErrorAndKeepsTheTextBeforeIt)
{
    // Lines of 1 MiB, each well within the line limit, make one event one
    // line past the event limit.
    const QByteArray limit = QByteArray::number(Limits::kDefaultMaxEventSize);
    const qsizetype lineLength = 1024 * 1024;
    QByteArray overlarge;
    for (qsizetype i = 0; i <= Limits::kDefaultMaxEventSize / lineLength; ++i)
        overlarge += "data: " + QByteArray(lineLength, 'x') + '\n';
    overlarge += '\n';
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody({u"Hello"_s, u", world"_s}, false) + overlarge
                                   + openAiChatBody({u" never shown"_s})));

    const CliResult result = runCli(chatArguments(server, u"Greet me"_s, kRetries));
    EXPECT_EQ(result.exitCode, kExitRemote) << describe(result);
    EXPECT_EQ(result.out, "Hello, world\n");
    expectStored(result, u"Greet me"_s, u"Hello, world"_s, MessageStatus::Error,
                 "stream rejected: an event is larger than the maximum event size (" + limit + " bytes)");
    EXPECT_EQ(server.requests().size(), 1) << "a broken limit is not retried";
}

TEST_F(CliLimits, AnOverlongReplyEndsWithAClearErrorAndKeepsEveryPieceBeforeIt)
{
    // Three pieces of 3/8 of the reply limit (6 Mi characters, each one
    // event within the event limit): two fit, the third does not.
    const qsizetype maxReplyLength = inkchat::transport::ConnectorOptions().maxReplyLength;
    const QString piece = repeated(u"abcdefg "_s, maxReplyLength / 8 * 3);
    ASSERT_LT(piece.size() + 100, Limits::kDefaultMaxEventSize);
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody({piece, piece, piece})));

    const CliResult result = runCli(chatArguments(server, u"Write forever"_s, kRetries));
    EXPECT_EQ(result.exitCode, kExitRemote) << describeEnd(result);
    const QByteArray printed = (piece + piece).toUtf8() + '\n';
    EXPECT_TRUE(result.out == printed)
        << "printed " << result.out.size() << " bytes, expected " << printed.size();
    expectStored(result, u"Write forever"_s, piece + piece, MessageStatus::Error,
                 "the reply is longer than the maximum reply length (" + QByteArray::number(maxReplyLength)
                     + " characters)");
    EXPECT_EQ(server.requests().size(), 1) << "a broken limit is not retried";
}

TEST_F(CliLimits, AJsonReplyBodyOverTheEventLimitEndsWithAClearErrorAndKeepsThePrompt)
{
    // The single-response rung buffers the whole body: it is one event.
    const QString content = repeated(u"abcdefg "_s, Limits::kDefaultMaxEventSize);
    StreamResponse response;
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    response.body =
        R"({"choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":")"
        + content.toUtf8() + R"("}}]})";
    StreamServer server;
    server.setResponse(response);

    const CliResult result = runCli(
        chatArguments(server, u"Answer at once"_s, kRetries + QStringList{u"--transport"_s, u"json"_s}));
    EXPECT_EQ(result.exitCode, kExitRemote) << describe(result);
    EXPECT_TRUE(result.out.isEmpty()) << describe(result);
    expectStored(result, u"Answer at once"_s, QString(), MessageStatus::Error,
                 "stream rejected: the reply body is larger than the maximum event size ("
                     + QByteArray::number(Limits::kDefaultMaxEventSize) + " bytes)");
    EXPECT_EQ(server.requests().size(), 1) << "a broken limit is not retried";
}

TEST_F(CliLimits, GivingUpAfterMaxRetriesSaysHowManyAndKeepsTheTextBeforeIt)
{
    // The first connection brings text and ends without the end signal;
    // every later one breaks before a byte of its body.
    StreamServer server;
    server.setResponder([requests = 0](const inkchat::test::RecordedRequest &) mutable {
        StreamResponse response = sseResponse(openAiChatBody({u"Hello"_s, u", wor"_s}, false));
        if (requests++ > 0)
            response.cutAfterBytes = 0;
        return response;
    });

    const CliResult result = runCli(chatArguments(server, u"Greet me"_s, {u"--max-retries"_s, u"2"_s}));
    EXPECT_EQ(result.exitCode, kExitInterrupted) << describe(result);
    EXPECT_EQ(result.out, "Hello, wor\n");
    ASSERT_EQ(errorLines(result).size(), 1) << describe(result);
    const QByteArray errorLine = errorLines(result).constFirst();
    // What the last attempt met depends on when Qt notices the cut (an
    // empty body, or a closed connection); the count is always named.
    const QByteArray gaveUp = "the reply was interrupted: gave up after 2 retries: ";
    ASSERT_TRUE(errorLine.startsWith(QByteArray(kErrorPrefix + gaveUp))) << describe(result);
    // The store keeps why; how often it was retried is the CLI's to say.
    expectStored(result, u"Greet me"_s, u"Hello, wor"_s, MessageStatus::Interrupted,
                 errorLine.sliced(kErrorPrefix.size() + gaveUp.size()), gaveUp);
    EXPECT_EQ(server.requests().size(), 3); // the first request and two retries
}

TEST_F(CliLimits, AnImportOverTheSizeLimitIsRefusedWithAClearErrorAndChangesNothing)
{
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody({u"Kept as it is"_s})));
    ASSERT_EQ(runCli(chatArguments(server, u"Already here"_s)).exitCode, 0);
    const QJsonValue storedBefore = exportedTranscript().value(u"conversations"_s);

    // A valid transcript that would add a conversation, padded (sparsely,
    // so it costs no disk) to one byte past the limit, 256 MiB.
    const QString path = scratchPath(u"huge.json"_s);
    const QByteArray head =
        R"({"format":"inkchat.transcript","version":1,"exported_at":null,"conversations":[{"uuid":"c-new",)"
        R"("messages":[{"uuid":"m-new","role":"user","text":"half imported?"}]}]})";
    const qint64 size = inkchat::exporting::ImportLimits().maxBytes + 1;
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(head), head.size());
        ASSERT_TRUE(file.resize(size));
    }
    const QDateTime modifiedBefore = QFileInfo(path).lastModified();

    const CliResult result = runCli({u"import"_s, path});
    EXPECT_EQ(result.exitCode, kExitUsage) << describe(result);
    EXPECT_TRUE(result.out.isEmpty()) << describe(result);
    EXPECT_EQ(errorLines(result),
              QList<QByteArray>{kErrorPrefix + "cannot import '" + path.toUtf8()
                                + "': The file is larger than the import limit of 256.0 MiB."})
        << describe(result);

    EXPECT_EQ(exportedTranscript().value(u"conversations"_s), storedBefore);
    const QFileInfo after(path);
    EXPECT_EQ(after.size(), size);
    EXPECT_EQ(after.lastModified(), modifiedBefore);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.read(head.size()), head);
}
