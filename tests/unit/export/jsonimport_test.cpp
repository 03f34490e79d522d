#include "chat/attachment.h"
#include "export/jsonimport.h"

#include <QBuffer>
#include <QIODevice>

#include <algorithm>
#include <cstring>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat::exporting;
using inkchat::Error;

namespace {

const QByteArray kHeader =
    R"({"format":"inkchat.transcript","version":1,"exported_at":null,"conversations":)";

/// A transcript with one conversation holding `message` (a JSON object).
QByteArray withMessage(const QByteArray &message)
{
    return kHeader + R"([{"uuid":"c-1","messages":[)" + message + "]}]}";
}

/// The error importing `json` gives; fails the test if it imports.
Error importError(const QByteArray &json, const ImportLimits &limits = {})
{
    const auto imported = importTranscriptJson(json, limits);
    EXPECT_FALSE(imported) << json.toStdString();
    return imported ? Error() : imported.error();
}

std::string messageOf(const QByteArray &json)
{
    return importError(json).message.toStdString();
}

/// A device without a known size, like stdin or a pipe, that counts the
/// bytes taken from it (unbuffered, so every byte counted was asked for).
class PipeDevice : public QIODevice
{
public:
    explicit PipeDevice(QByteArray data) : m_data(std::move(data)) {}

