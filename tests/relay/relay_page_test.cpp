// The e-ink page in headless Chromium (issue 20): a reply streams with at
// most one DOM update per 500 ms, in pages, with EventSource, without it
// (long polls), and without JavaScript (forms and a reloading page); when
// the relay's upstream answered afresh, the new answer replaces the old.
// Screenshots at 758x1024 are left in the build tree (einkpage-*.png).

#include "relaytestsupport.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat::test;
using namespace inkchat::test::relay;

namespace {

QStringList storyLines()
{
    QStringList lines;
    for (int i = 1; i <= 40; ++i)
        lines.append(u"Line %1 of the story, long enough to fill an e-reader's line.\n"_s.arg(i));
    return lines;
}

QList<std::pair<QByteArray, QByteArray>> cookie(const QByteArray &token)
{
    return {{"Cookie", "inkchat_relay=" + token}};
}

/// The value of the hidden form field `name` in `html`.
QByteArray hiddenField(const QByteArray &html, const QByteArray &name)
{
    const QByteArray start = "name=\"" + name + "\" value=\"";
    const qsizetype at = html.indexOf(start) + start.size();
    return html.mid(at, html.indexOf('"', at) - at);
}

/// The home page's question form, filled in with `question`.
QByteArray filledForm(quint16 port, const QByteArray &token, const QByteArray &question)
{
    const Answer home = request(port, "GET", "/", {}, {}, cookie(token));
    EXPECT_EQ(home.status, 200);
    return "csrf=" + hiddenField(home.body, "csrf") + "&form=" + hiddenField(home.body, "form")
           + "&conversation=0&text=" + QByteArray(question).replace(' ', '+');
}

/// Sends a filled-in form, as a browser without script would; the
/// conversation page it is sent to.
QByteArray sendForm(quint16 port, const QByteArray &token, const QByteArray &form)
{
    const Answer asked = request(port, "POST", "/ask", {}, form,
                                 cookie(token)
                                     + QList<std::pair<QByteArray, QByteArray>>{
                                         {"Content-Type", "application/x-www-form-urlencoded"}});
    EXPECT_EQ(asked.status, 303);
    const qsizetype location = asked.received.indexOf("Location: ");
    return asked.received.mid(location + 10, asked.received.indexOf('\r', location) - location - 10);
}

QByteArray askThroughForm(quint16 port, const QByteArray &token, const QByteArray &question)
{
    return sendForm(port, token, filledForm(port, token, question));
}

/// Headless Chromium on a page, driven by einkpage_driver.cjs.
class PageRun
{
public:
    /// `name` names the screenshot (einkpage-NAME.png); the mode by default.
    PageRun(const QString &chromium, const QString &url, const QByteArray &token, const QString &mode,
            const QString &name = {})
        : screenshot(QFileInfo(u"einkpage-%1.png"_s.arg(name.isEmpty() ? mode : name)).absoluteFilePath()),
          m_finished(&m_node, &QProcess::finished)
    {
        m_node.start(u"node"_s, {QStringLiteral(INKCHAT_RELAY_TEST_DIR "/einkpage_driver.cjs"), chromium, url,
                                 QString::fromLatin1(token), mode, screenshot});
    }

    /// What the page did. The upstream streams from this process's event
    /// loop: the wait runs it.
    QJsonObject result()
    {
        EXPECT_TRUE(m_node.state() == QProcess::NotRunning || m_finished.wait(90'000));
        EXPECT_EQ(m_node.exitCode(), 0) << m_node.readAllStandardError().toStdString();
        return QJsonDocument::fromJson(m_node.readAllStandardOutput()).object();
    }

    const QString screenshot;

private:
    QProcess m_node;
    QSignalSpy m_finished;
};

} // namespace

class RelayPage : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_chromium = QStandardPaths::findExecutable(u"chromium"_s);
        if (m_chromium.isEmpty() || QStandardPaths::findExecutable(u"node"_s).isEmpty())
            GTEST_SKIP() << "needs chromium and node (Debian: chromium, nodejs)";
        // The upstream holds the reply after a few lines until the page has
        // connected (held()), then the relay continues it: the page sees a
        // reply stream however long the browser took to start.
        const QString whole = storyLines().join(QString());
        m_upstream.setResponder([whole](const RecordedRequest &request) {
            const QJsonArray messages =
                QJsonDocument::fromJson(request.body).object().value("messages"_L1).toArray();
            const QJsonObject last = messages.last().toObject();
            if (last.value("role"_L1).toString() != "assistant"_L1) {
                StreamResponse held = pacedReply(storyLines(), 0);
                held.pauseAfterBytes = held.body.indexOf("Line 4 ");
                return held;
            }
            // The rest, a line at a time.
            QStringList rest = whole.mid(last.value("content"_L1).toString().size()).split(u'\n');
            for (qsizetype i = 0; i + 1 < rest.size(); ++i)
                rest[i] += u'\n';
            return pacedReply(rest, 25);
        });
        m_relay = std::make_unique<RelayProcess>(m_dir.filePath(u"data"_s), m_upstream.url(u"/v1"_s));
        ASSERT_TRUE(m_relay->isRunning());
        m_token = m_relay->pair(u"kindle"_s);
    }

