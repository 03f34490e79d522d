#include "textwriter.h"

#include "transcriptlabels.h"

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

namespace {

QString indented(QStringView text)
{
    QString out;
    for (QStringView line : text.tokenize(u'\n'))
        out += u"    "_s + line + u'\n';
    return out;
}

} // namespace

TextWriter::TextWriter(const QString &path) : FileTranscriptWriter(path) {}

void TextWriter::onBeginConversation(const chat::ConversationRecord &conversation)
{
    if (m_hasConversation)
        write(u"\n"_s + QString(60, u'=') + u"\n\n"_s);
    m_hasConversation = true;
    const QString title = conversation.title.trimmed().isEmpty() ? u"Untitled conversation"_s
                                                                 : conversation.title.simplified();
    QString header = title + u'\n';
    if (const QString created = displayTime(conversation.createdAt); !created.isEmpty())
        header += u"Created: "_s + created + u'\n';
    if (const QString updated = displayTime(conversation.updatedAt); !updated.isEmpty())
        header += u"Updated: "_s + updated + u'\n';
    if (!conversation.systemPrompt.trimmed().isEmpty())
        header += u"System prompt:\n"_s + indented(conversation.systemPrompt);
    write(header);
}

void TextWriter::onMessage(const chat::MessageRecord &message)
{
    write(u"\n["_s + messageHeading(message) + u"]\n"_s);
    const QList<QStringView> segments = seamSegments(message.text, message.seams);
    QString body;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            body += (body.isEmpty() || body.endsWith(u'\n') ? u"["_s : u"\n["_s) + seamLabel() + u"]\n"_s;
        body += segments[i];
    }
    if (!body.isEmpty() && !body.endsWith(u'\n'))
        body += u'\n';
    write(body);
    if (const QString marker = statusMarker(message); !marker.isEmpty())
        write(u"["_s + marker + u"]\n"_s);
    if (const QString usage = usageLine(message.usage); !usage.isEmpty())
        write(u"["_s + usage + u"]\n"_s);
}

void TextWriter::onEndConversation() {}

} // namespace inkchat::exporting