    bool isSequential() const override { return true; }
    qint64 bytesTaken() const { return m_taken; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min(maxSize, m_data.size() - m_taken);
        std::memcpy(data, m_data.constData() + m_taken, size_t(count));
        m_taken += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_taken = 0;
};

} // namespace

TEST(JsonImport, ReadsMinimalMessagesWithDefaults)
{
    const auto imported = importTranscriptJson(withMessage(R"({"uuid":"m-1","role":"user","text":"hi"})"));
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    ASSERT_EQ(imported->size(), 1);
    const inkchat::chat::MessageRecord &m = imported->at(0).messages.at(0);
    EXPECT_EQ(m.uuid, u"m-1"_s);
    EXPECT_EQ(m.text, u"hi"_s);
    EXPECT_EQ(m.status, inkchat::chat::MessageStatus::Complete);
    EXPECT_EQ(m.usage, (inkchat::chat::TokenUsage{-1, -1}));
    EXPECT_FALSE(m.createdAt.isValid());
    EXPECT_EQ(imported->at(0).conversation.uuid, u"c-1"_s);
}

TEST(JsonImport, ReadsTimesWithOffsetsAsUtc)
{
    const auto imported = importTranscriptJson(withMessage(
        R"({"uuid":"m","role":"user","text":"","created_at":"2026-11-22T12:00:00.250+02:00","updated_at":"2026-11-22T10:00:00"})"));
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    const inkchat::chat::MessageRecord &m = imported->at(0).messages.at(0);
    EXPECT_EQ(m.createdAt, QDateTime(QDate(2026, 11, 22), QTime(10, 0, 0, 250), Qt::UTC));
    EXPECT_EQ(m.updatedAt, QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
}

TEST(JsonImport, RejectsMalformedJsonSayingWhere)
{
    const Error error = importError(kHeader + "[{\"uuid\":\"c\",}]}");
    EXPECT_EQ(error.kind, Error::Kind::Protocol);
    const qsizetype brace = kHeader.size() + 14; // the '}' after the comma, counted from 1
    EXPECT_EQ(error.message.toStdString(),
              "Not valid JSON at line 1, column " + std::to_string(brace) + " (byte " + std::to_string(brace)
                  + "): syntax error while parsing object key - unexpected '}'; expected string literal.");
    EXPECT_EQ(importError("").kind, Error::Kind::Protocol);
    EXPECT_EQ(importError("[]").kind, Error::Kind::Protocol);
}

TEST(JsonImport, NamesTheLineOfTextThatIsNotUtf8AndNeverTheText)
{
    const QByteArray json = kHeader
                            + "[\n"
                              R"({"uuid":"c","messages":[{"uuid":"m","role":"user","text":"ab)"
                            + QByteArray(100'000, 'x') + "\xC3(\"}]}]}";
    const Error error = importError(json);
    EXPECT_EQ(error.kind, Error::Kind::Protocol);
    const qsizetype bad = json.indexOf('\xC3') + 2; // the byte after it, counted from 1
    const qsizetype column = bad - 1 - json.indexOf('\n');
    EXPECT_EQ(error.message.toStdString(), "Not valid JSON at line 2, column " + std::to_string(column)
                                               + " (byte " + std::to_string(bad)
                                               + "): syntax error while parsing value - invalid string: "
                                                 "ill-formed UTF-8 byte.");
}

TEST(JsonImport, KeepsLoneSurrogatesAndPairsHoweverTheBytesAreSplit)
{
    // What JsonWriter writes for text no UTF-8 can hold, beside a pair, a
    // NUL and the key escaped the same way, read one byte at a time.
    const QByteArray json = withMessage(
        R"({"uuid":"m","role":"user","text":"\ud800x\uDC00 \ud83d\ude00\u0000\ud800\ud83d\ude00\\u\ud800",)"
        R"("\ud800key":1})");
    class OneByteDevice : public PipeDevice
    {
    public:
        using PipeDevice::PipeDevice;

    protected:
        qint64 readData(char *data, qint64 maxSize) override
        {
            return PipeDevice::readData(data, std::min<qint64>(maxSize, 1));
        }
    } device(json);
    ASSERT_TRUE(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    const auto imported = importTranscriptJson(device);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    const QString expected = QChar(0xD800) + u"x"_s + QChar(0xDC00) + u" 😀"_s + QChar(0) + QChar(0xD800)
                             + u"😀\\u"_s + QChar(0xD800);
    EXPECT_EQ(imported->at(0).messages.at(0).text, expected);
}

TEST(JsonImport, ReadsTheFieldsInAnyOrder)
{
    // The header last, a conversation's uuid and title after its messages.
    const auto imported = importTranscriptJson(QByteArray(
        R"({"conversations":[{"messages":[{"text":"hi","role":"user","uuid":"m"}],"title":"T","uuid":"c"}],)"
        R"("version":2,"format":"inkchat.transcript"})"));
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    ASSERT_EQ(imported->size(), 1);
    EXPECT_EQ(imported->at(0).conversation.uuid, u"c"_s);
    EXPECT_EQ(imported->at(0).conversation.title, u"T"_s);
    ASSERT_EQ(imported->at(0).messages.size(), 1);
    EXPECT_EQ(imported->at(0).messages.at(0).text, u"hi"_s);
}

TEST(JsonImport, RefusesAMessageOverTheValueLimitAndDeepNesting)
{
    ImportLimits limits;
    limits.maxValueBytes = 1024 * 1024;
    const Error large = importError(
        withMessage(R"({"uuid":"m","role":"user","text":")" + QByteArray(2 * 1024 * 1024, 'x') + "\"}"),
        limits);
    EXPECT_EQ(large.kind, Error::Kind::LimitExceeded);
    EXPECT_EQ(large.message.toStdString(),
              "The value at conversations[0].messages[0] is larger than 1.0 MiB, "
              "the most an import reads at once.");

    const Error deep = importError(
        withMessage(R"({"uuid":"m","role":"user","text":"","x":)" + QByteArray(5000, '[')));
    EXPECT_EQ(deep.kind, Error::Kind::Protocol);
    EXPECT_EQ(deep.message.toStdString(), "Not valid JSON: nested deeper than 1024 levels.");
    EXPECT_EQ(deep.code, Error::Code::ImportTooDeep);
    EXPECT_EQ(deep.subject, u"1024"_s);
}

TEST(JsonImport, RejectsOtherFormats)
{
    EXPECT_EQ(messageOf(R"({"conversations":[]})"),
              "Not an Inkchat transcript: \"format\" is not \"inkchat.transcript\".");
    EXPECT_EQ(messageOf(R"({"format":"something.else","version":1,"conversations":[]})"),
              "Not an Inkchat transcript: \"format\" is not \"inkchat.transcript\".");
}

TEST(JsonImport, RejectsAHigherVersionClearly)
{
    const Error error = importError(R"({"format":"inkchat.transcript","version":3,"conversations":{}})");
    EXPECT_EQ(error.kind, Error::Kind::Protocol);
    EXPECT_EQ(error.message.toStdString(),
              "This transcript has format version 3, from a newer Inkchat; this one reads version 2 "
              "and older. Update Inkchat to import it.");
    EXPECT_EQ(messageOf(R"({"format":"inkchat.transcript","conversations":[]})"),
              "Not a valid Inkchat transcript: version: missing.");
    EXPECT_EQ(messageOf(R"({"format":"inkchat.transcript","version":1.5,"conversations":[]})"),
              "Not a valid Inkchat transcript: version: must be a whole number from 1 to 2147483647.");
}

TEST(JsonImport, ReadsVersionOneAndTheStoppedStatusOfVersionTwo)
{
    const QByteArray body =
        R"([{"uuid":"c","messages":[{"uuid":"m","role":"assistant","text":"Once","status":"stopped"}]}]})";
    for (const QByteArray &version : {QByteArray("1"), QByteArray("2")}) {
        const QByteArray file = R"({"format":"inkchat.transcript","version":)" + version
                                + R"(,"exported_at":null,"conversations":)" + body;
        const auto imported = importTranscriptJson(file);
        ASSERT_TRUE(imported) << imported.error().message.toStdString();
        EXPECT_EQ(imported->at(0).messages.at(0).status, inkchat::chat::MessageStatus::Stopped);
    }
}

TEST(JsonImport, NamesTheFieldThatIsMissingOrWrong)
{
    EXPECT_EQ(messageOf(kHeader + "[{\"messages\":[]}]}"),
              "Not a valid Inkchat transcript: conversations[0].uuid: missing.");
    EXPECT_EQ(messageOf(kHeader + "[{\"uuid\":\"c\"}]}"),
              "Not a valid Inkchat transcript: conversations[0].messages: missing.");
    EXPECT_EQ(messageOf(kHeader + "[{\"uuid\":\"\",\"messages\":[]}]}"),
              "Not a valid Inkchat transcript: conversations[0].uuid: must not be empty.");
    EXPECT_EQ(messageOf(kHeader + "[7]}"),
              "Not a valid Inkchat transcript: conversations[0]: must be an object.");
    EXPECT_EQ(messageOf(withMessage(R"({"uuid":"m","role":"user"})")),
              "Not a valid Inkchat transcript: conversations[0].messages[0].text: missing.");
    EXPECT_EQ(messageOf(withMessage(R"({"uuid":"m","role":"user","text":5})")),
              "Not a valid Inkchat transcript: conversations[0].messages[0].text: must be a string.");
    EXPECT_EQ(messageOf(withMessage(R"({"uuid":"m","role":"tool","text":""})")),
              "Not a valid Inkchat transcript: conversations[0].messages[0].role: unknown role \"tool\".");
    EXPECT_EQ(
        messageOf(withMessage(R"({"uuid":"m","role":"user","text":"","status":"done"})")),
        "Not a valid Inkchat transcript: conversations[0].messages[0].status: unknown status \"done\".");
    EXPECT_EQ(messageOf(withMessage(R"({"uuid":"m","role":"user","text":"","created_at":"yesterday"})")),
              "Not a valid Inkchat transcript: conversations[0].messages[0].created_at: must be an ISO 8601 "
              "time such as \"2026-11-22T10:00:00.000Z\" or null.");
    EXPECT_EQ(messageOf(withMessage(R"({"uuid":"m","role":"user","text":"","usage":{"input_tokens":"3"}})")),
              "Not a valid Inkchat transcript: conversations[0].messages[0].usage.input_tokens: must be a "
              "whole number from -1 to 2147483647.");
    EXPECT_EQ(messageOf(withMessage(R"({"uuid":"m","role":"user","text":"","usage":[]})")),
              "Not a valid Inkchat transcript: conversations[0].messages[0].usage: must be an object.");
    EXPECT_EQ(messageOf(withMessage(R"({"uuid":"m","role":"user","text":"abc","seams":[1,4]})")),
              "Not a valid Inkchat transcript: conversations[0].messages[0].seams[1]: must be a whole number "
              "from 0 to 3.");
    EXPECT_EQ(messageOf(withMessage(R"({"uuid":"m","role":"user","text":"abc","seams":3})")),
              "Not a valid Inkchat transcript: conversations[0].messages[0].seams: must be an array.");
    EXPECT_EQ(messageOf(withMessage(R"({"uuid":"m","role":"user","text":"","model":null}, 3)")),
              "Not a valid Inkchat transcript: conversations[0].messages[1]: must be an object.");
    EXPECT_EQ(messageOf(kHeader + R"([{"uuid":"c","parameters":{"temperature":"hot"},"messages":[]}]})"),
              "Not a valid Inkchat transcript: conversations[0].parameters.temperature: must be a number "
              "from 0 to 100.");
    EXPECT_EQ(
        messageOf(kHeader + R"([{"uuid":"c","parameters":{"max_output_tokens":1.5},"messages":[]}]})"),
        "Not a valid Inkchat transcript: conversations[0].parameters.max_output_tokens: must be a whole "
        "number from 0 to 2147483647.");
    EXPECT_EQ(messageOf(kHeader + R"([{"uuid":"c","pinned":"yes","messages":[]}]})"),
              "Not a valid Inkchat transcript: conversations[0].pinned: must be true or false.");
}

TEST(JsonImport, ReadsAConversationsModelAndParametersOrLeavesThemToTheProvider)
{
    const auto imported = importTranscriptJson(
        kHeader
        + R"([{"uuid":"c-1","model":"llama3.2","parameters":{"temperature":0,"max_output_tokens":512,)"
          R"("reasoning_effort":"low"},"messages":[]},{"uuid":"c-2","messages":[]}]})");
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    const inkchat::chat::ConversationRecord &tuned = imported.value()[0].conversation;
    EXPECT_EQ(tuned.model, u"llama3.2"_s);
    EXPECT_EQ(tuned.parameters, (inkchat::chat::ReplyParameters{0.0, 512, u"low"_s}));
    // A file written before conversations had settings: as before.
    EXPECT_TRUE(imported.value()[1].conversation.model.isEmpty());
    EXPECT_TRUE(imported.value()[1].conversation.parameters.isDefault());
}

TEST(JsonImport, RefusesFilesOverTheSizeLimit)
{
    const QByteArray json = withMessage(R"({"uuid":"m","role":"user","text":"0123456789"})");
    ImportLimits limits;
    limits.maxBytes = json.size() - 1;
    const Error error = importError(json, limits);
    EXPECT_EQ(error.kind, Error::Kind::LimitExceeded);
    EXPECT_TRUE(error.message.contains(u"larger than the import limit"_s)) << error.message.toStdString();

    QBuffer device;
    device.setData(json);
    ASSERT_TRUE(device.open(QIODevice::ReadOnly));
    const auto fromDevice = importTranscriptJson(device, limits);
    ASSERT_FALSE(fromDevice);
    EXPECT_EQ(fromDevice.error().kind, Error::Kind::LimitExceeded);
    EXPECT_EQ(device.pos(), 0); // refused by its size, before reading

    limits.maxBytes = json.size();
    device.seek(0);
    EXPECT_TRUE(importTranscriptJson(device, limits));
    EXPECT_TRUE(importTranscriptJson(json, limits));
}

TEST(JsonImport, RefusesAPipeOverTheSizeLimitAfterOneByteMoreWithoutReadingTheRest)
{
    // Its size is only known by reading: 3 MiB behind a limit of 1.5 MiB.
    const QByteArray text(3 * 1024 * 1024, 'x');
    PipeDevice pipe(withMessage(R"({"uuid":"m","role":"user","text":")" + text + "\"}"));
    ASSERT_TRUE(pipe.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    ImportLimits limits;
    limits.maxBytes = qint64(3) * 512 * 1024;

    const auto imported = importTranscriptJson(pipe, limits);
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().kind, Error::Kind::LimitExceeded);
    EXPECT_EQ(imported.error().message, u"The file is larger than the import limit of 1.5 MiB."_s);
    EXPECT_EQ(pipe.bytesTaken(), limits.maxBytes + 1);
}

TEST(JsonImport, ReadsFromADeviceInChunks)
{
    QByteArray text(3 * 1024 * 1024, 'x');
    const QByteArray json = withMessage(R"({"uuid":"m","role":"user","text":")" + text + "\"}");
    QBuffer device;
    device.setData(json);
    ASSERT_TRUE(device.open(QIODevice::ReadOnly));
    const auto imported = importTranscriptJson(device);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_EQ(imported->at(0).messages.at(0).text.size(), text.size());
}