    /// Lets the held reply go on once the page is following it.
    void releaseWhenFollowed(const QByteArray &how)
    {
        ASSERT_TRUE(m_relay->waitForOutput(how)) << m_relay->output().toStdString();
        m_upstream.closeConnections();
    }

    QString url(const QByteArray &path) const
    {
        return u"http://127.0.0.1:%1"_s.arg(m_relay->port()) + QString::fromLatin1(path);
    }

    void checkStreamedPage(const QString &mode)
    {
        const QByteArray conversation = askThroughForm(m_relay->port(), m_token, "Tell me a story");
        ASSERT_TRUE(conversation.startsWith("/c/")) << conversation.toStdString();
        PageRun run(m_chromium, url(conversation), m_token, mode);
        releaseWhenFollowed(mode == u"polling"_s ? "/poll device" : "/events device");
        const QJsonObject result = run.result();
        const QJsonObject stats = result.value("stats"_L1).toObject();
        EXPECT_EQ(stats.value("mode"_L1).toString(), mode);
        EXPECT_TRUE(stats.value("done"_L1).toBool());
        // Paged, not scrolled: the first page starts the story, the last ends it.
        EXPECT_GE(stats.value("pages"_L1).toInt(), 2);
        const QString whole = storyLines().join(QString());
        const QString first = result.value("firstPage"_L1).toString();
        const QString last = result.value("lastPage"_L1).toString();
        EXPECT_TRUE(whole.startsWith(first) && first.size() > 100) << first.toStdString();
        EXPECT_TRUE(whole.endsWith(last) && last.size() > 50) << last.toStdString();
        // Whole lines only, and calm: the DOM changed at most once per 500 ms.
        const QJsonArray mutations = result.value("mutations"_L1).toArray();
        EXPECT_GE(mutations.size(), 2);
        for (qsizetype i = 1; i < mutations.size(); ++i) {
            EXPECT_GE(mutations.at(i).toDouble() - mutations.at(i - 1).toDouble(), 499.0)
                << "updates " << i - 1 << " and " << i;
        }
        EXPECT_TRUE(last.endsWith(u'\n'));
        std::printf("[ figures ] %s: %d DOM updates, %d pages; screenshot %s\n", qPrintable(mode),
                    int(mutations.size()), stats.value("pages"_L1).toInt(), qPrintable(run.screenshot));
    }

    QTemporaryDir m_dir;
    StreamServer m_upstream;
    std::unique_ptr<RelayProcess> m_relay;
    QByteArray m_token;
    QString m_chromium;
};

TEST_F(RelayPage, StreamsWithEventSourceAtMostOneUpdatePer500ms)
{
    checkStreamedPage(u"eventsource"_s);
}

TEST_F(RelayPage, StreamsByLongPollsWithoutEventSource)
{
    checkStreamedPage(u"polling"_s);
}

TEST_F(RelayPage, WorksWithoutJavaScript)
{
    const QByteArray conversation = askThroughForm(m_relay->port(), m_token, "Tell me a story");
    PageRun streaming(m_chromium, url(conversation), m_token, u"noscript"_s);
    const QString html = streaming.result().value("html"_L1).toString();
    EXPECT_TRUE(html.contains(u"http-equiv=\"refresh\""_s)) << "a streaming page reloads itself";
    EXPECT_TRUE(html.contains(u"Tell me a story"_s));

    // Once the reply is done, the reloaded page has it, in pages, and a form to go on.
    const qsizetype at = html.indexOf(u"data-reply=\""_s);
    ASSERT_GE(at, 0);
    const QByteArray replyId = html.mid(at + 12, 32).toLatin1();
    HttpClient untilEnd(m_relay->port(), "GET", "/v1/replies/" + replyId + "/events", cookie(m_token));
    ASSERT_TRUE(untilEnd.waitForEvents(1));
    m_upstream.closeConnections();
    ASSERT_TRUE(untilEnd.waitForEnd());
    const Answer page = request(m_relay->port(), "GET", conversation, {}, {}, cookie(m_token));
    EXPECT_FALSE(page.body.contains("http-equiv=\"refresh\""));
    EXPECT_TRUE(page.body.contains("Line 40 of the story")) << page.body.toStdString();
    EXPECT_TRUE(page.body.contains("action=\"/ask\""));
    const Answer first = request(m_relay->port(), "GET", conversation + "?page=1", {}, {}, cookie(m_token));
    EXPECT_TRUE(first.body.contains("Line 1 of the story"));
    EXPECT_TRUE(first.body.contains("Next &#9654;")) << "the finished reply is paged";
    // And the book of it.
    const Answer book = request(m_relay->port(), "GET", conversation + "/book.epub", {}, {}, cookie(m_token));
    EXPECT_EQ(book.status, 200);
    EXPECT_TRUE(book.body.startsWith("PK"));
}

