// Core names what went wrong (Error::code and its values); the app says it
// in the user's language. None of the English core keeps for logs reaches
// the window, only the words of others it carries (Qt's, the system's).

#include "chatcontrollertesting.h"

#include "controllers/exportcontroller.h"
#include "controllers/importcontroller.h"
#include "fixtures.h"
#include "util/translations.h"

#include <QFile>
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
    /// Replies go to an endpoint of `provider` at `baseUrl` from now on.
    void useEndpoint(const QString &provider, const QUrl &baseUrl)
    {
        const int row = settings.addEndpoint(provider);
        EXPECT_EQ(settings.updateEndpoint(row, u"Lab"_s, provider, baseUrl.toString(), u"test-model"_s),
                  QString());
    }

    InGerman german;
};

TEST_F(ProblemLanguageTest, ARefusedCertificateIsSaidInGermanUnderTheReplyAlsoAfterARestart)
{
    StreamServer tlsServer(inkchat::test::loopbackServerTls());
    tlsServer.setResponse(sseResponse(openAiChatBody(kAll)));
    useEndpoint(u"openai"_s, tlsServer.url(u"/v1"_s));

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

TEST_F(ProblemLanguageTest, AKeychainThatIsLockedIsSaidInGermanWithItsOwnWords)
{
    const int row = settings.addEndpoint(u"openai"_s);
    // As platform::KeychainSecretStore reports a locked collection.
    secrets.failure = Error::coded(Error::Kind::Unavailable, Error::Code::KeychainLocked, {},
                                   u"The keychain refused to store the API key (is it locked?)"_s)
                          .with({}, u"Cannot create an item in a locked collection"_s);

    settings.setApiKey(row, u"sk-test-0123456789"_s);
    ASSERT_TRUE(waitUntil(&settings, &SettingsController::busyChanged, [&] { return !settings.isBusy(); }));

    const QString said = settings.keychainMessage();
    EXPECT_TRUE(said.startsWith(u"Der Schlüsselbund hat den Zugriff verweigert."_s)) << qPrintable(said);
    EXPECT_TRUE(said.endsWith(u"Cannot create an item in a locked collection"_s)) << qPrintable(said);
    EXPECT_FALSE(said.contains(u"refused"_s)) << "core's English: " << qPrintable(said);
}

/// A window's import of `bytes` (or of a file that is not there), to its end.
struct GermanImport : ::testing::Test
{
    InGerman german;
    QTemporaryDir dir;
    std::unique_ptr<ConversationStore> store =
        ConversationStore::open(dir.filePath(u"conversations.sqlite"_s)).value();
    TestSessions sessions{*store};
    ConversationListModel conversations{*store, *sessions.registry};
    ImportController importer{*store, conversations};

    QString importFile(const QString &path)
    {
        QSignalSpy finished(&importer, &ImportController::finished);
        EXPECT_TRUE(importer.importFile(QUrl::fromLocalFile(path)));
        EXPECT_TRUE(!finished.isEmpty() || finished.wait(30'000));
        return importer.result();
    }

    QString importBytes(const QByteArray &bytes)
    {
        const QString path = dir.filePath(u"import.json"_s);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        return importFile(path);
    }
};

TEST_F(GermanImport, AFileNestedTooDeepIsSaidInGerman)
{
    const QString said = importBytes(
        R"({"format":"inkchat.transcript","version":2,"conversations":[{"uuid":"c-1","messages":[)"
        R"({"uuid":"m-1","role":"user","text":"","x":)"
        + QByteArray(2000, '['));
    EXPECT_EQ(said, u"Nicht importiert: Dies ist kein gültiges JSON für einen Import: Es ist tiefer als 1024 "
                    "Ebenen verschachtelt."_s)
        << qPrintable(said);
}

TEST_F(GermanImport, AFieldThatMustBeTrueOrFalseIsNamedInGerman)
{
    const QString said = importBytes(
        R"({"format":"inkchat.transcript","version":2,"conversations":[{"uuid":"c-1","title":"Züge",)"
        R"("pinned":"yes","messages":[]}]})");
    EXPECT_EQ(said, u"Nicht importiert: Dies ist kein gültiges Inkchat-Transkript: conversations[0].pinned "
                    "muss true oder false sein."_s);
}

TEST_F(GermanImport, AFileThatCannotBeReadIsNamedInGermanWithTheSystemsReason)
{
    const QString missing = dir.filePath(u"nowhere.json"_s);
    const QString said = importFile(missing);
    EXPECT_TRUE(said.startsWith(
        u"Nicht importiert: %1 kann nicht gelesen werden: "_s.arg(QDir::toNativeSeparators(missing))))
        << qPrintable(said);
}

TEST_F(ProblemLanguageTest, AnErrorTheProviderReportsInItsStreamIsFramedInGermanWithItsOwnWords)
{
    server.setResponse(sseResponse(R"(data: {"error":{"message":"Incorrect API key provided: sk-te****",)"
                                   R"("type":"invalid_request_error","code":"invalid_api_key"}})"
                                   "\n\n"));
    addServerEndpoint();

    ASSERT_TRUE(chat->send(u"Hallo"_s));
    ASSERT_TRUE(waitForEnd());
    const QString why =
        u"Der Anbieter hat einen Fehler gemeldet: Incorrect API key provided: sk-te**** (invalid_api_key)"_s;
    EXPECT_EQ(reply().errorText, why);

    build(false); // the next start of the app, which reads the reply from the store
    ASSERT_EQ(chat->transcript()->messageCount(), 2);
    EXPECT_EQ(reply().errorText, why);
}

TEST_F(ProblemLanguageTest, APromptGeminiBlocksIsSaidInGermanWithGeminisReason)
{
    server.setResponse(sseResponse(R"(data: {"promptFeedback":{"blockReason":"PROHIBITED_CONTENT",)"
                                   R"("blockReasonMessage":"The prompt touches a forbidden topic."}})"
                                   "\n\n"));
    useEndpoint(u"gemini"_s, server.url(u"/v1beta"_s));

    ASSERT_TRUE(chat->send(u"Hallo"_s));
    ASSERT_TRUE(waitForEnd());
    const QString why = reply().errorText;
    EXPECT_EQ(
        why,
        u"Gemini hat die Eingabe blockiert (PROHIBITED_CONTENT): The prompt touches a forbidden topic."_s);
    EXPECT_FALSE(why.contains(u"blocked the prompt"_s)) << "core's English: " << qPrintable(why);
}

TEST_F(ProblemLanguageTest, AStreamThatIsNotJsonIsSaidInGermanAndShowsWhatCame)
{
    // After part of the reply: no other rung is tried, the reply ends here.
    server.setResponse(sseResponse(openAiChatBody(kFirst, false) + "data: <html>Bad Gateway</html>\n\n"));
    addServerEndpoint();

    ASSERT_TRUE(chat->send(u"Hallo"_s));
    ASSERT_TRUE(waitForEnd());
    const QString why = reply().errorText;
    EXPECT_EQ(why,
              u"Der Server hat ein Ereignis gesendet, das kein JSON-Objekt ist: <html>Bad Gateway</html>"_s);
    EXPECT_FALSE(why.contains(u"the server sent"_s)) << "core's English: " << qPrintable(why);
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
