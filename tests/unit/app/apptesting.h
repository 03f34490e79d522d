#pragma once

// Helpers the app tests share: settings in a scratch ini file, waiting on
// signals without sleeping, and OpenAI Chat Completions wire bodies for the
// StreamServer.

#include "signalwait.h"
#include "ssescript.h"
#include "streamserver.h"

#include "chat/conversationtitle.h"
#include "session/endpointsource.h"
#include "session/sessionregistry.h"
#include "store/conversationstore.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>

#include <ostream>

/// GoogleTest prints these as text, not as lists of QChar.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

inline void PrintTo(const QUrl &url, std::ostream *os)
{
    *os << url.toDisplayString().toStdString();
}

namespace inkchat::test::app {

using namespace Qt::StringLiterals;

inline constexpr int kWaitMs = 10'000;

/// A QSettings of its own on an ini file in a scratch directory, so no test
/// reads or writes the user's settings, and tests can read the file's bytes.
struct TempSettings
{
    QTemporaryDir dir;
    QString path = dir.filePath(u"inkchat.ini"_s);
    QSettings settings{path, QSettings::IniFormat};

    /// What is on disk, after writing out everything set so far.
    QByteArray fileBytes()
    {
        settings.sync();
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

using inkchat::test::waitUntil;

inline QString joined(const QStringList &pieces)
{
    return pieces.join(QString());
}

inline QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline StreamResponse jsonResponse(const QByteArray &body, int status, const QByteArray &reason)
{
    StreamResponse response;
    response.status = status;
    response.reason = reason;
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    response.body = body;
    return response;
}

/// An error as OpenAI answers it: {"error": {"message", "type", "code"}}.
inline StreamResponse openAiError(int status, const QByteArray &reason, const QString &message)
{
    const QJsonObject error{
        {"message"_L1, message}, {"type"_L1, u"invalid_request_error"_s}, {"code"_L1, status}};
    return jsonResponse(compactJson({{"error"_L1, error}}), status, reason);
}

/// Chat sessions on a conversation store, replying "An answer." from a
/// loopback server: what the conversation list and the exports need.
struct TestSessions
{
    explicit TestSessions(store::ConversationStore &store)
    {
        server.setResponse(sseResponse(openAiChatBody({u"An answer."_s})));
        session::SessionServices services;
        services.network = &network;
        services.endpoints = &endpoints;
        services.store = &store;
        registry = std::make_unique<session::SessionRegistry>(services);
    }

    /// Sends `text` in the conversation `id` and waits for the reply.
    bool exchange(qint64 id, const QString &text)
    {
        auto held = registry->hold(id);
        if (!held || !(*held)->send(text))
            return false;
        session::ChatSession *session = *held;
        const bool ended = waitUntil(session, &session::ChatSession::stateChanged,
                                     [session] { return !session->isStreaming(); });
        registry->release(id);
        return ended;
    }

    StreamServer server;
    QNetworkAccessManager network;
    session::FixedEndpointSource endpoints{{u"openai"_s, {server.url(u"/v1"_s), u"test-model"_s, {}}, {}}};
    std::unique_ptr<session::SessionRegistry> registry;
};

/// The `messages` of a Chat Completions request.
inline QJsonArray requestMessages(const RecordedRequest &request)
{
    return QJsonDocument::fromJson(request.body).object().value("messages"_L1).toArray();
}

} // namespace inkchat::test::app
