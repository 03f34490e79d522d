#include "export/jsonimport.h"
#include "export/jsonwriter.h"

#include "exporttesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat::exporting;
using namespace inkchat::exporting::test;
using inkchat::Error;
using inkchat::chat::MessageRecord;
using inkchat::chat::MessageStatus;
using inkchat::chat::Role;

namespace {

QByteArray exportJson(const QList<ImportedConversation> &conversations)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.json"_s);
    JsonWriter writer(path, at(12, 0, 0, 7));
    EXPECT_FALSE(writeAll(writer, conversations));
    return readBytes(path);
}

/// Conversations with every field and every corner the format must carry.
QList<ImportedConversation> everyCase()
{
    ImportedConversation unusual;
    unusual.conversation.uuid = u"c-2"_s;
    unusual.conversation.title = u"Ünïcödé 🚀 \"quoted\" \\ back\tslash"_s;
    // no times: null in JSON
    // A temperature of 0 is a choice, not "unset".
    unusual.conversation.model = u"gpt-4o-mini"_s;
    unusual.conversation.parameters = {0.0, 1234, u"high"_s};

    const MessageStatus statuses[] = {MessageStatus::Complete, MessageStatus::Streaming,
                                      MessageStatus::Interrupted, MessageStatus::Error,
                                      MessageStatus::Pending};
    int n = 0;
    for (MessageStatus status : statuses) {
        MessageRecord m;
        m.uuid = u"u-%1"_s.arg(++n);
        m.role = n % 2 ? Role::User : Role::Assistant;
        m.status = status;
        m.createdAt = at(9, n, 30, n * 111);
        m.updatedAt = at(9, n, 31);
        unusual.messages.append(m);
    }
    unusual.messages[0].text = u""_s; // empty text
    unusual.messages[1].text = u"中文 עברית 😀\u0000\u0001\u001f\u2028 </script> line\r\nbreak"_s;
    unusual.messages[1].seams = {0, 3, int(unusual.messages[1].text.size())};
    unusual.messages[2].text = QString(QChar(0xD800)) + u"lone surrogate"_s + QChar(0xDC00);
    unusual.messages[2].usage = {-1, 7};
    unusual.messages[3].errorText = u"provider said \"no\"\n"_s;
    unusual.messages[4].updatedAt = QDateTime();
    ImportedConversation tuned = sampleConversation();
    tuned.conversation.uuid = u"c-tuned"_s;
    tuned.conversation.parameters.temperature = 0.35;
    tuned.conversation.pinned = true;
    return {sampleConversation(), unusual, tuned,
            ImportedConversation{{0, u"c-empty"_s, {}, {}, {}, {}}, {}}};
}

/// What the import gives back: the records without their row ids.
QList<ImportedConversation> withoutRowIds(QList<ImportedConversation> conversations)
{
    for (ImportedConversation &c : conversations) {
        c.conversation.id = 0;
        for (MessageRecord &m : c.messages)
            m.id = 0;
    }
    return conversations;
}

} // namespace

TEST(JsonExport, WritesTheDocumentedSchemaOneMessagePerLine)
{
    ImportedConversation c = sampleConversation();
    c.messages = {c.messages[1]};
    const QByteArray json = exportJson({c});
    EXPECT_EQ(json.toStdString(),
              "{\"format\":\"inkchat.transcript\",\"version\":2,\"exported_at\":\"2026-11-22T12:00:00.007Z\","
              "\"conversations\":[\n"
              "{\"uuid\":\"0b7e6f1c-1111-4c2e-9a55-000000000001\",\"title\":\"Trip *plans* <b>\","
              "\"system_prompt\":\"Be brief.\\nUse metric units.\",\"model\":\"\","
              "\"parameters\":{\"temperature\":null,\"max_output_tokens\":null,\"reasoning_effort\":\"\"},"
              "\"pinned\":false,\"created_at\":\"2026-11-22T10:00:00.000Z\","
              "\"updated_at\":\"2026-11-22T10:05:00.000Z\",\"active_leaf\":null,\"messages\":[\n"
              "{\"uuid\":\"m-2\",\"role\":\"assistant\",\"text\":\"About **300 km** by road.\\n\\n- Train: "
              "3.5 h\\n- Car: 3 h\","
              "\"provider\":\"openai-chat\",\"model\":\"gpt-4o\",\"endpoint\":\"OpenAI\","
              "\"created_at\":\"2026-11-22T10:01:00.000Z\",\"updated_at\":\"2026-11-22T10:01:12.345Z\","
              "\"usage\":{\"input_tokens\":12,\"output_tokens\":34},\"status\":\"complete\",\"error\":\"\","
              "\"seams\":[],\"parent\":null}\n"
              "]}\n"
              "]}\n");
}

