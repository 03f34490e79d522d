#include "htmlwriter.h"

#include "transcriptlabels.h"

#include "markdown/xhtml.h"
#include "markdown/xmltext.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

using markdown::escapeXml;
using markdown::markdownToXhtml;

namespace {

// Seams are marked before rendering with a noncharacter no reply contains
// (any that does is removed). markdownToXhtml() passes it through as text
// and never into an attribute (link targets drop noncharacters), so every
// occurrence in its output can become a span.
constexpr QChar kSeamMark = QChar(0xFDD0);

const QString kStyle = uR"(
body { font: 16px/1.5 system-ui, sans-serif; max-width: 48em; margin: 2em auto; padding: 0 1em; color: #111; background: #fff; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
.meta, .usage { color: #555; font-size: 0.9em; }
.images img { max-width: 100%; max-height: 36em; border: 1px solid #ccc; margin: 0 0.5em 0.5em 0; vertical-align: top; }
.images .marker { display: block; }
.message { border-top: 1px solid #ccc; margin-top: 1.5em; }
.message > h2 { font-size: 1em; color: #444; }
.message.user > h2 { color: #0b4f8a; }
.system-prompt { white-space: pre-wrap; border-left: 3px solid #ccc; padding-left: 0.8em; }
.marker { border-left: 4px solid #b45309; background: #fef3c7; padding: 0.3em 0.8em; }
.marker.error { border-color: #b91c1c; background: #fee2e2; }
.seam { display: inline-block; color: #666; font-size: 0.8em; font-style: italic; border: 1px dashed #999; padding: 0 0.4em; }
pre { background: #f4f4f4; padding: 0.6em; overflow-x: auto; }
code { font-family: ui-monospace, monospace; }
blockquote { border-left: 3px solid #ccc; margin-left: 0; padding-left: 1em; color: #333; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ccc; padding: 0.2em 0.6em; }
hr.conversation-break { border: 0; border-top: 3px double #999; margin: 3em 0; }
@media (prefers-color-scheme: dark) {
  body { color: #eee; background: #161616; }
  pre { background: #262626; }
  .meta, .usage, .message > h2 { color: #aaa; }
  .marker { background: #3b2a05; }
  .marker.error { background: #3f1212; }
}
)"_s;

QString markedText(const chat::MessageRecord &message)
{
    QString text = message.text;
    text.remove(kSeamMark);
    const QList<QStringView> segments = seamSegments(text, message.seams);
    QString out;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        // A mark glued to the start of a line would stop "- item" or "```"
        // from being recognised, so there it gets a line of its own.
        if (i > 0)
            out += out.isEmpty() || out.endsWith(u'\n') ? QString(kSeamMark) + u'\n' : QString(kSeamMark);
        out += segments[i];
    }
    return out;
}

QString statusClass(chat::MessageStatus status)
{
    return status == chat::MessageStatus::Error ? u"marker error"_s : u"marker"_s;
}

} // namespace

HtmlWriter::HtmlWriter(const QString &path) : FileTranscriptWriter(path) {}

void HtmlWriter::writeHead(const QString &title)
{
    m_hasHead = true;
    write(u"<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
          "<meta charset=\"utf-8\"/>\n"
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\"/>\n"
          "<meta name=\"referrer\" content=\"no-referrer\"/>\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
          "<meta name=\"generator\" content=\"Inkchat\"/>\n<title>"_s
          + escapeXml(title) + u"</title>\n<style>"_s + kStyle + u"</style>\n</head>\n<body>\n"_s);
}

void HtmlWriter::onBeginConversation(const chat::ConversationRecord &conversation)
{
    const QString title = conversation.title.trimmed().isEmpty() ? u"Untitled conversation"_s
                                                                 : conversation.title.simplified();
    if (!m_hasHead)
        writeHead(title);
    else
        write(u"<hr class=\"conversation-break\"/>\n"_s);
    QString header = u"<article class=\"conversation\">\n<h1>"_s + escapeXml(title) + u"</h1>\n"_s;
    QStringList meta;
    if (const QString created = displayTime(conversation.createdAt); !created.isEmpty())
        meta.append(u"Created: "_s + created);
    if (const QString updated = displayTime(conversation.updatedAt); !updated.isEmpty())
        meta.append(u"Updated: "_s + updated);
    if (!meta.isEmpty())
        header += u"<p class=\"meta\">"_s + escapeXml(meta.join(u" · "_s)) + u"</p>\n"_s;
    if (!conversation.systemPrompt.trimmed().isEmpty())
        header += u"<p class=\"meta\">System prompt:</p>\n<div class=\"system-prompt\">"_s
                  + escapeXml(conversation.systemPrompt) + u"</div>\n"_s;
    write(header);
}

void HtmlWriter::onMessage(const chat::MessageRecord &message)
{
    const QString role = message.role == chat::Role::User ? u"user"_s : u"assistant"_s;
    write(u"<section class=\"message "_s + role + u"\">\n<h2>"_s + escapeXml(messageHeading(message))
          + u"</h2>\n"_s);
    writeImages(message.attachments);
    QString html;
    if (!message.text.isEmpty() || !message.seams.isEmpty()) {
        html += u"<div class=\"text\">\n"_s
                + markdownToXhtml(markedText(message))
                      .replace(kSeamMark, u"<span class=\"seam\">"_s + seamLabel() + u"</span>"_s)
                + u"</div>\n"_s;
    }
    if (const QString marker = statusMarker(message); !marker.isEmpty())
        html += u"<p class=\""_s + statusClass(message.status) + u"\">"_s + escapeXml(marker) + u"</p>\n"_s;
    if (const QString usage = usageLine(message.usage); !usage.isEmpty())
        html += u"<p class=\"usage\">"_s + escapeXml(usage) + u"</p>\n"_s;
    write(html + u"</section>\n"_s);
}

// Embedded as data: URLs, so the file stays one self-contained document
// and its policy loads images from nowhere else. The type in the URL is read
// from the bytes, never the stored one. The base64 is written as it is,
// without a detour through a QString twice its size.
void HtmlWriter::writeImages(const chat::Attachments &attachments)
{
    if (attachments.isEmpty())
        return;
    write(u"<p class=\"images\">"_s);
    for (const chat::Attachment &image : attachments) {
        const QString type = chat::imageTypeOf(image.data);
        if (type.isEmpty()) {
            write(u"<span class=\"marker\">"_s + escapeXml(imageLeftOutNote(image)) + u"</span>"_s);
            continue;
        }
        writeUtf8("<img src=\"data:" + type.toLatin1() + ";base64,");
        writeUtf8(image.base64());
        write(u"\" alt=\""_s + escapeXml(imageAltText(image)) + u"\"/>"_s);
    }
    write(u"</p>\n"_s);
}

void HtmlWriter::onEndConversation()
{
    write(u"</article>\n"_s);
}

void HtmlWriter::onFinish()
{
    if (!m_hasHead)
        writeHead(u"Inkchat export"_s);
    write(u"</body>\n</html>\n"_s);
}

} // namespace inkchat::exporting
