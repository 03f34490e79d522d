#include "markdownwriter.h"

#include "transcriptlabels.h"

#include "markdown/codefence.h"

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

namespace {

/// Our own words (title, model names) must not turn into Markdown syntax:
/// a title "C# *tips*" stays literally that.
QString escapeMarkdown(QStringView text)
{
    static const QString special = u"\\`*_[]<>#!&|~"_s;
    QString out;
    for (QChar c : text) {
        if (c == u'\n' || c == u'\r') {
            out += u' ';
            continue;
        }
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

QString quoted(QStringView text)
{
    QString out;
    for (QStringView line : text.tokenize(u'\n'))
        out += (line.trimmed().isEmpty() ? u">"_s : u"> "_s + line) + u'\n';
    return out;
}

} // namespace

MarkdownWriter::MarkdownWriter(const QString &path) : FileTranscriptWriter(path) {}

void MarkdownWriter::onBeginConversation(const chat::ConversationRecord &conversation)
{
    if (m_hasConversation)
        write(u"\n---\n\n"_s);
    m_hasConversation = true;
    const QString title = conversation.title.trimmed().isEmpty() ? u"Untitled conversation"_s
                                                                 : conversation.title;
    QString header = u"# "_s + escapeMarkdown(title) + u"\n\n"_s;
    if (const QString created = displayTime(conversation.createdAt); !created.isEmpty())
        header += u"- Created: "_s + created + u'\n';
    if (const QString updated = displayTime(conversation.updatedAt); !updated.isEmpty())
        header += u"- Updated: "_s + updated + u'\n';
    if (!conversation.systemPrompt.trimmed().isEmpty())
        header += u"- System prompt:\n\n"_s + quoted(conversation.systemPrompt);
    write(header);
}

void MarkdownWriter::onMessage(const chat::MessageRecord &message)
{
    // Every part after the heading starts with a blank line, so an empty
    // message (a failed reply) leaves no gap.
    write(u"\n## "_s + escapeMarkdown(messageHeading(message)) + u"\n"_s);
    const QList<QStringView> segments = seamSegments(message.text, message.seams);
    QString body;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0) {
            // At a line start the comment needs its own line: glued to a
            // line such as "- item" it would swallow it as an HTML block.
            const bool atLineStart = body.isEmpty() || body.endsWith(u'\n');
            body += atLineStart ? u"<!-- continued -->\n"_s : u"<!-- continued -->"_s;
        }
        body += segments[i];
    }
    if (!body.isEmpty() && !body.endsWith(u'\n'))
        body += u'\n';
    // A reply cut off inside a code block would swallow the rest of the file.
    if (const auto fence = markdown::unclosedFence(message.text))
        body += fence->closingLine() + u'\n';
    if (!body.isEmpty())
        write(u"\n"_s + body);
    if (const QString marker = statusMarker(message); !marker.isEmpty())
        write(u"\n"_s + quoted(marker));
    if (const QString usage = usageLine(message.usage); !usage.isEmpty())
        write(u"\n_"_s + usage + u"_\n"_s);
}

void MarkdownWriter::onEndConversation() {}

} // namespace inkchat::exporting
