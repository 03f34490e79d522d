// The Connector with inkchat-relay (provider kind `relay`, issue 20): a POST
// cut before the relay named the reply is sent again as the same request,
// and a reply the relay's upstream restarted replaces the text shown.

#include "connectorharness.h"

using namespace inkchat::test::connector;

namespace {

const QByteArray kReplyId = QByteArrayLiteral("0123456789abcdef0123456789abcdef");

QByteArray relayEvent(int id, const QByteArray &type, const QByteArray &data)
{
    return "id: " + QByteArray::number(id) + "\nevent: " + type + "\ndata: " + data + "\n\n";
}

QByteArray relayText(int id, const QString &piece)
{
    return relayEvent(id, "text", json({{u"t"_s, piece}}));
}

QByteArray relayStart()
{
    return "retry: 10\n\nevent: reply\ndata: {\"reply\":\"" + kReplyId + "\"}\n\n";
}

QByteArray relayEnd(int id)
{
    return relayEvent(id, "end", R"({"status":"complete","error":""})");
}

} // namespace

TEST(ConnectorRelay, RetriesAPostCutBeforeTheReplyWasNamedWithTheSameIdempotencyKey)
{
    StreamServer server;
    server.setResponder([calls = 0](const RecordedRequest &) mutable {
        if (++calls == 1) {
            // The relay took the request and started the reply; its answer
            // broke before saying which reply it is.
            StreamResponse cut = sseResponse(relayStart());
            cut.cutAfterBytes = 4;
            return cut;
        }
        return sseResponse(relayStart() + relayText(1, u"Hallo"_s) + relayEnd(2));
    });
    Harness h(u"relay"_s, server.url());
    h.start();

    ASSERT_TRUE(h.run());
    EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
    EXPECT_EQ(h.text, u"Hallo"_s);
    ASSERT_EQ(server.requests().size(), 2);
    const QByteArray key = server.requests().at(0).header("Idempotency-Key");
    EXPECT_EQ(key.size(), 36); // a UUID
    EXPECT_EQ(server.requests().at(1).header("Idempotency-Key"), key);

    // The next reply is another request, and a provider that takes no key is sent none.
    h.create();
    h.start();
    ASSERT_TRUE(h.run());
    ASSERT_EQ(server.requests().size(), 3);
    EXPECT_FALSE(server.requests().at(2).header("Idempotency-Key").isEmpty());
    EXPECT_NE(server.requests().at(2).header("Idempotency-Key"), key);
    StreamServer openAi;
    openAi.setResponse(sseResponse(openAiChatBody(kPieces)));
    Harness plain(u"openai"_s, openAi.url(u"/v1"_s));
    plain.start();
    ASSERT_TRUE(plain.run());
    ASSERT_EQ(openAi.requests().size(), 1);
    EXPECT_TRUE(openAi.requests().at(0).header("Idempotency-Key").isEmpty());
}

TEST(ConnectorRelay, AReplyTheRelayRestartedReplacesTheTextShownWhereverTheStreamWasCut)
{
    const QByteArray body = relayStart() + relayText(1, u"Die alte"_s) + relayText(2, u" Antwort"_s)
                            + relayEvent(3, "restart", "{}") + relayText(4, u"Eine neue"_s)
                            + relayText(5, u" Antwort"_s) + relayEnd(6);
    const qsizetype firstEvent = body.indexOf("id: 1\n");
    for (const qsizetype cut : {body.indexOf("id: 3\n"), body.indexOf("id: 4\n"), body.indexOf("id: 5\n")}) {
        SCOPED_TRACE(cut);
        StreamServer server;
        server.setResponder([&body, cut, firstEvent](const RecordedRequest &request) {
            if (request.method == "POST") {
                StreamResponse first = sseResponse(body);
                first.cutAfterBytes = cut;
                return first;
            }
            // Resumed after the last event the client saw.
            const QByteArray after = request.header("Last-Event-ID");
            const qsizetype from = after.isEmpty()
                                       ? firstEvent
                                       : body.indexOf(
                                           QByteArray("id: " + QByteArray::number(after.toInt() + 1) + "\n"));
            return sseResponse(body.sliced(from));
        });
        Harness h(u"relay"_s, server.url());
        h.start();

        ASSERT_TRUE(h.run());
        EXPECT_EQ(h.finishedCount, 1) << qPrintable(h.errorMessage());
        EXPECT_EQ(h.restarts, 1);
        EXPECT_EQ(h.text, u"Eine neue Antwort"_s);
        EXPECT_EQ(h.connector->text(), u"Eine neue Antwort"_s);
        EXPECT_EQ(server.requests().size(), 2);
    }
}
