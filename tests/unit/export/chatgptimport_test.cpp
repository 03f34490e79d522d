#include "export/chatgptimport.h"

#include "exporttesting.h"

#include <QFile>

#include <algorithm>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat::exporting;
using inkchat::Error;
using inkchat::chat::MessageRecord;
using inkchat::chat::MessageStatus;
using inkchat::chat::Role;

namespace {

QList<ImportedConversation> importFixture()
{
    QFile file(QStringLiteral(INKCHAT_TEST_DATA_DIR "/import/chatgpt-conversations.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    const auto imported = importChatGptExport(file);
    EXPECT_TRUE(imported) << (imported ? std::string() : imported.error().message.toStdString());
    return imported ? imported.value() : QList<ImportedConversation>();
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

/// The branch the conversation shows: from its active leaf up through the
/// parents, oldest first.
QList<MessageRecord> shown(const ImportedConversation &c)
{
    QList<MessageRecord> branch;
    QString next = c.conversation.activeLeafUuid;
    while (!next.isEmpty()) {
        const auto it = std::find_if(c.messages.cbegin(), c.messages.cend(),
                                     [&](const MessageRecord &m) { return m.uuid == next; });
        if (it == c.messages.cend())
            break;
        branch.prepend(*it);
        next = it->parentUuid;
    }
    return branch;
}

QStringList texts(const QList<MessageRecord> &messages)
{
    QStringList out;
    for (const MessageRecord &m : messages)
        out.append(m.text);
    return out;
}

QStringList texts(const ImportedConversation &c)
{
    return texts(shown(c));
}

Error importError(const QByteArray &json)
{
    const auto imported = importChatGptExport(json);
    EXPECT_FALSE(imported) << json.toStdString();
    return imported ? Error() : imported.error();
}

} // namespace

TEST(ChatGptImport, ReadsEveryConversationWithItsMetadata)
{
    const QList<ImportedConversation> imported = importFixture();
    ASSERT_EQ(imported.size(), 3);
    const inkchat::chat::ConversationRecord &first = imported[0].conversation;
    EXPECT_EQ(first.uuid, u"6724f0a0-1c2d-8004-9a7b-3f1e2d3c4b5a"_s);
    EXPECT_EQ(first.title, u"Packing for Iceland"_s);
    EXPECT_EQ(first.createdAt, utc("2024-11-01T08:20:00.123Z"));
    EXPECT_EQ(first.updatedAt, utc("2024-11-01T08:26:00.000Z"));
    EXPECT_EQ(first.id, 0);
    EXPECT_EQ(imported[1].conversation.uuid, u"67aa11bb-22cc-8004-8d9e-0f1e2d3c4b5a"_s); // from "id"
    EXPECT_EQ(imported[1].conversation.title, u"Übersetzung: Guten Morgen"_s);
    EXPECT_EQ(imported[2].conversation.title, QString());                           // null
    EXPECT_EQ(imported[2].conversation.updatedAt, utc("2024-11-13T12:13:32.000Z")); // its last message
}

TEST(ChatGptImport, FollowsTheBranchOfTheCurrentNode)
{
    const QList<ImportedConversation> imported = importFixture();
    ASSERT_EQ(imported.size(), 3);
    // The regenerated first answer and the hidden system message are gone;
    // the image part is dropped, the text beside it kept.
    EXPECT_EQ(texts(imported[0]),
              (QStringList{u"What should I pack for Iceland in October?"_s,
                           u"Pack **layers**:\n\n- a waterproof shell\n- a warm mid-layer\n- wool socks"_s,
                           u"Is this jacket warm enough?"_s,
                           u"Yes — that is a 700-fill down jacket 🧥. Add a hat for Þingvellir."_s}));
    // The edited prompt's branch, without the hidden custom instructions.
    EXPECT_EQ(texts(imported[2]),
              (QStringList{u"What is 2 + 2 in base 3?"_s, u"`11` (one three and one unit)."_s}));
}

TEST(ChatGptImport, KeepsTheOtherBranchesAsVersions)
{
    const QList<ImportedConversation> imported = importFixture();
    ASSERT_EQ(imported.size(), 3);
    // The regenerated first answer is a version beside the one shown; every
    // parent comes before its children.
    const QList<MessageRecord> all = imported[0].messages;
    const QList<MessageRecord> branch = shown(imported[0]);
    ASSERT_EQ(branch.size(), 4);
    EXPECT_GT(all.size(), branch.size());
    QStringList seen;
    int versionsOfFirstAnswer = 0;
    for (const MessageRecord &m : all) {
        EXPECT_TRUE(m.parentUuid.isEmpty() || seen.contains(m.parentUuid)) << m.uuid.toStdString();
        seen.append(m.uuid);
        versionsOfFirstAnswer += m.parentUuid == branch[0].uuid ? 1 : 0;
    }
    EXPECT_EQ(versionsOfFirstAnswer, 2);
    EXPECT_TRUE(branch[0].parentUuid.isEmpty()) << "the hidden system turn above it is left out";
    // The edited prompt is kept too: two first questions.
    int firstQuestions = 0;
    for (const MessageRecord &m : imported[2].messages)
        firstQuestions += m.parentUuid.isEmpty() ? 1 : 0;
    EXPECT_EQ(firstQuestions, 2);
}

TEST(ChatGptImport, KeepsRolesModelsUuidsAndTimes)
{
    const QList<ImportedConversation> imported = importFixture();
    ASSERT_EQ(imported.size(), 3);
    const QList<MessageRecord> messages = shown(imported[0]);
    ASSERT_EQ(messages.size(), 4);
    const MessageRecord &question = messages[0];
    EXPECT_EQ(question.role, Role::User);
    EXPECT_EQ(question.uuid, u"aaa2b1e4-7c1d-4d8b-8f1e-000000000002"_s);
    EXPECT_EQ(question.model, QString());
    EXPECT_EQ(question.createdAt, utc("2024-11-01T08:20:00.123Z"));
    EXPECT_EQ(question.updatedAt, question.createdAt);
    const MessageRecord &answer = messages[3];
    EXPECT_EQ(answer.role, Role::Assistant);
    EXPECT_EQ(answer.model, u"gpt-4o"_s);
    EXPECT_EQ(answer.createdAt, utc("2024-11-01T08:25:00.988Z"));
    EXPECT_EQ(answer.updatedAt, utc("2024-11-01T08:26:00.000Z"));
    EXPECT_EQ(answer.status, MessageStatus::Complete);
    EXPECT_EQ(answer.usage, (inkchat::chat::TokenUsage{-1, -1}));
    EXPECT_TRUE(answer.seams.isEmpty());
}

TEST(ChatGptImport, SkipsToolCallsAndJoinsTextParts)
{
    const QList<ImportedConversation> imported = importFixture();
    ASSERT_EQ(imported.size(), 3);
    const QList<MessageRecord> translation = shown(imported[1]);
    ASSERT_EQ(translation.size(), 2);
    // No create_time: the conversation's.
    EXPECT_EQ(translation[0].createdAt, utc("2024-11-07T17:20:00.000Z"));
    const MessageRecord &reply = translation[1];
    EXPECT_EQ(reply.text, u"„Guten Morgen“ heißt \nおはようございます (ohayō gozaimasu)."_s);
    EXPECT_EQ(reply.model, u"o3-mini"_s);
    EXPECT_EQ(reply.status, MessageStatus::Interrupted); // cut off while it was written
}

TEST(ChatGptImport, FallsBackToTheLatestLeafWithoutACurrentNode)
{
    const QByteArray json = R"([{"id":"c","title":"t","create_time":100,"mapping":{
        "r":{"id":"r","message":null,"parent":null,"children":["u"]},
        "u":{"id":"u","message":{"id":"u","author":{"role":"user"},"create_time":101,"content":{"content_type":"text","parts":["q"]}},"parent":"r","children":["a1","a2"]},
        "a1":{"id":"a1","message":{"id":"a1","author":{"role":"assistant"},"create_time":103,"content":{"content_type":"text","parts":["newer"]}},"parent":"u","children":[]},
        "a2":{"id":"a2","message":{"id":"a2","author":{"role":"assistant"},"create_time":102,"content":{"content_type":"text","parts":["older"]}},"parent":"u","children":[]}}}])";
    const auto imported = importChatGptExport(json);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_EQ(texts(imported->at(0)), (QStringList{u"q"_s, u"newer"_s}));
    EXPECT_EQ(imported->at(0).conversation.activeLeafUuid, u"a1"_s);
    EXPECT_EQ(texts(imported->at(0).messages), (QStringList{u"q"_s, u"older"_s, u"newer"_s}))
        << "every version, oldest first";
}

