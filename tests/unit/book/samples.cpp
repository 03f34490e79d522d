#include "samples.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QPainter>

using namespace Qt::StringLiterals;
using inkchat::chat::MessageRecord;
using inkchat::chat::MessageStatus;
using inkchat::chat::Role;

namespace booktest {

QByteArray encodedImage(const QSize &size, const char *format, QImageIOHandler::Transformations turned)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0xdd, 0xee, 0xff));
    QPainter painter(&image);
    painter.setPen(QPen(QColor(0x11, 0x22, 0x88), std::max(1, size.width() / 40)));
    painter.drawRect(image.rect().adjusted(0, 0, -1, -1));
    painter.drawLine(0, 0, size.width(), size.height());
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setTransformation(turned); // as EXIF orientation, for JPEG
    writer.write(image);
    return bytes;
}

QByteArray tinyGif()
{
    return QByteArray::fromBase64("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");
}

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

inkchat::chat::ConversationRecord conversation(const QString &title, const QString &uuid)
{
    inkchat::chat::ConversationRecord record;
    record.uuid = uuid;
    record.title = title;
    record.createdAt = utc(u"2024-05-01T12:00:00Z"_s);
    record.updatedAt = utc(u"2024-05-01T12:30:00Z"_s);
    return record;
}

MessageRecord message(Role role, const QString &text, const QString &model)
{
    MessageRecord record;
    record.role = role;
    record.text = text;
    record.model = model;
    record.createdAt = utc(u"2024-05-01T12:05:00Z"_s);
    return record;
}

Transcript trickyTranscript()
{
    Transcript t;
    t.conversation = conversation(u"Tricky <&>\"' café ☕ שלום"_s, u"6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b"_s);
    t.conversation.systemPrompt = u"Be <brief> & kind."_s;

    t.messages << message(Role::User,
                          u"Show <script>alert('x')</script> & a [link](javascript:alert(1)) "
                          "\"quoted\" 'single'\u0001 bell"_s,
                          u"gpt-4o"_s);

    MessageRecord answer = message(Role::Assistant,
                                   u"# Überschrift ✓\n\n- item **bold** and *emphasis*\n"
                                   "- emoji 😀👍🏽 and RTL: שלום עולם, مرحبا\n\n"
                                   "```cpp\nint main() { return a < b && c > d; }\n```\n\n"
                                   "| left | centre | right |\n|:--|:-:|--:|\n| a | ~~b~~ | www.qt.io |\n\n"
                                   "- [x] done\n- [ ] to do\n"_s,
                                   u"gpt-4o"_s);
    answer.usage = {12, 340};
    t.messages << answer;

    const QString continued =
        u"Part one.\n\n```python\nprint('first')\nprint('second')\n```\nAfter the code."_s;
    MessageRecord interrupted = message(Role::Assistant, continued, u"claude-3-5-sonnet"_s);
    interrupted.status = MessageStatus::Interrupted;
    interrupted.seams = {int(continued.indexOf(u"print('second')"_s))};
    interrupted.usage.outputTokens = 50;
    t.messages << interrupted;

    MessageRecord failed = message(Role::Assistant, QString(), u"gpt-4o"_s);
    failed.status = MessageStatus::Error;
    failed.errorText = u"HTTP 500: <boom> & \"failed\""_s;
    t.messages << failed;

    MessageRecord pending = message(Role::User, u"Are you there?"_s);
    pending.status = MessageStatus::Pending;
    t.messages << pending;
    return t;
}

void feed(inkchat::exporting::TranscriptWriter &writer, const QList<Transcript> &transcripts)
{
    for (const Transcript &t : transcripts) {
        writer.beginConversation(t.conversation);
        for (const MessageRecord &m : t.messages)
            writer.writeMessage(m);
        writer.endConversation();
    }
}

} // namespace booktest
