#include "connectorharness.h"

#include "stream/surrogatejoiner.h"

using namespace inkchat::test::connector;
using inkchat::stream::SurrogateJoiner;

TEST(SurrogateJoiner, JoinsAPairSplitAcrossTwoDeltas)
{
    SurrogateJoiner joiner;
    EXPECT_EQ(joiner.take(u"A\xd83d"_s), u"A"_s);
    EXPECT_EQ(joiner.take(u"\xde00"
                          u"B"_s),
              u"😀B"_s);
    EXPECT_EQ(joiner.finish(), QString());
}

TEST(SurrogateJoiner, ALoneSurrogateBecomesAReplacementAndKeepsTheNextCharacter)
{
    SurrogateJoiner joiner;
    EXPECT_EQ(joiner.take(u"A\xd800"
                          u"B"_s),
              u"A\ufffdB"_s);
    EXPECT_EQ(joiner.take(u"\xdc00"
                          u"C"_s),
              u"\ufffdC"_s);
    EXPECT_EQ(joiner.take(u"D\xd83d"_s), u"D"_s);
    EXPECT_EQ(joiner.take(u"E"_s), u"\ufffdE"_s);
    EXPECT_EQ(joiner.take(u"F\xd83d"_s), u"F"_s);
    EXPECT_EQ(joiner.finish(), u"\ufffd"_s);
}

TEST(Connector, JoinsASurrogatePairSplitAcrossDeltasAsTheSdksDo)
{
    StreamServer server;
    // JSON escapes, as a server that splits by UTF-16 code unit writes them.
    const QByteArray body = R"(data: {"choices":[{"index":0,"delta":{"content":"A\ud83d"}}]})"
                            "\n\n"
                            R"(data: {"choices":[{"index":0,"delta":{"content":"\ude00B \ud800"}}]})"
                            "\n\n"
                            R"(data: {"choices":[{"index":0,"delta":{"content":"C"}}]})"
                            "\n\n"
                            R"(data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})"
                            "\n\n"
                            "data: [DONE]\n\n";
    server.setResponse(sseResponse(body));
    ConnectorOptions options;
    options.onlyRung = Rung::Stream;
    Harness h(u"openai"_s, server.url(u"/v1"_s), options);
    h.start();
    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, u"A😀B \ufffdC"_s);
    EXPECT_EQ(h.connector->text(), h.text);
}