TEST(ChatGptImport, RejectsMalformedInput)
{
    EXPECT_EQ(
        importError("[{\"id\":").message.toStdString(),
        "Not valid JSON at line 1, column 8 (byte 8): syntax error while parsing value - unexpected end "
        "of input; expected '[', '{', or a literal.");
    // An object is refused as it starts, before it is read.
    EXPECT_EQ(importError("{\"not\":").message.toStdString(),
              "Not a ChatGPT export: conversations.json holds a JSON array of conversations.");
    EXPECT_EQ(importError(R"({"title":"x"})").message.toStdString(),
              "Not a ChatGPT export: conversations.json holds a JSON array of conversations.");
    EXPECT_EQ(importError("[3]").message.toStdString(),
              "Not a ChatGPT export: conversation 1 is not an object.");
    EXPECT_EQ(importError(R"([{"title":"x","mapping":{}}])").message.toStdString(),
              "Not a ChatGPT export: conversation 1 has no \"id\".");
    EXPECT_EQ(importError(R"([{"id":"c","title":"x"}])").message.toStdString(),
              "Not a ChatGPT export: conversation 1 has no \"mapping\" object.");
    const Error cycle = importError(R"([{"id":"c","current_node":"a","mapping":{
        "a":{"id":"a","message":null,"parent":"b","children":[]},
        "b":{"id":"b","message":null,"parent":"a","children":["a"]}}}])");
    EXPECT_EQ(cycle.kind, Error::Kind::Protocol);
    EXPECT_EQ(cycle.message.toStdString(),
              "Not a ChatGPT export: conversation 1 has a message tree with a cycle.");
}

