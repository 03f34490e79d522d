// A conversation's versions survive an Inkchat JSON export and import: the
// whole tree, the branch shown, every field.

#include "storetesting.h"

#include "export/conversationimporter.h"
#include "export/exporter.h"
#include "export/jsonwriter.h"
#include "export/markdownwriter.h"

#include <QBuffer>
#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace inkchat::store::test {
namespace {

using chat::MessageRecord;
using chat::Role;

MessageRecord message(Role role, const QString &text)
{
    MessageRecord record;
    record.role = role;
    record.text = text;
    return record;
}

QStringList texts(const QList<MessageRecord> &messages)
{
    QStringList list;
    for (const MessageRecord &m : messages)
        list.append(m.text);
    return list;
}

/// Ids and times differ between stores; everything else must not.
QList<MessageRecord> withoutIds(QList<MessageRecord> messages)
{
    for (MessageRecord &m : messages)
        m.id = 0;
    return messages;
}

TEST_F(StoreTest, AJsonExportKeepsEveryVersionAndImportsBackWithoutLoss)
{
    // First question edited once (two roots), its reply regenerated, and
    // the first branch shown.
    const qint64 id = m_store->createConversation({}).value().id;
    const MessageRecord question = m_store->appendMessage(id, message(Role::User, u"Frage"_s)).value();
    const MessageRecord first = m_store->appendMessage(id, message(Role::Assistant, u"Antwort 1"_s)).value();
    m_store->appendVersion(id, first.id, message(Role::Assistant, u"Antwort 2"_s)).value();
    m_store->appendVersion(id, question.id, message(Role::User, u"Frage, anders"_s)).value();
    m_store->appendMessage(id, message(Role::Assistant, u"Antwort 3"_s)).value();
    ASSERT_FALSE(m_store->showVersion(question.id, 1));
    ASSERT_FALSE(m_store->showVersion(first.id, 1));
    const QList<MessageRecord> shownBefore = m_store->messages(id).value();
    ASSERT_EQ(texts(shownBefore), (QStringList{u"Frage"_s, u"Antwort 1"_s}));
    EXPECT_EQ(std::pair(shownBefore[0].version, shownBefore[0].versionCount), std::pair(1, 2));
    EXPECT_EQ(std::pair(shownBefore[1].version, shownBefore[1].versionCount), std::pair(1, 2));

    const QString path = m_dir.filePath(u"tree.json"_s);
    {
        exporting::JsonWriter writer(path);
        ASSERT_FALSE(exporting::exportConversations(*m_store, {id}, writer));
    }
    // Markdown shows the branch a reader sees, nothing else.
    const QString markdownPath = m_dir.filePath(u"tree.md"_s);
    {
        exporting::MarkdownWriter writer(markdownPath);
        ASSERT_FALSE(exporting::exportConversations(*m_store, {id}, writer));
    }
    const QByteArray markdown = fileBytes(markdownPath);
    EXPECT_TRUE(markdown.contains("Antwort 1"));
    EXPECT_FALSE(markdown.contains("Antwort 2") || markdown.contains("anders"));

    auto other = ConversationStore::open(ConversationStore::kInMemory).value();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto summary = exporting::importConversations(file, *other);
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_EQ(summary->messages, 5);
    const qint64 imported = other->conversations().value().constFirst().id;
    EXPECT_EQ(other->conversation(imported)->activeLeafUuid, m_store->conversation(id)->activeLeafUuid);
    EXPECT_EQ(withoutIds(other->messages(imported, MessageScope::AllVersions).value()),
              withoutIds(m_store->messages(id, MessageScope::AllVersions).value()));
    EXPECT_EQ(withoutIds(other->messages(imported).value()), withoutIds(shownBefore));
}

} // namespace
} // namespace inkchat::store::test
