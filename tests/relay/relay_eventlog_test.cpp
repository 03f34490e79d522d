// The relay's event log (issue 20): what a reply's text is after the
// upstream answered afresh, and which reply a retried request started.

#include "store/eventlog.h"
#include "store/relaydatabase.h"

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