TEST(ChatGptImport, ToleratesOddButValidConversations)
{
    const auto imported = importChatGptExport(R"([
        {"id":"empty","mapping":{}},
        {"id":"dangling","current_node":"gone","create_time":"soon","mapping":{
            "m":{"id":"m","message":{"author":{"role":"user"},"content":{"content_type":"text","parts":[7,"",null,"  "]}},"parent":"missing","children":[]}}}])");
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    ASSERT_EQ(imported->size(), 2);
    EXPECT_TRUE(imported->at(0).messages.isEmpty());
    EXPECT_TRUE(imported->at(1).messages.isEmpty()); // no text in any part
    EXPECT_FALSE(imported->at(1).conversation.createdAt.isValid());
}

TEST(ChatGptImport, ReadsTheConversationFieldsInAnyOrder)
{
    // The tree first, its leaf and the conversation's time after it: the
    // branch and the messages' fallback time are settled when it ends.
    const auto imported = importChatGptExport(R"([{"mapping":{
        "u":{"id":"u","message":{"id":"u","author":{"role":"user"},"content":{"content_type":"text","parts":["q"]}},"parent":null,"children":["a1","a2"]},
        "a1":{"id":"a1","message":{"id":"a1","author":{"role":"assistant"},"content":{"content_type":"text","parts":["shown"]}},"parent":"u","children":[]},
        "a2":{"id":"a2","message":{"id":"a2","author":{"role":"assistant"},"content":{"content_type":"text","parts":["other"]}},"parent":"u","children":[]}},
        "current_node":"a1","create_time":100,"id":"c"}])");
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_EQ(texts(imported->at(0)), (QStringList{u"q"_s, u"shown"_s}));
    EXPECT_EQ(imported->at(0).messages[0].createdAt, QDateTime::fromSecsSinceEpoch(100, Qt::UTC));
}

TEST(ChatGptImport, RefusesANodeOverTheValueLimitNamingIt)
{
    ImportLimits limits;
    limits.maxValueBytes = 1024 * 1024;
    const QByteArray json = R"([{"id":"c","mapping":{"big":{"message":{"content":{"parts":[")"
                            + QByteArray(2 * 1024 * 1024, 'x') + R"("]}}}}}])";
    const auto imported = importChatGptExport(json, limits);
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().kind, Error::Kind::LimitExceeded);
    EXPECT_EQ(imported.error().message.toStdString(),
              "The value at [0].mapping.big is larger than 1.0 MiB, the most an import reads at once.");
}

TEST(ChatGptImport, RefusesFilesOverTheSizeLimit)
{
    ImportLimits limits;
    limits.maxBytes = 10;
    const auto imported = importChatGptExport(QByteArray("[         ]"), limits);
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().kind, Error::Kind::LimitExceeded);
}
