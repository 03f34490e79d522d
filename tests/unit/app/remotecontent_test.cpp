// What a reply may make the app do by itself: nothing on the network. Links
// open only when clicked, and only http(s).

#include "fakesecretstore.h"

#include "application.h"
#include "chat/conversation.h"
#include "chatcontroller.h"
#include "localonlynetworkaccess.h"

#include <QDesktopServices>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using inkchat::app::Application;
using inkchat::app::TranscriptMessage;

namespace {

/// How long to give an image fetch to start. A fetch starts within
/// milliseconds of the frame that lays the text out; this only bounds the
/// wait for something that must not happen.
constexpr int kFetchWindowMs = 1500;

/// A loopback server that only counts who knocks.
class Tracker
{
public:
    Tracker()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                socket->close();
                socket->deleteLater();
            }
        });
    }
    /// Markdown and raw HTML images, as a model might write them.
    QString reply() const
    {
        const QString base = u"http://127.0.0.1:%1"_s.arg(m_server.serverPort());
        return u"Here is a chart: ![chart](%1/chart.png)\n\nAnd <img src=\"%1/pixel.gif\" width=\"1\">"_s.arg(
            base);
    }
    int connections() const { return m_connections; }
    /// Waits up to kFetchWindowMs for a connection.
    bool knocked()
    {
        QSignalSpy spy(&m_server, &QTcpServer::newConnection);
        return m_connections > 0 || spy.wait(kFetchWindowMs);
    }

private:
    QTcpServer m_server;
    int m_connections = 0;
};

/// Records the URLs handed to the desktop instead of opening a browser.
class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

} // namespace

// The control for the next test: Qt Quick on its own does fetch such images
// while laying out a reply, so the test below would see a fetch if the app
// did not prevent it.
TEST(RemoteContent, AQtQuickTextEditOnItsOwnFetchesTheImagesAReplyNames)
{
    Tracker tracker;
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData(R"(
        import QtQuick
        Window {
            width: 400; height: 300; visible: true
            property alias text: edit.text
            TextEdit { id: edit; anchors.fill: parent; textFormat: TextEdit.MarkdownText }
        })",
                      QUrl(u"qrc:/control.qml"_s));
    std::unique_ptr<QObject> window(component.create());
    ASSERT_TRUE(window) << qPrintable(component.errorString());
    window->setProperty("text", tracker.reply());
    EXPECT_TRUE(tracker.knocked());
}

TEST(RemoteContent, TheTranscriptShowsAReplyWithRemoteImagesWithoutFetchingThem)
{
    Tracker tracker;
    inkchat::app::AppOptions options;
    options.noStore = true;
    Application app(options, std::make_unique<FakeSecretStore>());
    QQmlApplicationEngine engine;
    ASSERT_TRUE(app.load(engine));
    QSignalSpy swapped(app.window(), &QQuickWindow::frameSwapped);
    ASSERT_TRUE(swapped.wait(5000));

    app.chat().transcript()->appendMessage(
        {inkchat::chat::Role::Assistant, tracker.reply(), inkchat::chat::MessageStatus::Complete, {}});
    swapped.clear();
    ASSERT_TRUE(swapped.wait(5000)) << "the reply was never drawn";
    EXPECT_FALSE(tracker.knocked());
    EXPECT_EQ(tracker.connections(), 0);
}

TEST(RemoteContent, LinksOpenOnlyForHttpAndHttps)
{
    UrlRecorder recorder;
    const QStringList schemes{u"http"_s,   u"https"_s, u"file"_s, u"javascript"_s, u"ftp"_s,
                              u"mailto"_s, u"data"_s,  u"qrc"_s,  u"inkchat"_s};
    for (const QString &scheme : schemes)
        QDesktopServices::setUrlHandler(scheme, &recorder, "open");

    inkchat::app::AppOptions options;
    options.noStore = true;
    Application app(options, std::make_unique<FakeSecretStore>());
    const auto &chat = app.chat();
    EXPECT_TRUE(chat.openLink(u"https://example.com/docs?q=1#top"_s));
    EXPECT_TRUE(chat.openLink(u"http://127.0.0.1:8080/"_s));
    for (const QString &refused :
         {u"javascript:alert(1)"_s, u"JavaScript:alert(1)"_s, u"file:///etc/passwd"_s,
          u"ftp://example.com/x"_s, u"mailto:someone@example.com"_s,
          u"data:text/html,<script>alert(1)</script>"_s, u"qrc:/qt/qml/Inkchat/Main.qml"_s,
          u"inkchat://settings"_s, u"https:no-host"_s, u"relative/path"_s, u""_s})
        EXPECT_FALSE(chat.openLink(refused)) << refused.toStdString();

    ASSERT_EQ(recorder.opened.size(), 2);
    EXPECT_EQ(recorder.opened.at(0), QUrl(u"https://example.com/docs?q=1#top"_s));
    for (const QString &scheme : schemes)
        QDesktopServices::unsetUrlHandler(scheme);
}

#include "remotecontent_test.moc"
