// The app pairs with a relay as a person would (issue 20): the code typed as
// `inkchat-relay pair` shows it, "1234-5678", is traded for a device token
// the relay then accepts; a wrong code is refused in the relay's words.

#include "relaytestsupport.h"

#include "session/relaypairing.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat;
using namespace inkchat::test;
using namespace inkchat::test::relay;

namespace {

session::ResolvedEndpoint relayAt(quint16 port)
{
    session::ResolvedEndpoint relay;
    relay.providerId = u"relay"_s;
    relay.endpoint.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    return relay;
}

/// The code as the console shows it to the person pairing.
QString shownCode(const RelayProcess &relay)
{
    QByteArray out;
    EXPECT_EQ(relay.runCommand({u"pair"_s}, &out), 0) << out.toStdString();
    return QRegularExpression(u"Pairing code: (\\d{4}-\\d{4})"_s).match(QString::fromUtf8(out)).captured(1);
}

} // namespace

TEST(RelayPairing, TradesTheCodeAsShownForATokenTheRelayAccepts)
{
    QTemporaryDir dir;
    StreamServer upstream;
    upstream.setResponse(pacedReply(numberedPieces(3), 0));
    RelayProcess relay(dir.filePath(u"data"_s), upstream.url(u"/v1"_s));
    ASSERT_TRUE(relay.isRunning());
    const QString code = shownCode(relay);
    ASSERT_EQ(code.size(), 9);

    QNetworkAccessManager network;
    session::RelayPairing pairing(&network);
    QSignalSpy paired(&pairing, &session::RelayPairing::paired);
    QSignalSpy failed(&pairing, &session::RelayPairing::failed);
    pairing.start(relayAt(relay.port()), code, u"desk"_s);
    ASSERT_TRUE(paired.wait(kWaitMs))
        << (failed.isEmpty() ? std::string() : failed.first().first().value<Error>().message.toStdString());
    const QByteArray token = paired.first().first().toString().toLatin1();
    EXPECT_TRUE(token.startsWith("ikr_"));
    EXPECT_EQ(request(relay.port(), "POST", "/v1/replies", token, askBody()).status, 200);
    QByteArray devices;
    ASSERT_EQ(relay.runCommand({u"devices"_s}, &devices), 0);
    EXPECT_TRUE(devices.contains("desk")) << devices.toStdString();
}

TEST(RelayPairing, AWrongCodeIsRefusedInTheRelaysWords)
{
    QTemporaryDir dir;
    StreamServer upstream;
    RelayProcess relay(dir.filePath(u"data"_s), upstream.url(u"/v1"_s));
    ASSERT_TRUE(relay.isRunning());
    const QString code = shownCode(relay);
    const QString wrong = code.startsWith(u'1') ? u"2222-2222"_s : u"1111-1111"_s;

    QNetworkAccessManager network;
    session::RelayPairing pairing(&network);
    QSignalSpy paired(&pairing, &session::RelayPairing::paired);
    QSignalSpy failed(&pairing, &session::RelayPairing::failed);
    pairing.start(relayAt(relay.port()), wrong, u"desk"_s);
    ASSERT_TRUE(failed.wait(kWaitMs));
    EXPECT_TRUE(paired.isEmpty());
    const Error error = failed.first().first().value<Error>();
    EXPECT_TRUE(error.message.contains(u"the pairing code is wrong, used or expired"_s))
        << error.message.toStdString();
}
