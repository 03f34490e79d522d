#include "exporttesting.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace inkchat::exporting::test {

QDateTime at(int hour, int minute, int second, int ms)
{
    return QDateTime(QDate(2026, 11, 22), QTime(hour, minute, second, ms), Qt::UTC);
}

QString textBeforeSeam()
{
    return u"Here is the route:\n\n```python\nroute = [\"Zürich\","_s;
}
QString textAfterSeam()
{
    return u" \"München\"]\n```\nDone."_s;
}

ImportedConversation sampleConversation()
{
    ImportedConversation c;
    c.conversation.uuid = u"0b7e6f1c-1111-4c2e-9a55-000000000001"_s;
    c.conversation.title = u"Trip *plans* <b>"_s;
    c.conversation.systemPrompt = u"Be brief.\nUse metric units."_s;
    c.conversation.createdAt = at(10, 0);
    c.conversation.updatedAt = at(10, 5);

    chat::MessageRecord user;
    user.uuid = u"m-1"_s;
    user.role = chat::Role::User;
    user.text = u"How far is Munich from Zürich?"_s;
    user.createdAt = user.updatedAt = at(10, 0);

    chat::MessageRecord answer;
    answer.uuid = u"m-2"_s;
    answer.role = chat::Role::Assistant;
    answer.text = u"About **300 km** by road.\n\n- Train: 3.5 h\n- Car: 3 h"_s;
    answer.provider = u"openai-chat"_s;
    answer.model = u"gpt-4o"_s;
    answer.endpoint = u"OpenAI"_s;
    answer.createdAt = at(10, 1);
    answer.updatedAt = at(10, 1, 12, 345);
    answer.usage = {12, 34};

    chat::MessageRecord interrupted;
    interrupted.uuid = u"m-3"_s;
    interrupted.role = chat::Role::Assistant;
    interrupted.text = textBeforeSeam() + textAfterSeam();
    interrupted.seams = {int(textBeforeSeam().size())};
    interrupted.provider = u"anthropic"_s;
    interrupted.model = u"claude-sonnet"_s;
    interrupted.createdAt = at(10, 2);
    interrupted.updatedAt = at(10, 3);
    interrupted.usage = {20, -1};
    interrupted.status = chat::MessageStatus::Interrupted;

    chat::MessageRecord failed;
    failed.uuid = u"m-4"_s;
    failed.role = chat::Role::Assistant;
    failed.model = u"gpt-4o"_s;
    failed.createdAt = failed.updatedAt = at(10, 4);
    failed.status = chat::MessageStatus::Error;
    failed.errorText = u"HTTP 429: rate limited"_s;

    chat::MessageRecord pending;
    pending.uuid = u"m-5"_s;
    pending.role = chat::Role::User;
    pending.text = u"Are you there?"_s;
    pending.createdAt = pending.updatedAt = at(10, 5);
    pending.status = chat::MessageStatus::Pending;

    c.messages = {user, answer, interrupted, failed, pending};
    return c;
}

std::optional<Error> writeAll(TranscriptWriter &writer, const QList<ImportedConversation> &conversations)
{
    for (const ImportedConversation &c : conversations) {
        writer.beginConversation(c.conversation);
        for (const chat::MessageRecord &m : c.messages)
            writer.writeMessage(m);
        writer.endConversation();
    }
    return writer.finish();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

QString readText(const QString &path)
{
    return QString::fromUtf8(readBytes(path));
}

} // namespace inkchat::exporting::test
