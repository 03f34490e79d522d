#include "storetesting.h"

#include "chat/attachment.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace inkchat::store::test {
namespace {

using StoreAttachmentsTest = StoreTest;

chat::Attachment png(const QString &name, qsizetype size)
{
    QByteArray data("\x89PNG\r\n\x1a\n");
    data.append(QByteArray(size - data.size(), 'x'));
    return {u"image/png"_s, name, data};
}

chat::MessageRecord questionWith(const chat::Attachments &attachments)
{
    chat::MessageRecord question;
    question.text = u"What is this?"_s;
    question.attachments = attachments;
    return question;
}

TEST_F(StoreAttachmentsTest, KeepsImagesInTheirOrderAndReadsThemWithEveryRead)
{
    const chat::ConversationRecord conversation = addConversation(u"Photos"_s);
    const chat::Attachments images{png(u"first.png"_s, 100), png(u"second.png"_s, chat::kMaxAttachmentBytes)};
    const auto stored = m_store->appendMessage(conversation.id, questionWith(images));
    ASSERT_TRUE(stored) << stored.error().message.toStdString();
    addMessage(conversation.id, chat::Role::Assistant, u"Two pictures."_s);

    EXPECT_EQ(m_store->message(stored->id)->attachments, images);
    const QList<chat::MessageRecord> messages = *m_store->messages(conversation.id);
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages.at(0).attachments, images);
    EXPECT_TRUE(messages.at(1).attachments.isEmpty());
    // Another process reads them too.
    EXPECT_EQ(openSecondStore()->message(stored->id)->attachments, images);
}

TEST_F(StoreAttachmentsTest, RefusesAnImageAboveTheLimitClearlyAndStoresNothing)
{
    const chat::ConversationRecord conversation = addConversation(u"Photos"_s);
    const auto stored = m_store->appendMessage(
        conversation.id,
        questionWith({png(u"small.png"_s, 10), png(u"huge.png"_s, chat::kMaxAttachmentBytes + 1)}));
    ASSERT_FALSE(stored);
    EXPECT_EQ(stored.error().kind, Error::Kind::LimitExceeded);
    EXPECT_EQ(stored.error().message, u"huge.png is 5.0 MB; images of up to 5.0 MB can be stored."_s);
    EXPECT_EQ(stored.error().code, Error::Code::ImageTooLarge);
    EXPECT_EQ(stored.error().subject, u"huge.png"_s);
    EXPECT_EQ(stored.error().values, QStringList({QString::number(chat::kMaxAttachmentBytes + 1),
                                                  QString::number(chat::kMaxAttachmentBytes)}));
    // Neither the message nor its first image was kept.
    EXPECT_TRUE(m_store->messages(conversation.id)->isEmpty());
    RawConnection raw(path());
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM message_attachments"_s).toInt(), 0);
}

TEST_F(StoreAttachmentsTest, TheDatabaseItselfRefusesAnImageAboveTheLimit)
{
    const chat::ConversationRecord conversation = addConversation(u"Photos"_s);
    const chat::MessageRecord question = *m_store->appendMessage(conversation.id, questionWith({}));
    {
        // A writer that skips the store's check, as another build might.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"unchecked-writer"_s);
        db.setDatabaseName(path());
        ASSERT_TRUE(db.open());
        QSqlQuery insert(db);
        const QString sql = u"INSERT INTO message_attachments (message_id, position, mime_type, data) "
                            "VALUES (%1, %2, 'image/png', zeroblob(%3))"_s;
        EXPECT_TRUE(insert.exec(sql.arg(question.id).arg(0).arg(chat::kMaxAttachmentBytes)));
        EXPECT_FALSE(insert.exec(sql.arg(question.id).arg(1).arg(chat::kMaxAttachmentBytes + 1)));
        EXPECT_TRUE(insert.lastError().text().contains(u"CHECK"_s))
            << insert.lastError().text().toStdString();
    }
    QSqlDatabase::removeDatabase(u"unchecked-writer"_s);
    EXPECT_EQ(m_store->message(question.id)->attachments.size(), 1);
}

TEST_F(StoreAttachmentsTest, RefusesMoreImagesThanAMessageCarries)
{
    const chat::ConversationRecord conversation = addConversation(u"Photos"_s);
    chat::Attachments many;
    for (int i = 0; i <= chat::kMaxAttachmentsPerMessage; ++i)
        many.append(png(u"%1.png"_s.arg(i), 10));
    const auto stored = m_store->appendMessage(conversation.id, questionWith(many));
    ASSERT_FALSE(stored);
    EXPECT_EQ(stored.error().kind, Error::Kind::LimitExceeded);
}

TEST_F(StoreAttachmentsTest, AnImportKeepsImagesAndAnOversizedOneStoresNothing)
{
    chat::ConversationRecord conversation;
    conversation.uuid = u"imported-photos"_s;
    chat::MessageRecord question = questionWith({png(u"ok.png"_s, 50)});
    question.uuid = u"q-1"_s;
    const auto imported = m_store->importConversation(conversation, {question});
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_EQ(m_store->messages(imported->conversationId)->at(0).attachments, question.attachments);

    conversation.uuid = u"imported-too-big"_s;
    question.uuid = u"q-2"_s;
    question.attachments = {png(u"big.png"_s, chat::kMaxAttachmentBytes + 1)};
    const auto refused = m_store->importConversation(conversation, {question});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, Error::Kind::LimitExceeded);
    EXPECT_FALSE(m_store->conversationByUuid(u"imported-too-big"_s)->has_value());
}

} // namespace
} // namespace inkchat::store::test
