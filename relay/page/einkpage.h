#pragma once

#include "api/relayapi.h"

#include <QObject>

#include <optional>

namespace inkchat::store {
class ConversationStore;
}

namespace inkchat::relay {

class DeviceRegistry;
class ReplyHub;

/// The relay's page for e-reader browsers (Kindle, Kobo, PocketBook):
/// server-rendered HTML that works without JavaScript (forms, and a page
/// that reloads itself while a reply streams) and, with it, a tiny ES5
/// script (page.js) that follows the reply by EventSource or, where that is
/// missing, by XMLHttpRequest long polls, at most one update per 500 ms in
/// whole lines, paged instead of scrolled.
///
///  - `/pair`: a form that trades a pairing code for the device cookie
///  - `/`: the conversations and a new question
///  - `/c/ID`: a conversation, in pages; its reply as it streams; Send
///  - `/c/ID/book.epub`: the conversation as an EPUB book
///
/// Conversations are kept in a conversation store of the relay's own (the
/// core's ConversationStore); a reply's text is written there when it ends,
/// until then its events are its record.
class EinkPage : public QObject
{
    Q_OBJECT

public:
    EinkPage(ReplyHub &hub, DeviceRegistry &devices, store::ConversationStore &conversations,
             QObject *parent = nullptr);

    std::optional<HttpAnswer> handle(const HttpRequest &request, const Caller &caller);

    /// What one screen holds at the page's type size (26 px on a 758x1024
    /// screen), counted in rows of characters, as page.js counts it.
    static constexpr int kPageRows = 17;
    static constexpr int kRowChars = 50;

private:
    HttpAnswer pairPage(const HttpRequest &request);
    HttpAnswer listPage(const Caller &caller);
    HttpAnswer conversationPage(qint64 conversationId, const HttpRequest &request, const Caller &caller);
    HttpAnswer ask(const HttpRequest &request, const Caller &caller);
    HttpAnswer book(qint64 conversationId);
    /// A finished reply of a page conversation goes into its store.
    void onEventAdded(const QString &replyId, const ReplyEvent &event);
    QString askForm(qint64 conversationId, const Caller &caller) const;

    ReplyHub &m_hub;
    DeviceRegistry &m_devices;
    store::ConversationStore &m_conversations;
};

} // namespace inkchat::relay