TEST(JsonExport, IsValidJsonWithEveryFieldButRowIds)
{
    ImportedConversation c = sampleConversation();
    c.conversation.id = 987651;
    c.messages[2].id = 987652;
    const QByteArray json = exportJson({c});
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    const QJsonObject conversation = document[u"conversations"_s][0].toObject();
    EXPECT_EQ(conversation.keys(),
              (QStringList{u"active_leaf"_s, u"created_at"_s, u"messages"_s, u"model"_s, u"parameters"_s,
                           u"pinned"_s, u"system_prompt"_s, u"title"_s, u"updated_at"_s, u"uuid"_s}));
    const QJsonObject message = conversation[u"messages"_s][2].toObject();
    EXPECT_EQ(message.keys(), (QStringList{u"created_at"_s, u"endpoint"_s, u"error"_s, u"model"_s,
                                           u"parent"_s, u"provider"_s, u"role"_s, u"seams"_s, u"status"_s,
                                           u"text"_s, u"updated_at"_s, u"usage"_s, u"uuid"_s}));
    EXPECT_EQ(message[u"status"_s].toString(), u"interrupted"_s);
    EXPECT_EQ(message[u"seams"_s].toArray(), QJsonArray{int(textBeforeSeam().size())});
    EXPECT_EQ(message[u"usage"_s][u"output_tokens"_s].toInt(), -1);
    EXPECT_FALSE(json.contains("98765"));
}

TEST(JsonExport, WritesAnEmptyListForNoConversations)
{
    const QByteArray json = exportJson({});
    EXPECT_TRUE(json.endsWith("\"conversations\":[\n]}\n")) << json.toStdString();
    const auto imported = importTranscriptJson(json);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_TRUE(imported->isEmpty());
}

TEST(JsonExport, StampsTheExportTimeWhenNoneIsGiven)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"now.json"_s);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    JsonWriter writer(path);
    EXPECT_FALSE(writer.finish());
    const QDateTime stamped = QDateTime::fromString(
        QJsonDocument::fromJson(readBytes(path))[u"exported_at"_s].toString(), Qt::ISODateWithMs);
    EXPECT_GE(stamped, before);
    EXPECT_LE(stamped, QDateTime::currentDateTimeUtc());
}

TEST(JsonImport, RoundTripsEveryFieldByteForByte)
{
    const QList<ImportedConversation> records = everyCase();
    const QByteArray first = exportJson(records);
    const auto imported = importTranscriptJson(first);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_EQ(*imported, withoutRowIds(records));
    EXPECT_EQ(imported.value()[1].messages[2].text.at(0), QChar(0xD800));
    EXPECT_EQ(imported.value()[1].conversation.parameters.temperature, 0.0) << "0 is kept, not dropped";
    EXPECT_EQ(imported.value()[2].conversation.parameters.temperature, 0.35);
    EXPECT_TRUE(imported.value()[2].conversation.pinned);
    const QByteArray second = exportJson(*imported);
    EXPECT_EQ(second, first);
}

TEST(JsonImport, RoundTripsWhyAReplyEndedEarlyAsCoreNamedItBesideItsEnglish)
{
    ImportedConversation failed = sampleConversation();
    failed.conversation.uuid = u"c-failed"_s;
    Error why = Error::coded(Error::Kind::Tls, Error::Code::TlsFailed, u"example.com:443"_s,
                             u"secure connection to example.com:443 failed: untrusted"_s)
                    .with({}, u"untrusted"_s);
    why.retries = 2;
    MessageRecord &reply = failed.messages[1];
    reply.status = MessageStatus::Error;
    reply.errorText = why.message;
    reply.error = why;
    const QByteArray json = exportJson({failed});
    const QJsonArray messages = QJsonDocument::fromJson(json)[u"conversations"_s][0][u"messages"_s].toArray();
    EXPECT_EQ(messages.at(1)[u"error"_s].toString(), why.message);
    EXPECT_EQ(messages.at(1)[u"problem"_s][u"code"_s].toString(), u"TlsFailed"_s);
    EXPECT_FALSE(messages.at(0).toObject().contains("problem"_L1)) << "only where a reply ended early";

    const auto imported = importTranscriptJson(json);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_EQ(imported.value()[0].messages[1].error, why);
    EXPECT_EQ(exportJson(*imported), json);
}

TEST(JsonImport, RoundTripsImagesAndWritesThemOnlyWhereThereAreSome)
{
    ImportedConversation photos = sampleConversation();
    photos.conversation.uuid = u"c-photos"_s;
    photos.messages[0].attachments = {{u"image/png"_s, u"tiny.png"_s, "\x89PNG\r\n\x1a\n pixels"_ba},
                                      {u"image/jpeg"_s, u"Ünïcödé photo.jpg"_s, "\xff\xd8\xff\xe0 more"_ba}};
    const QByteArray json = exportJson({photos});
    const QJsonArray messages = QJsonDocument::fromJson(json)[u"conversations"_s][0][u"messages"_s].toArray();
    const QJsonArray written = messages.at(0)[u"attachments"_s].toArray();
    ASSERT_EQ(written.size(), 2);
    EXPECT_EQ(written.at(0).toObject(), (QJsonObject{{u"mime_type"_s, u"image/png"_s},
                                                     {u"file_name"_s, u"tiny.png"_s},
                                                     {u"data"_s, u"iVBORw0KGgogcGl4ZWxz"_s}}));
    EXPECT_FALSE(messages.at(1).toObject().contains("attachments"_L1));

    const auto imported = importTranscriptJson(json);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_EQ(*imported, withoutRowIds({photos}));
    EXPECT_EQ(exportJson(*imported), json);
}
