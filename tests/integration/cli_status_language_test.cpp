// inkchat-cli says what the connection does, and why a reply ended, in the
// language of the environment: the status lines render core's states and
// errors from the CLI's catalogue, as the app does with tr().

#include "clirun.h"
#include "ssescript.h"
#include "streamserver.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::test::openAiChatBody;
using inkchat::test::sseResponse;
using inkchat::test::StreamResponse;
using inkchat::test::StreamServer;
using namespace inkchat::test::cli;

namespace {

CliResult chatInGerman(const StreamServer &server, const QString &retries = u"0"_s)
{
    return CliRun({u"chat"_s, u"--provider"_s, u"openai"_s, u"--base-url"_s, server.url(u"/v1"_s).toString(),
                   u"--model"_s, u"test-model"_s, u"--api-key-env"_s, kKeyVariable, u"--transport"_s,
                   u"sse"_s, u"--max-retries"_s, retries, u"--stats"_s, u"--no-store"_s, u"Hallo"_s},
                  {}, true, inLanguage(u"de"_s))
        .wait();
}

TEST(CliStatusLanguage, TheConnectionsStepsAndACutReplyAreSaidInGerman)
{
    StreamServer server;
    StreamResponse cut = sseResponse(openAiChatBody({u"Ein"_s, u" halber"_s, u" Satz"_s}));
    cut.cutAfterBytes = openAiChatBody({u"Ein"_s}, false).size();
    server.setResponse(cut);

    const CliResult result = chatInGerman(server, u"1"_s);
    const QString err = QString::fromUtf8(result.err);
    EXPECT_NE(result.exitCode, 0);
    EXPECT_TRUE(
        err.contains(QRegularExpression(u"inkchat-cli: verbinde neu \\(Versuch 1, in \\d,\\d s\\)"_s)))
        << "with a German decimal comma: " << qPrintable(err);
    EXPECT_TRUE(err.contains(u"inkchat-cli: verbinde (sse)"_s)) << qPrintable(err);
    EXPECT_TRUE(err.contains(u"inkchat-cli: empfange"_s)) << qPrintable(err);
    EXPECT_TRUE(err.contains(u"die Antwort wurde unterbrochen: "_s)) << qPrintable(err);
    for (const QString &english : {u"connecting"_s, u"streaming"_s, u"interrupted"_s, u"failed"_s})
        EXPECT_FALSE(err.contains(english)) << "the CLI's English: " << qPrintable(err);
}

TEST(CliStatusLanguage, TheTokensAReplyCostAreCountedInGerman)
{
    StreamServer server;
    server.setResponse(sseResponse("data: {\"choices\":[{\"delta\":{\"content\":\"Hallo\"}}]}\n\n"
                                   "data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}],"
                                   "\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":5}}\n\n"
                                   "data: [DONE]\n\n"));

    const CliResult result = chatInGerman(server);
    const QString err = QString::fromUtf8(result.err);
    EXPECT_EQ(result.exitCode, 0) << qPrintable(err);
    EXPECT_EQ(result.out, "Hallo\n");
    EXPECT_TRUE(err.contains(u"inkchat-cli: test-model · 3 ein · 5 aus"_s)) << qPrintable(err);
}

} // namespace
