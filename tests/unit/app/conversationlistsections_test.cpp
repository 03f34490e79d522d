// The conversation list's groups (issue 19 point 6): pinned conversations
// on top, kept across restarts; the others under Today, Yesterday,
// Previous 7 days, then a heading per month.

#include "apptesting.h"

#include "models/conversationlistmodel.h"
#include "models/datesection.h"

#include "store/conversationstore.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::app::ConversationListModel;
using inkchat::app::DateSection;
using inkchat::store::ConversationStore;
using inkchat::test::app::TestSessions;

namespace {

TEST(DateSection, TodayYesterdayTheWeekBeforeThenMonths)
{
    const QDate today(2026, 12, 6);
    EXPECT_EQ(DateSection::of(today, today), u"Today"_s);
    EXPECT_EQ(DateSection::of(today.addDays(1), today), u"Today"_s) << "a clock set back";
    EXPECT_EQ(DateSection::of(today.addDays(-1), today), u"Yesterday"_s);
    EXPECT_EQ(DateSection::of(today.addDays(-2), today), u"Previous 7 days"_s);
    EXPECT_EQ(DateSection::of(today.addDays(-7), today), u"Previous 7 days"_s);
    EXPECT_EQ(DateSection::of(today.addDays(-8), today), u"November 2026"_s);
    EXPECT_EQ(DateSection::of(QDate(2025, 1, 15), today), u"January 2025"_s);
}

/// A store in a file, so a second model can read it as the next start does.
struct ConversationListSectionsTest : ::testing::Test
{
    QTemporaryDir dir;
    std::unique_ptr<ConversationStore> store = ConversationStore::open(dir.filePath(u"c.sqlite"_s)).value();
    TestSessions sessions{*store};

    /// A named conversation last active `daysAgo` days ago.
    void add(const QString &title, int daysAgo)
    {
        inkchat::chat::ConversationRecord conversation;
        conversation.title = title;
        conversation.createdAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        conversation.updatedAt = conversation.createdAt;
        ASSERT_TRUE(store->importConversation(conversation, {}));
    }

    static QStringList column(const ConversationListModel &model, int role)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.data(model.index(row), role).toString());
        return result;
    }
    static QStringList titles(const ConversationListModel &model)
    {
        return column(model, ConversationListModel::TitleRole);
    }
    static QStringList sections(const ConversationListModel &model)
    {
        return column(model, ConversationListModel::SectionRole);
    }
};

TEST_F(ConversationListSectionsTest, GroupsByLastActivity)
{
    add(u"Old"_s, 60);
    add(u"Last week"_s, 3);
    add(u"Yesterday's"_s, 1);
    add(u"Today's"_s, 0);
    ConversationListModel model(*store, *sessions.registry);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDate old = QDateTime::currentDateTimeUtc().addDays(-60).toLocalTime().date();
    EXPECT_EQ(titles(model), (QStringList{u"Today's"_s, u"Yesterday's"_s, u"Last week"_s, u"Old"_s}));
    EXPECT_EQ(sections(model),
              (QStringList{u"Today"_s, u"Yesterday"_s, u"Previous 7 days"_s,
                           QLocale().standaloneMonthName(old.month()) + u' ' + QString::number(old.year())}));
    EXPECT_EQ(model.roleNames().value(ConversationListModel::SectionRole), "section");
}

TEST_F(ConversationListSectionsTest, PinnedConversationsGoOnTopAndStayThere)
{
    add(u"Old"_s, 60);
    add(u"Last week"_s, 3);
    add(u"Today's"_s, 0);
    {
        ConversationListModel model(*store, *sessions.registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setCurrentIndex(1); // "Last week" is open
        QSignalSpy current(&model, &ConversationListModel::currentIndexChanged);

        model.setPinned(2, true);
        EXPECT_EQ(titles(model), (QStringList{u"Old"_s, u"Today's"_s, u"Last week"_s}));
        EXPECT_EQ(sections(model).first(), u"Pinned"_s);
        EXPECT_TRUE(model.data(model.index(0), ConversationListModel::IsPinnedRole).toBool());
        EXPECT_EQ(model.currentTitle(), u"Last week"_s) << "the open conversation stays open";
        EXPECT_EQ(model.currentIndex(), 2);
        EXPECT_EQ(current.count(), 1);

        model.setPinned(2, true);
        EXPECT_EQ(titles(model), (QStringList{u"Last week"_s, u"Old"_s, u"Today's"_s}))
            << "the most recently active pinned one first";
        EXPECT_EQ(sections(model), (QStringList{u"Pinned"_s, u"Pinned"_s, u"Today"_s}));

        model.create();
        EXPECT_EQ(titles(model), (QStringList{u"Last week"_s, u"Old"_s, u"New chat"_s, u"Today's"_s}))
            << "a new chat goes on top of the unpinned ones";
        EXPECT_EQ(model.currentIndex(), 2);
        model.setCurrentIndex(0); // leaving the empty chat deletes it
    }
    ConversationListModel restarted(*store, *sessions.registry);
    QAbstractItemModelTester tester(&restarted, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(titles(restarted), (QStringList{u"Last week"_s, u"Old"_s, u"Today's"_s}))
        << "kept in the store";

    restarted.setPinned(0, false);
    EXPECT_EQ(titles(restarted), (QStringList{u"Old"_s, u"Today's"_s, u"Last week"_s}))
        << "back to its place by activity";
    EXPECT_EQ(sections(restarted), (QStringList{u"Pinned"_s, u"Today"_s, u"Previous 7 days"_s}));
}

} // namespace
