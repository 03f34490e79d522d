// inkchat-relay forgets what nobody will ask for again (issue 20): replies
// that ended and were started more than --keep-days days ago (30 unless
// told), with their events, when it starts and hourly after.

#include "relaytestsupport.h"

#include "store/relaydatabase.h"

#include <QDateTime>
#include <QDir>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat::test;
using namespace inkchat::test::relay;

TEST(RelayRetention, ServeForgetsRepliesThatEndedLongAgo)
{
    QTemporaryDir dir;
    StreamServer upstream;
    upstream.setResponse(sseResponse(openAiChatBody({u"Hallo"_s, u" Welt"_s})));
    const QString data = dir.filePath(u"data"_s);
    QByteArray token;
    QByteArray oldReply;
    QByteArray recentReply;
    {
        RelayProcess relay(data, upstream.url(u"/v1"_s));
        ASSERT_TRUE(relay.isRunning());
        token = relay.pair();
        for (QByteArray *reply : {&oldReply, &recentReply}) {
            HttpClient ask(relay.port(), "POST", "/v1/replies", auth(token), askBody());
            ASSERT_TRUE(ask.waitForEnd());
            *reply = replyIdOf(ask);
            ASSERT_FALSE(reply->isEmpty());
        }
        ASSERT_TRUE(relay.terminate());
    }
    {
        // One of them was asked 31 days ago.
        auto database = inkchat::relay::RelayDatabase::open(QDir(data).filePath(u"relay.sqlite"_s));
        ASSERT_TRUE(database);
        QSqlQuery backdate((*database)->db());
        ASSERT_TRUE(backdate.prepare(u"UPDATE replies SET created = ? WHERE id = ?"_s));
        backdate.addBindValue(QDateTime::currentDateTimeUtc().addDays(-31).toSecsSinceEpoch());
        backdate.addBindValue(QString::fromLatin1(oldReply));
        ASSERT_TRUE(backdate.exec());
    }

    RelayProcess relay(data, upstream.url(u"/v1"_s));
    ASSERT_TRUE(relay.isRunning());
    EXPECT_EQ(request(relay.port(), "GET", "/v1/replies/" + oldReply + "/events", token).status, 404);
    const Answer recent = request(relay.port(), "GET", "/v1/replies/" + recentReply + "/events", token);
    EXPECT_EQ(recent.status, 200);
    EXPECT_TRUE(recent.body.contains("Welt")) << recent.body.toStdString();
    EXPECT_TRUE(relay.waitForOutput("forgot 1 replies")) << relay.output().toStdString();
}
