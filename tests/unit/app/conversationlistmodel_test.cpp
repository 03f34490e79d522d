// The conversation list: newest first, always one open, named after the
// first message unless the user named it, kept in the conversation store.

#include "apptesting.h"

#include "models/conversationlistmodel.h"

#include "store/conversationstore.h"

#include "manualclock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::app::ConversationListModel;
using inkchat::chat::Role;
using inkchat::store::ConversationStore;
using inkchat::test::app::TestSessions;

namespace {

/// Every model in these tests runs under the tester, which aborts on any
/// inconsistent signal or row count.
struct ConversationListModelTest : ::testing::Test
{
    std::unique_ptr<ConversationStore> store = ConversationStore::open(ConversationStore::kInMemory).value();
    TestSessions sessions{*store};
    ConversationListModel model{*store, *sessions.registry};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    QStringList titles() const
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.data(model.index(row), ConversationListModel::TitleRole).toString());
        return result;
    }

    qint64 idAt(int row) const
    {
        return model.data(model.index(row), ConversationListModel::IdRole).toLongLong();
    }

    /// A question and its answer, through the conversation's chat session.
    void addExchange(qint64 id, const QString &question) { ASSERT_TRUE(sessions.exchange(id, question)); }

    qsizetype storedCount(qint64 id) const { return store->messages(id).value().size(); }
};

TEST_F(ConversationListModelTest, StartsWithOneNewChatThatIsOpen)
{
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(titles(), QStringList{u"New chat"_s});
    EXPECT_EQ(model.currentIndex(), 0);
    EXPECT_NE(model.currentId(), 0);
    EXPECT_EQ(model.currentId(), idAt(0));
    EXPECT_EQ(storedCount(model.currentId()), 0);
    EXPECT_EQ(model.data(model.index(0), ConversationListModel::MessageCountRole).toInt(), 0);
    EXPECT_FALSE(model.data(model.index(0), ConversationListModel::IsStreamingRole).toBool());
    EXPECT_EQ(model.roleNames().value(ConversationListModel::TitleRole), "title");
    EXPECT_EQ(model.roleNames().value(ConversationListModel::IsStreamingRole), "isStreaming");
}

TEST_F(ConversationListModelTest, CreatePutsANewConversationOnTopAndOpensIt)
{
    const qint64 first = model.currentId();
    model.rename(0, u"First"_s);
    QSignalSpy current(&model, &ConversationListModel::currentIndexChanged);
    QSignalSpy count(&model, &ConversationListModel::countChanged);

    EXPECT_EQ(model.create(), 0);

    EXPECT_EQ(titles(), (QStringList{u"New chat"_s, u"First"_s}));
    EXPECT_EQ(model.currentIndex(), 0);
    EXPECT_NE(model.currentId(), first);
    EXPECT_EQ(idAt(1), first);
    EXPECT_EQ(current.count(), 1);
    EXPECT_EQ(count.count(), 1);
}

TEST_F(ConversationListModelTest, RenameSetsTheTitleAndIgnoresAnEmptyOne)
{
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.rename(0, u"  Trip   to\tLisbon "_s);
    EXPECT_EQ(model.titleAt(0), u"Trip to Lisbon"_s);
    EXPECT_EQ(changed.count(), 1);

    model.rename(0, u"   "_s);
    model.rename(0, QString());
    model.rename(5, u"Nowhere"_s);
    EXPECT_EQ(model.titleAt(0), u"Trip to Lisbon"_s);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(model.titleAt(5), QString());
}

TEST_F(ConversationListModelTest, RemovingAnotherConversationKeepsTheOpenOneOpen)
{
    model.rename(0, u"Oldest"_s);
    model.create();
    model.rename(0, u"Middle"_s);
    model.create();
    model.rename(0, u"Newest"_s);
    model.setCurrentIndex(1);
    const qint64 open = model.currentId();

    model.remove(0); // above the open one: it moves up a row
    EXPECT_EQ(titles(), (QStringList{u"Middle"_s, u"Oldest"_s}));
    EXPECT_EQ(model.currentId(), open);
    EXPECT_EQ(model.currentIndex(), 0);

    model.remove(1); // below it
    EXPECT_EQ(titles(), QStringList{u"Middle"_s});
    EXPECT_EQ(model.currentId(), open);
}