TEST_F(RelayPage, UnpairedBrowsersAreSentToPairing)
{
    const Answer home = request(m_relay->port(), "GET", "/");
    EXPECT_EQ(home.status, 303);
    EXPECT_TRUE(home.received.contains("Location: /pair"));
    EXPECT_EQ(request(m_relay->port(), "POST", "/ask", {}, "text=hi", cookie("ikr_wrong")).status, 401);
    // A form from elsewhere (no csrf) starts nothing.
    EXPECT_EQ(request(m_relay->port(), "POST", "/ask", {}, "conversation=0&text=hi", cookie(m_token)).status,
              403);
    EXPECT_TRUE(m_upstream.requests().isEmpty());
}

TEST_F(RelayPage, AFormSentTwiceAsksOnce)
{
    // A double tap on Send, or a browser sending the form again after its
    // answer was lost: one question, one reply.
    const QByteArray form = filledForm(m_relay->port(), m_token, "Tell me a story twice");
    const QByteArray first = sendForm(m_relay->port(), m_token, form);
    const QByteArray again = sendForm(m_relay->port(), m_token, form);
    EXPECT_TRUE(first.startsWith("/c/")) << first.toStdString();
    EXPECT_EQ(again, first);
    const Answer page = request(m_relay->port(), "GET", first, {}, {}, cookie(m_token));
    EXPECT_TRUE(page.body.contains("Tell me a story twice"));
    const Answer home = request(m_relay->port(), "GET", "/", {}, {}, cookie(m_token));
    EXPECT_EQ(home.body.count("<li>"), 1) << home.body.toStdString();
    // A form shown anew is another question.
    const QByteArray next = askThroughForm(m_relay->port(), m_token, "Tell me a story twice");
    EXPECT_NE(next, first);
}

TEST_F(RelayPage, ShowsOnlyTheNewAnswerWhenTheUpstreamAnsweredAfresh)
{
    // An upstream that cannot continue (OpenAI's own API): the relay's
    // connection to it breaks after three lines, and the reply asked again
    // is another text. The page must end up with that one alone.
    QStringList fresh;
    for (int i = 1; i <= 40; ++i)
        fresh.append(u"Fresh line %1, the answer given the second time round.\n"_s.arg(i));
    int asked = 0;
    m_upstream.setResponder([&](const RecordedRequest &) {
        if (++asked > 1)
            return pacedReply(fresh, 25);
        StreamResponse held = pacedReply(storyLines(), 0);
        held.pauseAfterBytes = held.body.indexOf("Line 4 ");
        return held;
    });
    m_relay = std::make_unique<RelayProcess>(m_dir.filePath(u"fresh"_s), m_upstream.url(u"/v1"_s),
                                             QStringList(), RelayProcess::Upstream::IgnoresPrefill);
    ASSERT_TRUE(m_relay->isRunning());
    m_token = m_relay->pair(u"kindle"_s);
    const QByteArray conversation = askThroughForm(m_relay->port(), m_token, "Tell me a story");
    PageRun run(m_chromium, url(conversation), m_token, u"eventsource"_s, u"restarted"_s);
    releaseWhenFollowed("/events device"); // cuts the relay's upstream connection

    const QJsonObject result = run.result();
    EXPECT_TRUE(result.value("stats"_L1).toObject().value("done"_L1).toBool());
    const QString whole = fresh.join(QString());
    const QString first = result.value("firstPage"_L1).toString();
    const QString last = result.value("lastPage"_L1).toString();
    EXPECT_TRUE(whole.startsWith(first) && first.size() > 100) << first.toStdString();
    EXPECT_TRUE(whole.endsWith(last) && last.size() > 50) << last.toStdString();
    EXPECT_EQ(asked, 2);
    // The page a browser without script reloads shows the new answer alone too.
    const Answer page = request(m_relay->port(), "GET", conversation + "?page=1", {}, {}, cookie(m_token));
    EXPECT_TRUE(page.body.contains("Fresh line 1,")) << page.body.toStdString();
    EXPECT_FALSE(page.body.contains("of the story")) << page.body.toStdString();
}
