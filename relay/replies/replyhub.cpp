#include "replyhub.h"

#include "conversationjson.h"
#include "replyrun.h"

#include "chat/records.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcReplies, "inkchat.relay.replies")

namespace inkchat::relay {

ReplyHub::ReplyHub(EventLog &log, UpstreamServices upstream, QObject *parent)
    : QObject(parent),
      m_log(log),
      m_upstream(std::move(upstream))
{
    qRegisterMetaType<ReplyEvent>();
}

ReplyHub::~ReplyHub()
{
    // The relay stops: its replies stay "streaming" in the log, so the next
    // start carries them on.
    for (const QPointer<ReplyRun> &run : std::as_const(m_runs)) {
        if (run) {
            run->disconnect(this);
            delete run;
        }
    }
}

Result<QString> ReplyHub::start(const chat::Conversation &conversation, qint64 conversationId,
                                qint64 messageId)
{
    const Result<QString> id = m_log.createReply(conversationToJson(conversation), conversationId, messageId);
    if (!id)
        return id.error();
    run(*id, conversation, {});
    return *id;
}

Result<int> ReplyHub::resumeUnfinished()
{
    const Result<QList<StoredReply>> replies = m_log.unfinished();
    if (!replies)
        return replies.error();
    int resumed = 0;
    for (const StoredReply &reply : *replies) {
        const Result<chat::Conversation> conversation = conversationFromJson(reply.request);
        const Result<QString> text = m_log.text(reply.id);
        if (!conversation || !text) {
            qCWarning(lcReplies) << "cannot carry on reply" << reply.id;
            continue;
        }
        run(reply.id, *conversation, *text);
        ++resumed;
    }
    return resumed;
}

void ReplyHub::run(const QString &replyId, const chat::Conversation &conversation, const QString &textSoFar)
{
    auto *run = new ReplyRun(m_upstream, conversation, textSoFar, this);
    m_runs.insert(replyId, run);
    const auto store = [this, replyId, run](ReplyEvent::Kind kind, const QString &delta) {
        const Result<ReplyEvent> event = m_log.append(replyId, kind, delta);
        if (!event) {
            // What cannot be stored cannot be served whole: the reply ends here.
            qCWarning(lcReplies) << "reply" << replyId << "stopped:" << event.error().message;
            run->stop();
            return;
        }
        Q_EMIT eventAdded(replyId, *event);
    };
    connect(run, &ReplyRun::textReceived, this,
            [store](const QString &delta) { store(ReplyEvent::Kind::Text, delta); });
    // The upstream answered afresh (it cannot continue a reply): the clients
    // are told to replace the text they have, never to add the new answer to it.
    connect(run, &ReplyRun::restarted, this, [store] { store(ReplyEvent::Kind::Restart, {}); });
    connect(run, &ReplyRun::ended, this,
            [this, replyId, run](chat::MessageStatus status, const QString &error) {
                const Result<ReplyEvent> event = m_log.append(replyId, ReplyEvent::Kind::End,
                                                              chat::statusName(status), error);
                qCInfo(lcReplies) << "reply" << replyId << "ended:" << chat::statusName(status);
                m_runs.remove(replyId);
                run->deleteLater();
                if (event)
                    Q_EMIT eventAdded(replyId, *event);
                else
                    qCWarning(lcReplies) << "reply" << replyId << "end not stored:" << event.error().message;
            });
    run->start();
}

} // namespace inkchat::relay