TEST(JsonImport, RefusesADeviceNotOpenForReading)
{
    QBuffer device;
    const auto imported = importTranscriptJson(device);
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().kind, Error::Kind::Usage);
}

TEST(JsonImport, NamesAnImageThatIsNotBase64NotAnImageOrTooLarge)
{
    const QByteArray message = R"({"uuid":"m-1","role":"user","text":"see","attachments":[%1]})";
    const auto withImage = [&](const QByteArray &attachment) {
        return withMessage(QByteArray(message).replace("%1", attachment));
    };
    EXPECT_EQ(
        messageOf(withImage(R"({"file_name":"a.png","data":"not base64!"})")),
        "Not a valid Inkchat transcript: conversations[0].messages[0].attachments[0].data: not base64.");
    EXPECT_EQ(
        messageOf(withImage(R"({"file_name":"a.png","data":"aGVsbG8="})")),
        "Not a valid Inkchat transcript: conversations[0].messages[0].attachments[0].data: a.png is not a "
        "PNG, JPEG, GIF or WebP image, which is what vision models read.");
    const QByteArray huge =
        QByteArray("GIF89a").append(QByteArray(inkchat::chat::kMaxAttachmentBytes, 'x')).toBase64();
    EXPECT_EQ(
        messageOf(withImage(R"({"file_name":"b.gif","data":")" + huge + R"("})")),
        "Not a valid Inkchat transcript: conversations[0].messages[0].attachments[0].data: b.gif is 5.0 MB; "
        "images of up to 5.0 MB can be attached.");
    EXPECT_EQ(messageOf(withImage(R"({"file_name":"c.png"})")),
              "Not a valid Inkchat transcript: conversations[0].messages[0].attachments[0].data: missing.");
}
