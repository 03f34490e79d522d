#pragma once

#include "clirun.h"
#include "streamserver.h"

#include "store/conversationstore.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace inkchat::test::cli {

/// A test of inkchat-cli's conversation store. Each test gets its own
/// XDG_DATA_HOME, set in this process's environment, which CliRun passes on:
/// the CLI and ConversationStore::defaultPath() here then agree on an empty
/// database no other test touches.
class CliStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_scratch.isValid());
        m_hadDataHome = qEnvironmentVariableIsSet("XDG_DATA_HOME");
        m_previousDataHome = qgetenv("XDG_DATA_HOME");
        useDataHome(dataHome());
    }

    void TearDown() override
    {
        if (m_hadDataHome)
            qputenv("XDG_DATA_HOME", m_previousDataHome);
        else
            qunsetenv("XDG_DATA_HOME");
    }

    /// Points this test (and the CLIs it starts from now on) at another data folder.
    static void useDataHome(const QString &path) { qputenv("XDG_DATA_HOME", path.toLocal8Bit()); }

    QString dataHome() const { return m_scratch.filePath(u"data"_s); }
    QString scratchPath(const QString &name) const { return m_scratch.filePath(name); }
    static QString databasePath() { return store::ConversationStore::defaultPath(); }

    /// The store the CLI writes, opened here (WAL lets both work on it).
    static std::unique_ptr<store::ConversationStore> openStore()
    {
        auto opened = store::ConversationStore::open(databasePath());
        EXPECT_TRUE(opened.hasValue()) << (opened ? "" : opened.error().message.toStdString());
        return opened ? std::move(opened).value() : nullptr;
    }

    /// A chat with the OpenAI wire format over SSE only, no retry.
    static QStringList chatArguments(const StreamServer &server, const QString &prompt,
                                     const QStringList &extra = {})
    {
        return QStringList{u"chat"_s,
                           u"--provider"_s,
                           u"openai"_s,
                           u"--base-url"_s,
                           server.url(u"/v1"_s).toString(),
                           u"--model"_s,
                           u"test-model"_s,
                           u"--api-key-env"_s,
                           kKeyVariable,
                           u"--transport"_s,
                           u"sse"_s,
                           u"--max-retries"_s,
                           u"0"_s}
               + extra + QStringList{prompt};
    }

    /// `export --all --format json -o -`, parsed; the test fails if it does not work.
    static QJsonObject exportedTranscript()
    {
        const CliResult result = runCli({u"export"_s, u"--all"_s, u"--format"_s, u"json"_s, u"-o"_s, u"-"_s});
        EXPECT_EQ(result.exitCode, 0) << describe(result);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
        return document.object();
    }

    /// The messages of the exported conversation at `index` (oldest first).
    static QJsonArray exportedMessages(const QJsonObject &transcript, qsizetype index = 0)
    {
        return transcript.value(u"conversations"_s)
            .toArray()
            .at(index)
            .toObject()
            .value(u"messages"_s)
            .toArray();
    }

private:
    QTemporaryDir m_scratch;
    bool m_hadDataHome = false;
    QByteArray m_previousDataHome;
};

} // namespace inkchat::test::cli
