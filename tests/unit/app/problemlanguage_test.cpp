// Core names what went wrong (Error::code and its values); the app says it
// in the user's language. None of the English core keeps for logs reaches
// the window, only the words of others it carries (Qt's, the system's).

#include "chatcontrollertesting.h"

#include "controllers/exportcontroller.h"
#include "fixtures.h"
#include "util/translations.h"

#include <QTcpServer>
#include <QTemporaryDir>

using namespace inkchat::test::chatcontroller;

namespace {

/// The app in German for as long as it lives.
struct InGerman
{
    InGerman() { EXPECT_TRUE(translations.load(QLocale(u"de"_s))); }
    inkchat::Translations translations{u"inkchat"_s};
};

/// A port nobody listens on (taken and given back).
quint16 closedPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 9;
}

struct ProblemLanguageTest : ChatControllerTest
{
    InGerman german;
};

TEST_F(ProblemLanguageTest, ARefusedCertificateIsSaidInGermanUnderTheReplyAlsoAfterARestart)
{
    StreamServer tlsServer(inkchat::test::loopbackServerTls());
    tlsServer.setResponse(sseResponse(openAiChatBody(kAll)));
    const int row = settings.addEndpoint(u"openai"_s);
    ASSERT_EQ(settings.updateEndpoint(row, u"Lab"_s, u"openai"_s, tlsServer.url(u"/v1"_s).toString(),
                                      u"test-model"_s),
              QString());

    ASSERT_TRUE(chat->send(u"Hallo"_s));
    ASSERT_TRUE(waitForEnd());
    const QString why = reply().errorText;
    EXPECT_TRUE(
        why.startsWith(u"Die sichere Verbindung zu 127.0.0.1:%1 ist gescheitert: "_s.arg(tlsServer.port())))
        << qPrintable(why);
    EXPECT_FALSE(why.contains(u"secure connection"_s)) << "core's English: " << qPrintable(why);
    EXPECT_TRUE(tlsServer.requests().isEmpty());

    build(false); // the next start of the app, which reads the reply from the store
    ASSERT_EQ(chat->transcript()->messageCount(), 2);
    EXPECT_EQ(reply().errorText, why) << "the store kept core's English only";
}

TEST_F(ProblemLanguageTest, AProxyThatIsDownIsNamedInGermanWhileTheReplyTriesAgain)
{
    const QString proxyPort = QString::number(closedPort());
    network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxyPort.toUShort()));
    const int row = settings.addEndpoint(u"openai"_s);
    ASSERT_EQ(
        settings.updateEndpoint(row, u"Test"_s, u"openai"_s, u"http://api.example.com/v1"_s, u"test-model"_s),
        QString());

    ASSERT_TRUE(chat->send(u"Hallo"_s));
    ASSERT_TRUE(waitUntil(chat.get(), &ChatController::statusChanged, [&] {
        return chat->status().contains(u"über den Proxy"_s);
    })) << qPrintable(history());
    const QString status = chat->status();
    EXPECT_TRUE(status.contains(
        u"api.example.com ist über den Proxy http://127.0.0.1:%1 nicht erreichbar: "_s.arg(proxyPort)))
        << qPrintable(status);
    EXPECT_FALSE(status.contains(u"cannot reach"_s)) << "core's English: " << qPrintable(status);
    chat->stop();
}

TEST(ProblemLanguage, AnExportIntoAFolderThatIsGoneIsSaidInGerman)
{
    InGerman german;
    QTemporaryDir dir;
    auto store = ConversationStore::open(dir.filePath(u"conversations.sqlite"_s)).value();
    TestSessions sessions(*store);
    ConversationListModel conversations(*store, *sessions.registry);
    ASSERT_TRUE(sessions.exchange(conversations.currentId(), u"Züge"_s));
    ExportController exporter(*store, conversations, dir.filePath(u"exports"_s));

    const QString gone = QDir::toNativeSeparators(dir.filePath(u"gone"_s));
    QSignalSpy finished(&exporter, &ExportController::finished);
    ASSERT_TRUE(exporter.exportCurrent(u"md"_s, QUrl::fromLocalFile(dir.filePath(u"gone/Züge.md"_s))));
    ASSERT_TRUE(!finished.isEmpty() || finished.wait(30'000));
    EXPECT_EQ(exporter.result(), u"Nicht exportiert: Den Ordner %1 gibt es nicht."_s.arg(gone));
}

} // namespace