TEST_F(ConversationListModelTest, RemovingTheOpenConversationOpensItsNeighbour)
{
    model.rename(0, u"Older"_s);
    model.create();
    model.rename(0, u"Newer"_s);
    ASSERT_EQ(model.currentIndex(), 0);
    const qint64 older = idAt(1);

    model.remove(0);
    EXPECT_EQ(titles(), QStringList{u"Older"_s});
    EXPECT_EQ(model.currentId(), older);
}

TEST_F(ConversationListModelTest, RemovingTheLastConversationLeavesAFreshOne)
{
    const qint64 only = model.currentId();
    addExchange(only, u"Hello"_s);
    QSignalSpy current(&model, &ConversationListModel::currentIndexChanged);

    model.remove(0);

    EXPECT_EQ(titles(), QStringList{u"New chat"_s});
    EXPECT_EQ(model.currentIndex(), 0);
    EXPECT_NE(model.currentId(), only);
    EXPECT_EQ(storedCount(model.currentId()), 0);
    EXPECT_FALSE(store->conversation(only)) << "the removed conversation is gone";
    EXPECT_GE(current.count(), 1) << "the open conversation changed";
}

TEST_F(ConversationListModelTest, IgnoresRowsThatDoNotExist)
{
    model.remove(-1);
    model.remove(1);
    model.setCurrentIndex(3);
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.currentIndex(), 0);
}

TEST_F(ConversationListModelTest, StoresMessagesPerConversation)
{
    const qint64 first = model.currentId();
    addExchange(first, u"one"_s);
    model.create();
    const qint64 second = model.currentId();
    ASSERT_NE(second, first);

    EXPECT_EQ(storedCount(first), 2);
    EXPECT_EQ(store->messages(first)->at(0).text, u"one"_s);
    EXPECT_EQ(storedCount(second), 0);
    EXPECT_EQ(model.data(model.index(1), ConversationListModel::MessageCountRole).toInt(), 2);
    EXPECT_EQ(model.data(model.index(0), ConversationListModel::MessageCountRole).toInt(), 0);
}

TEST_F(ConversationListModelTest, NewChatOpensTheEmptyChatThereIsInsteadOfMakingAnother)
{
    addExchange(model.currentId(), u"Written in"_s);
    const int emptyRow = model.create();
    const qint64 empty = model.currentId();
    model.setCurrentIndex(model.rowOf(idAt(1)));

    // One click made a chat, and the user left it unused: it is gone.
    EXPECT_EQ(model.rowOf(empty), -1);
    EXPECT_FALSE(store->conversation(empty)) << "an unused chat is not kept";
    EXPECT_EQ(model.rowCount(), 1);

    // Each press of New chat (Space on a focused button, Ctrl+N held down)
    // opens the one empty chat.
    EXPECT_EQ(model.create(), emptyRow);
    const qint64 fresh = model.currentId();
    EXPECT_EQ(model.create(), emptyRow);
    EXPECT_EQ(model.create(), emptyRow);
    EXPECT_EQ(model.currentId(), fresh);
    EXPECT_EQ(model.rowCount(), 2);
}

TEST_F(ConversationListModelTest, ANamedChatWithoutMessagesIsKept)
{
    const qint64 named = model.currentId();
    model.rename(0, u"Ideas for later"_s);
    model.create(); // leaves the named chat
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_NE(model.rowOf(named), -1);
    EXPECT_TRUE(store->conversation(named));
}

TEST_F(ConversationListModelTest, DropsTheEmptyChatsAnEarlierSessionLeft)
{
    // Made an hour ago, by the clock of the session that made them.
    inkchat::test::ManualClock earlier(QDateTime::currentDateTimeUtc().addSecs(-3600));
    auto old = ConversationStore::open(ConversationStore::kInMemory, earlier).value();
    const qint64 abandoned = old->createConversation({}).value().id;
    const qint64 written = old->createConversation({}).value().id;
    inkchat::chat::MessageRecord message;
    message.role = Role::User;
    message.text = u"Kept"_s;
    ASSERT_TRUE(old->appendMessage(written, message));

    TestSessions oldSessions{*old};
    ConversationListModel later(*old, *oldSessions.registry);
    EXPECT_EQ(later.rowCount(), 1);
    EXPECT_EQ(later.currentId(), written);
    EXPECT_FALSE(old->conversation(abandoned)) << "the abandoned chat is deleted";
}

