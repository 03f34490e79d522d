#include "einkpage.h"

#include "pagehtml.h"

#include "replies/replyhub.h"
#include "store/deviceregistry.h"
#include "store/randomid.h"

#include "chat/conversationtitle.h"
#include "chat/records.h"
#include "export/exporter.h"
#include "export/exportformat.h"
#include "export/transcriptwriter.h"
#include "export/writerfactory.h"
#include "store/conversationstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPage, "inkchat.relay.page")

namespace inkchat::relay {

namespace {

const QRegularExpression kConversationPath(u"^/c/([0-9]{1,18})(/book\\.epub)?$"_s);

/// A form's fields (application/x-www-form-urlencoded).
QUrlQuery formFields(const QByteArray &body)
{
    QByteArray spaced = body;
    spaced.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(spaced));
}

QString field(const QUrlQuery &fields, const QString &name)
{
    return fields.queryItemValue(name, QUrl::FullyDecoded);
}

/// What a form carries to prove it came from the page the device was
/// shown, not from another site (the cookie is also SameSite=Strict, which
/// older e-reader browsers ignore).
QString csrfToken(const QString &deviceToken)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray("csrf:" + deviceToken.toUtf8()), QCryptographicHash::Sha256)
            .toHex()
            .left(32));
}

/// What names one rendering of the question form (randomHexId()), so the
/// same form sent twice (a double tap, a browser resending after a lost
/// answer) asks once.
const QRegularExpression kFormId(u"^[0-9a-f]{32}$"_s);

HttpAnswer htmlAnswer(int status, const QByteArray &body)
{
    return HttpAnswer::text(status, body, "text/html; charset=utf-8");
}

HttpAnswer redirect(const QByteArray &location)
{
    HttpAnswer answer;
    answer.status = 303;
    answer.headers = {{"Location", location}};
    return answer;
}

/// Rows a line takes at kRowChars characters a row.
int rowsOf(const QString &line)
{
    return std::max(1, int((line.size() + EinkPage::kRowChars - 1) / EinkPage::kRowChars));
}

/// One line of a message on a screen.
struct ScreenLine
{
    QString text;
    int message = 0;
    bool user = false;
};

/// The messages as screens of kPageRows rows, line by line, as page.js
/// pages a streaming reply.
QList<QList<ScreenLine>> screens(const QList<std::pair<QString, bool>> &messages)
{
    QList<QList<ScreenLine>> pages{{}};
    int used = 0;
    for (qsizetype index = 0; index < messages.size(); ++index) {
        const auto &[text, user] = messages.at(index);
        if (used > 0)
            ++used; // the gap between messages
        for (const QString &line : text.split(u'\n')) {
            const int rows = rowsOf(line);
            if (used > 0 && used + rows > EinkPage::kPageRows) {
                pages.append(QList<ScreenLine>());
                used = 0;
            }
            pages.last().append({line, int(index), user});
            used += rows;
        }
    }
    return pages;
}

QString renderScreen(const QList<ScreenLine> &lines)
{
    QString out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ScreenLine &line = lines.at(i);
        const bool starts = i == 0 || lines.at(i - 1).message != line.message;
        const bool ends = i + 1 == lines.size() || lines.at(i + 1).message != line.message;
        if (starts)
            out += u"<p class=\"msg%1\">"_s.arg(line.user ? u" you"_s : QString());
        out += html::escape(line.text) + (ends ? u"</p>"_s : u"\n"_s);
    }
    return out;
}

QString pageNav(qint64 conversationId, int page, int pages)
{
    if (pages < 2)
        return {};
    const auto link = [&](int target, const QString &label) {
        return target >= 0 && target < pages
                   ? u"<a href=\"/c/%1?page=%2\">%3</a>"_s.arg(conversationId).arg(target + 1).arg(label)
                   : u"<span></span>"_s;
    };
    return u"<div class=\"nav\">"_s + link(page - 1, u"&#9664; Previous"_s)
           + u"<span>Page %1 / %2</span>"_s.arg(page + 1).arg(pages) + link(page + 1, u"Next &#9654;"_s)
           + u"</div>"_s;
}

} // namespace

EinkPage::EinkPage(ReplyHub &hub, DeviceRegistry &devices, store::ConversationStore &conversations,
                   QObject *parent)
    : QObject(parent),
      m_hub(hub),
      m_devices(devices),
      m_conversations(conversations)
{
    connect(&hub, &ReplyHub::eventAdded, this, &EinkPage::onEventAdded);
}

