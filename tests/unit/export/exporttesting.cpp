#include "exporttesting.h"

#include <QFile>
#include <QSet>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace inkchat::exporting::test {

QDateTime at(int hour, int minute, int second, int ms)
{
    return QDateTime(QDate(2026, 11, 22), QTime(hour, minute, second, ms), Qt::UTC);
}

QString textBeforeSeam() { return u"Here is the route:\n\n```python\nroute = [\"Zürich\","_s; }
QString textAfterSeam() { return u" \"München\"]\n```\nDone."_s; }

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

QString readText(const QString &path) { return QString::fromUtf8(readBytes(path)); }

QStringList xhtmlProblems(const QString &xhtml, bool isFragment)
{
    static const QSet<QString> allowed{
        u"html"_s, u"head"_s, u"meta"_s, u"title"_s, u"style"_s, u"body"_s, u"article"_s,
        u"section"_s, u"div"_s, u"span"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s,
        u"p"_s, u"br"_s, u"hr"_s, u"ul"_s, u"ol"_s, u"li"_s, u"blockquote"_s, u"pre"_s,
        u"code"_s, u"em"_s, u"strong"_s, u"a"_s, u"fragment"_s};
    static const QSet<QString> allowedAttributes{
        u"href"_s, u"class"_s, u"start"_s, u"lang"_s, u"charset"_s, u"http-equiv"_s,
        u"content"_s, u"name"_s};
    QStringList problems;
    QXmlStreamReader xml(isFragment ? u"<fragment>"_s + xhtml + u"</fragment>"_s : xhtml);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString element = xml.name().toString();
        if (!allowed.contains(element))
            problems.append(u"element <%1>"_s.arg(element));
        for (const QXmlStreamAttribute &attribute : xml.attributes()) {
            const QString name = attribute.qualifiedName().toString();
            const QString value = attribute.value().toString();
            if (!allowedAttributes.contains(name))
                problems.append(u"attribute %1=\"%2\" on <%3>"_s.arg(name, value, element));
            const QString scheme = value.section(u':', 0, 0).toLower();
            if (name == u"href"_s && scheme != u"http"_s && scheme != u"https"_s && scheme != u"mailto"_s)
                problems.append(u"href=\"%1\""_s.arg(value));
        }
    }
    if (xml.hasError())
        problems.append(u"not well-formed at line %1, column %2: %3"_s.arg(xml.lineNumber())
                            .arg(xml.columnNumber())
                            .arg(xml.errorString()));
    return problems;
}

} // namespace inkchat::exporting::test
