// The relay's event log (issue 20): what a reply's text is after the
// upstream answered afresh, which reply a retried request started, and
// which replies are old enough to forget.

#include "store/eventlog.h"
#include "store/relaydatabase.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat::relay;

TEST(RelayEventLog, TheTextAfterARestartReplacesTheTextBeforeIt)
{
    QTemporaryDir dir;
    auto database = RelayDatabase::open(dir.filePath(u"relay.sqlite"_s));
    ASSERT_TRUE(database) << database.error().message.toStdString();
    EventLog log(**database);
    const QString reply = *log.createReply("{}");
    ASSERT_TRUE(log.append(reply, ReplyEvent::Kind::Text, u"Die alte"_s));
    ASSERT_TRUE(log.append(reply, ReplyEvent::Kind::Restart, {}));
    ASSERT_TRUE(log.append(reply, ReplyEvent::Kind::Text, u"Eine "_s));
    ASSERT_TRUE(log.append(reply, ReplyEvent::Kind::Text, u"neue"_s));
    // What a relay that restarts carries on from, and what the page shows.
    EXPECT_EQ(*log.text(reply), u"Eine neue"_s);
    const QList<ReplyEvent> events = *log.eventsAfter(reply, 1, 10);
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events.at(0).seq, 2);
    EXPECT_EQ(events.at(0).kind, ReplyEvent::Kind::Restart);
    EXPECT_EQ(events.at(1).kind, ReplyEvent::Kind::Text);
}

TEST(RelayEventLog, AnIdempotencyKeyNamesTheReplyOfItsOwnDeviceOnly)
{
    QTemporaryDir dir;
    auto database = RelayDatabase::open(dir.filePath(u"relay.sqlite"_s));
    ASSERT_TRUE(database);
    EventLog log(**database);
    const QString reply = *log.createReply("{\"messages\":[]}");
    EXPECT_FALSE(log.rememberKey(1, u"key-1"_s, reply));
    const auto found = *log.replyForKey(1, u"key-1"_s);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->id, reply);
    EXPECT_EQ(found->request, "{\"messages\":[]}");
    EXPECT_FALSE(*log.replyForKey(2, u"key-1"_s)); // another device's request is its own
    EXPECT_FALSE(*log.replyForKey(1, u"key-2"_s));
}

TEST(RelayEventLog, OldEndedRepliesAreForgottenWithTheirEventsAndKeys)
{
    QTemporaryDir dir;
    auto database = RelayDatabase::open(dir.filePath(u"relay.sqlite"_s));
    ASSERT_TRUE(database);
    EventLog log(**database);
    const auto reply = [&log](bool ended) {
        const QString id = *log.createReply("{}");
        EXPECT_TRUE(log.append(id, ReplyEvent::Kind::Text, u"Hallo"_s));
        if (ended) {
            EXPECT_TRUE(log.append(id, ReplyEvent::Kind::End, u"complete"_s));
        }
        return id;
    };
    const QString oldEnded = reply(true);
    const QString oldStreaming = reply(false);
    const QString recentEnded = reply(true);
    EXPECT_FALSE(log.rememberKey(1, u"old"_s, oldEnded));
    EXPECT_FALSE(log.rememberKey(1, u"recent"_s, recentEnded));
    // Started 40 days ago, as a relay that has served a while finds them.
    QSqlQuery backdate((*database)->db());
    ASSERT_TRUE(backdate.prepare(u"UPDATE replies SET created = ? WHERE id IN (?, ?)"_s));
    backdate.addBindValue(QDateTime::currentDateTimeUtc().addDays(-40).toSecsSinceEpoch());
    backdate.addBindValue(oldEnded);
    backdate.addBindValue(oldStreaming);
    ASSERT_TRUE(backdate.exec());

    EXPECT_EQ(*log.forgetEndedBefore(QDateTime::currentDateTimeUtc().addDays(-30)), 1);
    EXPECT_FALSE(*log.reply(oldEnded));
    EXPECT_TRUE(log.eventsAfter(oldEnded, 0, 10)->isEmpty());
    EXPECT_FALSE(*log.replyForKey(1, u"old"_s));
    // Still streaming, however old: a client may yet come back for it.
    EXPECT_TRUE(*log.reply(oldStreaming));
    EXPECT_EQ(log.eventsAfter(oldStreaming, 0, 10)->size(), 1);
    EXPECT_TRUE(*log.reply(recentEnded));
    EXPECT_EQ(log.eventsAfter(recentEnded, 0, 10)->size(), 2);
    EXPECT_TRUE(*log.replyForKey(1, u"recent"_s));
}