std::optional<HttpAnswer> EinkPage::handle(const HttpRequest &request, const Caller &caller)
{
    if (request.path == "/pair")
        return pairPage(request);
    if (request.path == "/page.js") {
        QFile script(u":/inkchat-relay/page.js"_s);
        script.open(QIODevice::ReadOnly);
        return HttpAnswer::text(200, script.readAll(), "text/javascript; charset=utf-8");
    }
    if (request.path == "/" && request.method == "GET")
        return listPage(caller);
    if (request.path == "/ask" && request.method == "POST")
        return ask(request, caller);
    const QRegularExpressionMatch match = kConversationPath.match(QString::fromLatin1(request.path));
    if (match.hasMatch() && request.method == "GET") {
        const qint64 id = match.captured(1).toLongLong();
        return match.hasCaptured(2) ? book(id) : conversationPage(id, request, caller);
    }
    return std::nullopt;
}

HttpAnswer EinkPage::pairPage(const HttpRequest &request)
{
    QString message;
    if (request.method == "POST") {
        const QUrlQuery fields = formFields(request.body);
        const Result<std::optional<PairedDevice>> device = m_devices.pair(
            field(fields, u"code"_s), field(fields, u"name"_s), QDateTime::currentDateTimeUtc());
        if (device && *device) {
            HttpAnswer answer = redirect("/");
            // HttpOnly: no script reads it; Strict: no other site sends it.
            QByteArray cookie = QByteArray(kTokenCookie) + '=' + (*device)->token.toLatin1()
                                + "; Path=/; Max-Age=315360000; HttpOnly; SameSite=Strict";
            if (request.isTls)
                cookie += "; Secure";
            answer.headers.append(Header("Set-Cookie", cookie));
            qCInfo(lcPage) << "paired device" << (*device)->id << "through the page";
            return answer;
        }
        message = device
                      ? u"That code is wrong, used or expired. Run <b>inkchat-relay pair</b> for a new one."_s
                      : html::escape(device.error().message);
    }
    const QString code = html::escape(request.query.queryItemValue(u"code"_s).left(12));
    const QString body =
        u"<h1>Pair this device</h1>"_s + (message.isEmpty() ? QString() : u"<p>"_s + message + u"</p>"_s)
        + u"<p>On the relay's computer run <b>inkchat-relay pair</b> and type the code here.</p>"
          "<form method=\"post\" action=\"/pair\">"
          "<p><label>Code<br><input name=\"code\" inputmode=\"numeric\" autocomplete=\"off\" "
          "value=\""_s
        + code
        + u"\"></label></p><p><label>Name of this device<br>"
          "<input name=\"name\" value=\"e-reader\"></label></p>"
          "<p><button type=\"submit\">Pair</button></p></form>"_s;
    return htmlAnswer(message.isEmpty() ? 200 : 403, html::page(u"Pair — Inkchat relay"_s, body));
}

QString EinkPage::askForm(qint64 conversationId, const Caller &caller) const
{
    return u"<form method=\"post\" action=\"/ask\"><input type=\"hidden\" name=\"csrf\" value=\"%1\">"
           "<input type=\"hidden\" name=\"form\" value=\"%2\">"
           "<input type=\"hidden\" name=\"conversation\" value=\"%3\">"
           "<p><textarea name=\"text\" rows=\"3\" placeholder=\"Your question\"></textarea></p>"
           "<p><button type=\"submit\">Send</button></p></form>"_s.arg(csrfToken(caller.token), randomHexId())
               .arg(conversationId);
}