TEST_F(ConversationListModelTest, NamesAnUntitledConversationAfterItsFirstMessage)
{
    const qint64 id = model.currentId();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    addExchange(id, u"  What is an e-ink\t  panel? \nIt is grey."_s);

    EXPECT_EQ(model.titleAt(0), u"What is an e-ink panel?"_s);
    EXPECT_EQ(store->conversation(id)->title, u"What is an e-ink panel?"_s) << "the name is stored";
    QList<int> roles;
    for (const QList<QVariant> &signal : changed)
        roles += signal.at(2).value<QList<int>>();
    EXPECT_TRUE(roles.contains(ConversationListModel::TitleRole));
    EXPECT_TRUE(roles.contains(ConversationListModel::MessageCountRole));
    EXPECT_TRUE(roles.contains(ConversationListModel::IsStreamingRole)) << "its reply came and went";

    // Named once: later messages do not rename it.
    addExchange(id, u"Something else entirely"_s);
    EXPECT_EQ(model.titleAt(0), u"What is an e-ink panel?"_s);
}

TEST_F(ConversationListModelTest, ShowsTheTitleTheSessionCutFromALongFirstMessage)
{
    const QString question = u"Please explain in great detail how partial refreshes on e-ink panels work"_s;
    addExchange(model.currentId(), question);

    const QString title = model.titleAt(0);
    EXPECT_EQ(title, inkchat::chat::titleFromMessage(question)) << "the one rule of every front end";
    EXPECT_TRUE(title.endsWith(u'…')) << qPrintable(title);
    EXPECT_EQ(store->conversation(model.currentId())->title, title);
}

TEST_F(ConversationListModelTest, KeepsTheNameTheUserGave)
{
    model.rename(0, u"Work"_s);
    addExchange(model.currentId(), u"Hello"_s);
    EXPECT_EQ(model.titleAt(0), u"Work"_s);
}

TEST_F(ConversationListModelTest, StaysUntitledWithoutMessages)
{
    EXPECT_EQ(model.titleAt(0), u"New chat"_s);
    addExchange(model.currentId(), u"Later"_s);
    EXPECT_EQ(model.titleAt(0), u"Later"_s);
}

TEST_F(ConversationListModelTest, ComesBackFromTheStoreNewestFirstWithTheirMessages)
{
    model.rename(0, u"Older"_s);
    addExchange(model.currentId(), u"kept"_s);
    model.create();
    model.rename(0, u"Newer"_s);
    addExchange(model.currentId(), u"also kept"_s);

    ConversationListModel again(*store, *sessions.registry); // the next start of the app
    QAbstractItemModelTester tester2{&again, QAbstractItemModelTester::FailureReportingMode::Fatal};
    ASSERT_EQ(again.rowCount(), 2);
    EXPECT_EQ(again.titleAt(0), u"Newer"_s);
    EXPECT_EQ(again.titleAt(1), u"Older"_s);
    EXPECT_EQ(again.currentIndex(), 0);
    EXPECT_EQ(again.data(again.index(1), ConversationListModel::MessageCountRole).toInt(), 2);
    const auto messages = store->messages(
        again.data(again.index(1), ConversationListModel::IdRole).toLongLong());
    ASSERT_EQ(messages->size(), 2);
    EXPECT_EQ(messages->at(0).text, u"kept"_s);
}

TEST_F(ConversationListModelTest, RenameAndDeleteReachTheStore)
{
    model.rename(0, u"Named"_s);
    const qint64 named = model.currentId();
    EXPECT_EQ(store->conversation(named)->title, u"Named"_s);
    model.remove(0);
    EXPECT_FALSE(store->conversation(named)) << "deleted from the store";
    EXPECT_EQ(store->conversations()->size(), 1) << "the fresh conversation that replaced it";
}

} // namespace
