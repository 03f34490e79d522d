#pragma once

#include "manualclock.h"
#include "store/conversationstore.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

#include <memory>

namespace inkchat::store::test {

/// A plain SQLite connection of the test's own, to set up a file as an
/// older or foreign program would, or to look at it behind the store's back.
class RawConnection
{
public:
    explicit RawConnection(const QString &path);
    ~RawConnection();

    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    /// Runs one statement; fails the test (and returns false) on an error.
    bool exec(const QString &sql);
    /// The first column of the first row, or an invalid QVariant on error.
    QVariant scalar(const QString &sql);

private:
    QSqlDatabase m_db;
};

/// A store on a new file in its own temporary folder, stamped by a manual
/// clock so times and orderings are exact.
class StoreTest : public ::testing::Test
{
protected:
    void SetUp() override;

    QString path() const;
    /// Another store on the same file, as a second process would open it.
    std::unique_ptr<ConversationStore> openSecondStore(const StoreOptions &options = {});

    /// Creates a conversation; fails the test if it cannot.
    chat::ConversationRecord addConversation(const QString &title);
    /// Appends a message; fails the test if it cannot.
    chat::MessageRecord addMessage(qint64 conversationId, chat::Role role, const QString &text,
                                   chat::MessageStatus status = chat::MessageStatus::Complete);

    QTemporaryDir m_dir;
    inkchat::test::ManualClock m_clock;
    std::unique_ptr<ConversationStore> m_store;
};

/// The file's bytes, to show that a refused file was left alone.
QByteArray fileBytes(const QString &path);

} // namespace inkchat::store::test