HttpAnswer EinkPage::listPage(const Caller &caller)
{
    const Result<QList<chat::ConversationRecord>> conversations = m_conversations.conversations();
    if (!conversations)
        return htmlAnswer(503, html::page(u"Inkchat relay"_s, html::escape(conversations.error().message)));
    QString list;
    for (const chat::ConversationRecord &conversation : conversations->mid(0, 8)) {
        list += u"<li><a href=\"/c/%1\">%2</a><br><small>%3</small></li>"_s.arg(conversation.id)
                    .arg(html::escape(conversation.title.isEmpty() ? u"(untitled)"_s : conversation.title),
                         conversation.updatedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    }
    const QString body = u"<h1>Inkchat</h1>"_s + askForm(0, caller)
                         + (list.isEmpty() ? QString() : u"<ul>"_s + list + u"</ul>"_s);
    return htmlAnswer(200, html::page(u"Inkchat relay"_s, body));
}

HttpAnswer EinkPage::ask(const HttpRequest &request, const Caller &caller)
{
    const QUrlQuery fields = formFields(request.body);
    if (field(fields, u"csrf"_s) != csrfToken(caller.token))
        return htmlAnswer(403,
                          html::page(u"Inkchat relay"_s,
                                     u"<p>This form is out of date. <a href=\"/\">Start again</a>.</p>"_s));
    const QString text = field(fields, u"text"_s).trimmed();
    qint64 conversationId = field(fields, u"conversation"_s).toLongLong();
    if (text.isEmpty())
        return redirect(conversationId > 0 ? QByteArray("/c/" + QByteArray::number(conversationId))
                                           : QByteArray("/"));
    // The form's id is kept as an idempotency key of the device's (and
    // forgotten with the reply it started): a form sent again shows what
    // it asked the first time.
    const QString formId = field(fields, u"form"_s);
    const QString formKey = kFormId.match(formId).hasMatch() ? u"page-form:"_s + formId : QString();
    if (!formKey.isEmpty()) {
        const Result<std::optional<StoredReply>> earlier = m_hub.log().replyForKey(caller.deviceId, formKey);
        if (earlier && *earlier && (*earlier)->conversationId > 0)
            return redirect("/c/" + QByteArray::number((*earlier)->conversationId));
    }
    if (conversationId <= 0) {
        chat::ConversationRecord record;
        record.title = chat::titleFromMessage(text);
        const Result<chat::ConversationRecord> created = m_conversations.createConversation(record);
        if (!created)
            return htmlAnswer(503, html::page(u"Inkchat relay"_s, html::escape(created.error().message)));
        conversationId = created->id;
    }
    chat::MessageRecord question;
    question.role = chat::Role::User;
    question.text = text;
    if (const Result<chat::MessageRecord> stored = m_conversations.appendMessage(conversationId, question);
        !stored)
        return htmlAnswer(503, html::page(u"Inkchat relay"_s, html::escape(stored.error().message)));
    const Result<chat::ConversationRecord> record = m_conversations.conversation(conversationId);
    const Result<QList<chat::MessageRecord>> messages = m_conversations.messages(conversationId);
    if (!record || !messages)
        return htmlAnswer(503, html::page(u"Inkchat relay"_s, u"The conversation cannot be read."_s));
    chat::Conversation conversation;
    conversation.systemPrompt = record->systemPrompt;
    for (const chat::MessageRecord &message : *messages) {
        if (!message.text.isEmpty())
            conversation.messages.append({message.role, message.text});
    }
    const Result<QString> reply = m_hub.start(conversation, conversationId);
    if (!reply)
        return htmlAnswer(503, html::page(u"Inkchat relay"_s, html::escape(reply.error().message)));
    if (!formKey.isEmpty()) {
        if (const std::optional<Error> error = m_hub.log().rememberKey(caller.deviceId, formKey, *reply))
            qCWarning(lcPage) << "form id not stored:" << error->message;
    }
    return redirect("/c/" + QByteArray::number(conversationId));
}

HttpAnswer EinkPage::conversationPage(qint64 conversationId, const HttpRequest &request, const Caller &caller)
{
    const Result<chat::ConversationRecord> record = m_conversations.conversation(conversationId);
    const Result<QList<chat::MessageRecord>> messages = m_conversations.messages(conversationId);
    if (!record || !messages)
        return htmlAnswer(
            404, html::page(u"Inkchat relay"_s,
                            u"<p>There is no such conversation. <a href=\"/\">All conversations</a></p>"_s));
    // Every message as screens, line by line.
    QList<std::pair<QString, bool>> texts;
    for (const chat::MessageRecord &message : *messages) {
        QString text = message.text;
        if (chat::isEndedEarly(message.status))
            text += u"\n["_s + chat::statusName(message.status)
                    + (message.errorText.isEmpty() ? QString() : u": "_s + message.errorText) + u']';
        texts.append({text, message.role == chat::Role::User});
    }
    const Result<std::optional<StoredReply>> streaming = m_hub.log().streamingReplyOf(conversationId);
    const bool live = streaming && *streaming && !texts.isEmpty();
    // A streaming reply starts a screen of its own, under its question.
    const std::pair<QString, bool> question = live ? texts.takeLast() : std::pair<QString, bool>();
    QStringList pages;
    for (const QList<ScreenLine> &screen : screens(texts))
        pages.append(renderScreen(screen));
    if (live) {
        if (pages.constLast().isEmpty())
            pages.removeLast();
        pages.append(renderScreen(screens({question}).constFirst()));
    }
    QString liveBlock;
    if (live) {
        const StoredReply &reply = **streaming;
        const Result<QString> text = m_hub.log().text(reply.id);
        const QString soFar = text ? *text : QString();
        // Without script the reloading page shows the newest screen of it;
        // page.js pages it all.
        const QList<QList<ScreenLine>> replyScreens = screens({{soFar, false}});
        QString lastScreen;
        for (const ScreenLine &line : replyScreens.constLast())
            lastScreen += line.text + u'\n';
        lastScreen.chop(1);
        liveBlock =
            u"<div id=\"live\" data-reply=\"%1\" data-page-rows=\"%2\" "
            "data-row-chars=\"%3\"><div class=\"nav\"><a id=\"prev\" href=\"#\" style=\"visibility:hidden\">"
            "&#9664;</a><span id=\"page-label\"></span><a id=\"next\" href=\"#\" "
            "style=\"visibility:hidden\">&#9654;</a></div>"
            "<div id=\"page-text\" class=\"msg\">%4</div><p id=\"status\">Writing&#8230;</p></div>"
            "<script src=\"/page.js\"></script>"_s.arg(reply.id)
                .arg(kPageRows)
                .arg(kRowChars)
                .arg(html::escape(lastScreen));
    }
    bool ok = false;
    const int asked = request.query.queryItemValue(u"page"_s).toInt(&ok) - 1;
    const int page = ok && asked >= 0 && asked < pages.size() ? asked : int(pages.size()) - 1;
    const bool last = page == pages.size() - 1;
    QString body =
        u"<div class=\"nav\"><a href=\"/\">All</a><a href=\"/c/%1/book.epub\">EPUB</a></div>"_s.arg(
            conversationId)
        + pages.at(page) + (last ? liveBlock : QString()) + pageNav(conversationId, page, int(pages.size()));
    if (last && !live)
        body += askForm(conversationId, caller);
    return htmlAnswer(200, html::page(record->title, body, live && last ? 5 : 0));
}

HttpAnswer EinkPage::book(qint64 conversationId)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"conversation.epub"_s);
    Result<std::unique_ptr<exporting::TranscriptWriter>> created = exporting::createTranscriptWriter(
        exporting::ExportFormat::Epub, path);
    if (!created)
        return HttpAnswer::text(503, created.error().message.toUtf8());
    std::unique_ptr<exporting::TranscriptWriter> writer = std::move(created).value();
    if (auto error = exporting::exportConversations(m_conversations, {conversationId}, *writer))
        return HttpAnswer::text(error->kind == Error::Kind::Usage ? 404 : 503, error->message.toUtf8());
    writer.reset(); // the book is whole once its writer is gone
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return HttpAnswer::text(503, "The book could not be read.\n");
    HttpAnswer answer = HttpAnswer::text(200, file.readAll(), "application/epub+zip");
    answer.headers.append(Header("Content-Disposition", "attachment; filename=\"conversation.epub\""));
    return answer;
}

void EinkPage::onEventAdded(const QString &replyId, const ReplyEvent &event)
{
    if (event.kind != ReplyEvent::Kind::End)
        return;
    const Result<std::optional<StoredReply>> reply = m_hub.log().reply(replyId);
    if (!reply || !*reply || (*reply)->conversationId == 0)
        return;
    const Result<QString> text = m_hub.log().text(replyId);
    chat::MessageRecord message;
    message.role = chat::Role::Assistant;
    message.text = text ? *text : QString();
    message.status = chat::statusFromName(event.data).value_or(chat::MessageStatus::Error);
    message.errorText = event.error;
    if (const Result<chat::MessageRecord> stored = m_conversations.appendMessage((*reply)->conversationId,
                                                                                 message);
        !stored)
        qCWarning(lcPage) << "the reply could not be stored:" << stored.error().message;
}

} // namespace inkchat::relay
