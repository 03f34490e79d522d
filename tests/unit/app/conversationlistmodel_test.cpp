// The conversation list: newest first, always one open, named after the
// first message unless the user named it.

#include "models/conversationlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::app::ConversationListModel;
using inkchat::app::MessageStatus;
using inkchat::app::TranscriptMessage;
using inkchat::chat::Role;

namespace {

/// Every model in these tests runs under the tester, which aborts on any
/// inconsistent signal or row count.
struct ConversationListModelTest : ::testing::Test
{
    ConversationListModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    QStringList titles() const
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.data(model.index(row), ConversationListModel::TitleRole).toString());
        return result;
    }

    QString idAt(int row) const { return model.data(model.index(row), ConversationListModel::IdRole).toString(); }

    static QList<TranscriptMessage> exchange(const QString &question)
    {
        return {{Role::User, question, MessageStatus::Complete, {}},
                {Role::Assistant, u"An answer."_s, MessageStatus::Complete, {}}};
    }
};

TEST_F(ConversationListModelTest, StartsWithOneNewChatThatIsOpen)
{
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(titles(), QStringList{u"New chat"_s});
    EXPECT_EQ(model.currentIndex(), 0);
    EXPECT_FALSE(model.currentId().isEmpty());
    EXPECT_EQ(model.currentId(), idAt(0));
    EXPECT_TRUE(model.messages(model.currentId()).isEmpty());
    EXPECT_EQ(model.data(model.index(0), ConversationListModel::MessageCountRole).toInt(), 0);
    EXPECT_EQ(model.roleNames().value(ConversationListModel::TitleRole), "title");
}

TEST_F(ConversationListModelTest, CreatePutsANewConversationOnTopAndOpensIt)
{
    const QString first = model.currentId();
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
    const QString open = model.currentId();

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
    const QString older = idAt(1);

    model.remove(0);
    EXPECT_EQ(titles(), QStringList{u"Older"_s});
    EXPECT_EQ(model.currentId(), older);
}

TEST_F(ConversationListModelTest, RemovingTheLastConversationLeavesAFreshOne)
{
    const QString only = model.currentId();
    model.setMessages(only, exchange(u"Hello"_s));
    QSignalSpy current(&model, &ConversationListModel::currentIndexChanged);

    model.remove(0);

    EXPECT_EQ(titles(), QStringList{u"New chat"_s});
    EXPECT_EQ(model.currentIndex(), 0);
    EXPECT_NE(model.currentId(), only);
    EXPECT_TRUE(model.messages(model.currentId()).isEmpty());
    EXPECT_TRUE(model.messages(only).isEmpty()) << "the removed conversation is gone";
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
    const QString first = model.currentId();
    model.create();
    const QString second = model.currentId();

    model.setMessages(first, exchange(u"one"_s));
    EXPECT_EQ(model.messages(first).size(), 2);
    EXPECT_EQ(model.messages(first).at(0).text, u"one"_s);
    EXPECT_TRUE(model.messages(second).isEmpty());
    EXPECT_EQ(model.data(model.index(1), ConversationListModel::MessageCountRole).toInt(), 2);
    EXPECT_TRUE(model.messages(u"no-such-id"_s).isEmpty());
    model.setMessages(u"no-such-id"_s, exchange(u"lost"_s)); // ignored
    EXPECT_EQ(model.rowCount(), 2);
}

TEST_F(ConversationListModelTest, NamesAnUntitledConversationAfterItsFirstMessage)
{
    const QString id = model.currentId();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setMessages(id, exchange(u"  What is\nan e-ink   panel? "_s));

    EXPECT_EQ(model.titleAt(0), u"What is an e-ink panel?"_s);
    ASSERT_EQ(changed.count(), 1);
    const auto roles = changed.at(0).at(2).value<QList<int>>();
    EXPECT_TRUE(roles.contains(ConversationListModel::TitleRole));
    EXPECT_TRUE(roles.contains(ConversationListModel::MessageCountRole));

    // Named once: later messages do not rename it.
    model.setMessages(id, exchange(u"Something else entirely"_s));
    EXPECT_EQ(model.titleAt(0), u"What is an e-ink panel?"_s);
}

TEST_F(ConversationListModelTest, ElidesALongFirstMessageTo48Characters)
{
    const QString question = u"Please explain in great detail how partial refreshes on e-ink work"_s;
    model.setMessages(model.currentId(), exchange(question));

    const QString title = model.titleAt(0);
    EXPECT_EQ(title.size(), 48) << qPrintable(title);
    EXPECT_TRUE(title.endsWith(u'…')) << qPrintable(title);
    EXPECT_TRUE(question.startsWith(title.chopped(1))) << qPrintable(title);

    model.create();
    const QString exact(48, u'x');
    model.setMessages(model.currentId(), exchange(exact));
    EXPECT_EQ(model.titleAt(0), exact) << "48 characters fit";
}

TEST_F(ConversationListModelTest, KeepsTheNameTheUserGave)
{
    model.rename(0, u"Work"_s);
    model.setMessages(model.currentId(), exchange(u"Hello"_s));
    EXPECT_EQ(model.titleAt(0), u"Work"_s);
}

TEST_F(ConversationListModelTest, StaysUntitledWithoutMessages)
{
    model.setMessages(model.currentId(), {});
    EXPECT_EQ(model.titleAt(0), u"New chat"_s);
    model.setMessages(model.currentId(), exchange(u"Later"_s));
    EXPECT_EQ(model.titleAt(0), u"Later"_s);
}

} // namespace
