// inkchat-relay behind nginx, which speaks HTTP/2 to the clients (issue 20,
// docs/relay.md): events stream through as they come, and a client resumes
// by Last-Event-ID over HTTP/2 as over HTTP/1.1.

#include "nginxproxy.h"
#include "relaytestsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat::test;
using namespace inkchat::test::relay;

namespace {

struct CurlResult
{
    QByteArray body;
    QByteArray httpVersion;
};

/// curl over cleartext HTTP/2 with prior knowledge; the event loop runs
/// meanwhile (the upstream is served from it).
CurlResult curlHttp2(const QStringList &arguments)
{
    QProcess curl;
    QSignalSpy finished(&curl, &QProcess::finished);
    curl.start(u"curl"_s, QStringList{u"-sN"_s, u"--http2-prior-knowledge"_s, u"-w"_s, u"\n%{http_version}"_s}
                              + arguments);
    EXPECT_TRUE(finished.wait(kWaitMs));
    QByteArray out = curl.readAllStandardOutput();
    const qsizetype last = out.lastIndexOf('\n');
    return {out.left(last), out.mid(last + 1)};
}

QString textOf(const QByteArray &body, QByteArray *lastId = nullptr)
{
    QString text;
    for (const QByteArray &block : body.split('\n')) {
        if (block.startsWith("data: {\"t\":"))
            text += QJsonDocument::fromJson(block.mid(6)).object().value("t"_L1).toString();
        if (lastId && block.startsWith("id: "))
            *lastId = block.mid(4);
    }
    return text;
}

} // namespace

TEST(RelayProxy, StreamsAndResumesThroughNginxOverHttp2)
{
    if (!NginxProxy::isAvailable() || QStandardPaths::findExecutable(u"curl"_s).isEmpty())
        GTEST_SKIP() << "needs nginx and curl (Debian: nginx, curl)";
    QTemporaryDir dir;
    StreamServer upstream;
    const QStringList pieces = numberedPieces(30);
    upstream.setResponse(pacedReply(pieces, 2));
    RelayProcess relay(dir.filePath(u"data"_s), upstream.url(u"/v1"_s));
    ASSERT_TRUE(relay.isRunning());
    const QByteArray token = relay.pair();
    NginxProxy nginx(QUrl(u"http://127.0.0.1:%1"_s.arg(relay.port())), NginxProxy::Buffering::Off,
                     NginxProxy::ClientProtocol::Http2);
    ASSERT_TRUE(nginx.start()) << nginx.errorLog().toStdString();
    const QString base = nginx.url().toString();
    const QString authorization = u"Authorization: Bearer "_s + QString::fromLatin1(token);

    const CurlResult asked = curlHttp2({u"-X"_s, u"POST"_s, u"-H"_s, authorization, u"--data-binary"_s,
                                        QString::fromUtf8(askBody()), base + u"/v1/replies"_s});
    EXPECT_EQ(asked.httpVersion, "2");
    EXPECT_EQ(textOf(asked.body), pieces.join(QString()));
    const qsizetype at = asked.body.indexOf("{\"reply\":\"");
    ASSERT_GE(at, 0);
    const QString replyId = QString::fromLatin1(asked.body.mid(at + 10, 32));

    const CurlResult resumed = curlHttp2({u"-H"_s, authorization, u"-H"_s, u"Last-Event-ID: 12"_s,
                                          base + u"/v1/replies/"_s + replyId + u"/events"_s});
    EXPECT_EQ(resumed.httpVersion, "2");
    QByteArray lastId;
    EXPECT_EQ(textOf(resumed.body, &lastId), pieces.mid(12).join(QString()));
    EXPECT_TRUE(resumed.body.startsWith("retry: 3000\n\nid: 13\n")) << resumed.body.left(80).toStdString();
    EXPECT_TRUE(resumed.body.contains("event: end"));
}
