// Journey 9: versions of a turn (issues 19 and 15). The user asks for a
// reply again and sees "version 2 of 2", goes back to version 1 with the
// arrow, then edits the question and sends it again: a new branch whose
// request holds only that branch. On the desktop and on e-ink.

#include "journeyapp.h"
#include "journeysteps.h"

#include "ssescript.h"
#include "streamserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace inkchat::journey {
namespace {

/// Every reply says which request for a reply it answers: "Antwort 1",
/// "Antwort 2", ...; the model list is asked for too.
void serveNumberedAnswers(test::StreamServer &server)
{
    server.setResponder([calls = 0](const test::RecordedRequest &request) mutable {
        if (request.method == "GET") {
            test::StreamResponse list;
            list.headers = {{"Content-Type", "application/json"}};
            list.body = R"({"object":"list","data":[{"id":"gpt-4o","object":"model"}]})";
            return list;
        }
        return test::sseResponse(test::openAiChatBody({u"Antwort"_s, u" %1"_s.arg(++calls)}));
    });
}

/// The requests for replies, oldest first.
QList<test::RecordedRequest> posts(const test::StreamServer &server)
{
    QList<test::RecordedRequest> list;
    for (const test::RecordedRequest &request : server.requests()) {
        if (request.method == "POST")
            list.append(request);
    }
    return list;
}

QString versionText(JourneyApp &app)
{
    QQuickItem *text = app.visibleItem(u"versionText"_s);
    return text ? text->property("text").toString() : QString();
}

void regenerateAndEdit(chat::DisplayProfile::Kind profile)
{
    test::StreamServer provider;
    serveNumberedAnswers(provider);
    app::AppOptions options;
    options.profile = profile;
    JourneyApp app(options);

    app.click(app.visibleItem(u"settingsButton"_s));
    ASSERT_NO_FATAL_FAILURE(addEndpointInSettings(app, u"My server"_s, provider.url(u"/v1"_s).toString(),
                                                  u"gpt-4o"_s, u"sk-journey"_s));
    app.key(Qt::Key_Escape);

    app.type(u"Wie weit ist der Mond?\n"_s);
    app.shot(u"sent"_s);
    ASSERT_TRUE(app.waitFor([&] { return app.visibleTextContaining(u"Antwort 1"_s) != nullptr; }));
    ASSERT_TRUE(waitUntilReplyEnded(app));
    EXPECT_FALSE(app.visibleItem(u"versionText"_s)) << "one version: no arrows";

    // Regenerate: the new reply is shown, the earlier one a click away.
    QQuickItem *regenerate = nullptr;
    ASSERT_TRUE(
        app.waitFor([&] { return (regenerate = app.visibleItem(u"regenerateButton"_s)) != nullptr; }));
    app.click(regenerate);
    ASSERT_TRUE(app.waitFor([&] { return app.visibleTextContaining(u"Antwort 2"_s) != nullptr; }));
    ASSERT_TRUE(waitUntilReplyEnded(app));
    ASSERT_TRUE(app.waitFor([&] { return versionText(app) == u"version 2 of 2"_s; }))
        << versionText(app).toStdString();
    EXPECT_FALSE(app.visibleTextContaining(u"Antwort 1"_s)) << "the versions are never shown together";
    app.shot(u"version-2-of-2"_s);

    app.click(app.visibleItem(u"previousVersionButton"_s));
    ASSERT_TRUE(app.waitFor([&] { return app.visibleTextContaining(u"Antwort 1"_s) != nullptr; }));
    EXPECT_EQ(versionText(app), u"version 1 of 2"_s);
    EXPECT_FALSE(app.visibleTextContaining(u"Antwort 2"_s));
    app.shot(u"version-1-of-2"_s);

    // Edit the question and send it again: a new branch.
    app.click(app.visibleItem(u"editButton"_s));
    ASSERT_TRUE(app.visibleItem(u"cancelEditButton"_s)) << "the composer says a message is being edited";
    EXPECT_EQ(app.focusItem()->objectName(), u"messageInput"_s);
    EXPECT_EQ(app.focusItem()->property("text").toString(), u"Wie weit ist der Mond?"_s);
    app.key(Qt::Key_A, Qt::ControlModifier);
    app.type(u"Wie weit ist die Sonne?\n"_s);
    ASSERT_TRUE(app.waitFor([&] { return app.visibleTextContaining(u"Antwort 3"_s) != nullptr; }));
    ASSERT_TRUE(waitUntilReplyEnded(app));
    QQuickItem *transcript = app.visibleItem(u"transcript"_s);
    EXPECT_TRUE(app.visibleText(u"Wie weit ist die Sonne?"_s, transcript));
    EXPECT_FALSE(app.visibleText(u"Wie weit ist der Mond?"_s, transcript))
        << "the title keeps its first words";
    EXPECT_EQ(versionText(app), u"version 2 of 2"_s) << "the question's version";
    app.shot(u"edited-question"_s);

    const QList<test::RecordedRequest> replies = posts(provider);
    ASSERT_EQ(replies.size(), 3);
    EXPECT_EQ(replies.at(1).body, replies.at(0).body) << "Regenerate asks with the same history";
    const QJsonArray asked = QJsonDocument::fromJson(replies.at(2).body).object()[u"messages"_s].toArray();
    ASSERT_EQ(asked.size(), 1) << "only the edited branch is sent";
    EXPECT_EQ(asked.at(0).toObject()[u"content"_s].toString(), u"Wie weit ist die Sonne?"_s);
}

TEST_F(Journey, RegenerateAReplyGoBackAVersionAndEditTheQuestion)
{
    regenerateAndEdit(chat::DisplayProfile::Kind::Desktop);
}

TEST_F(Journey, RegenerateAReplyGoBackAVersionAndEditTheQuestionOnEink)
{
    regenerateAndEdit(chat::DisplayProfile::Kind::Eink);
}

} // namespace
} // namespace inkchat::journey
