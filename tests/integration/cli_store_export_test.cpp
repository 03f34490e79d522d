// inkchat-cli export and import: every format, the JSON round trip, ChatGPT
// import, and keys never written anywhere.

#include "clistorefixture.h"
#include "fixtures.h"
#include "ssescript.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

#include <tuple>

using namespace Qt::StringLiterals;
using inkchat::chat::MessageStatus;
using inkchat::chat::Role;
using inkchat::test::openAiChatBody;
using inkchat::test::sseResponse;
using inkchat::test::StreamResponse;
using inkchat::test::StreamServer;
using namespace inkchat::test::cli;

namespace {

using CliStoreExport = CliStoreTest;

const QStringList kFileFormats{u"md"_s, u"json"_s, u"txt"_s, u"html"_s, u"epub"_s, u"pdf"_s};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

/// The uncompressed contents of every entry of a ZIP archive (an EPUB).
QList<QByteArray> zipEntries(const QString &path)
{
    QList<QByteArray> entries;
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive) {
        ADD_FAILURE() << "not a ZIP archive: " << path.toStdString();
        return entries;
    }
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (!file || zip_stat_index(archive, zip_uint64_t(i), 0, &stat) != 0) {
            ADD_FAILURE() << "unreadable entry " << i << " of " << path.toStdString();
            continue;
        }
        QByteArray contents(qsizetype(stat.size), Qt::Uninitialized);
        EXPECT_EQ(zip_fread(file, contents.data(), stat.size), zip_int64_t(stat.size));
        zip_fclose(file);
        entries.append(contents);
    }
    zip_close(archive);
    return entries;
}

/// The exported transcript without the time of export, which is all that
/// may differ between two exports of the same conversations.
QJsonObject withoutExportTime(QJsonObject transcript)
{
    transcript.remove(u"exported_at"_s);
    return transcript;
}

/// The titles of the pinned conversations in an exported transcript.
QStringList pinnedTitles(const QJsonObject &transcript)
{
    QStringList titles;
    for (const QJsonValue conversation : transcript.value(u"conversations"_s).toArray()) {
        if (conversation[u"pinned"_s].toBool())
            titles << conversation[u"title"_s].toString();
    }
    return titles;
}

CliResult exportTo(const QString &format, const QString &path, const QStringList &selection = {u"--all"_s})
{
    return runCli(QStringList{u"export"_s} + selection + QStringList{u"--format"_s, format, u"-o"_s, path});
}

} // namespace

TEST_F(CliStoreExport, ExportsEveryFormatToAFileAndTextFormatsToStdout)
{
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody({u"Pack **layers** and "_s, u"a warm hat."_s})));
    const CliResult chat = runCli(chatArguments(server, u"What should I pack?"_s));
    ASSERT_EQ(chat.exitCode, 0) << describe(chat);

    for (const QString &format : kFileFormats) {
        SCOPED_TRACE(format.toStdString());
        const QString path = scratchPath(u"out."_s + format);
        const CliResult result = exportTo(format, path);
        EXPECT_EQ(result.exitCode, 0) << describe(result);
        EXPECT_GT(QFileInfo(path).size(), 0);
        if (format == "epub"_L1) {
            EXPECT_GE(zipEntries(path).size(), 4);
        }
        if (format == "pdf"_L1) {
            EXPECT_TRUE(readFile(path).startsWith("%PDF-"));
        }
        if (format == "epub"_L1 || format == "pdf"_L1)
            continue;
        const CliResult toStdout = runCli({u"export"_s, u"--all"_s, u"--format"_s, format, u"-o"_s, u"-"_s});
        EXPECT_EQ(toStdout.exitCode, 0) << describe(toStdout);
        if (format != "json"_L1) { // JSON alone says when it was exported
            EXPECT_EQ(toStdout.out, readFile(path));
        }
        EXPECT_TRUE(toStdout.out.contains("What should I pack?")) << toStdout.out.toStdString();
    }
    const QByteArray markdown = readFile(scratchPath(u"out.md"_s));
    EXPECT_TRUE(markdown.contains("Pack **layers** and a warm hat.")) << markdown.toStdString();
    EXPECT_TRUE(readFile(scratchPath(u"out.txt"_s)).contains("a warm hat."));
    EXPECT_TRUE(readFile(scratchPath(u"out.html"_s)).contains("<strong>layers</strong>"));
}

TEST_F(CliStoreExport, RefusesBinaryFormatsOnStdoutAndUnknownIdsWithoutWritingAnything)
{
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody({u"Hi"_s})));
    const CliResult chat = runCli(chatArguments(server, u"Hello"_s));
    ASSERT_EQ(chat.exitCode, 0) << describe(chat);

    for (const QString &format : {u"pdf"_s, u"epub"_s}) {
        const CliResult binary = runCli({u"export"_s, u"--all"_s, u"--format"_s, format, u"-o"_s, u"-"_s});
        EXPECT_EQ(binary.exitCode, 2) << describe(binary);
        EXPECT_TRUE(binary.out.isEmpty());
    }
    for (const QString &format : kFileFormats) {
        SCOPED_TRACE(format.toStdString());
        const QString path = scratchPath(u"unknown."_s + format);
        const CliResult unknown = exportTo(format, path,
                                           {u"--conversation"_s, u"1"_s, u"--conversation"_s, u"999"_s});
        EXPECT_EQ(unknown.exitCode, 2) << describe(unknown);
        EXPECT_EQ(errorLines(unknown).size(), 1) << describe(unknown);
        EXPECT_TRUE(errorLines(unknown).constFirst().contains("999")) << describe(unknown);
    }
    EXPECT_EQ(QDir(scratchPath({})).entryList(QDir::Files), QStringList())
        << "no file, not even a temporary one";
    const CliResult both = runCli(
        {u"export"_s, u"--all"_s, u"--conversation"_s, u"1"_s, u"--format"_s, u"md"_s, u"-o"_s, u"-"_s});
    EXPECT_EQ(both.exitCode, 2) << describe(both);
}

TEST_F(CliStoreExport, JsonExportImportedIntoAnotherStoreExportsTheSameConversations)
{
    StreamServer server;
    int request = 0;
    server.setResponder([&request](const inkchat::test::RecordedRequest &) {
        ++request;
        return sseResponse(openAiChatBody({u"Reply "_s, u"number %1 ✓"_s.arg(request)}, request != 2));
    });
    for (const QString &prompt : {u"First question"_s, u"Second question, cut off"_s}) {
        const CliResult chat = runCli(chatArguments(server, prompt, {u"--system"_s, u"Be kind."_s}));
        ASSERT_TRUE(chat.exitCode == 0 || chat.exitCode == 5) << describe(chat);
    }
    {
        // What chat alone does not write: usage, seams, an error.
        const auto store = openStore();
        ASSERT_TRUE(store);
        inkchat::chat::ConversationRecord record;
        record.title = u"Über\ttabs"_s;
        record.systemPrompt = u"Sys"_s;
        auto conversation = store->createConversation(record);
        ASSERT_TRUE(conversation.hasValue());
        inkchat::chat::MessageRecord reply;
        reply.role = Role::Assistant;
        reply.text = u"Continued 🙂 reply"_s;
        reply.seams = {10};
        reply.usage = {12, 34};
        reply.status = MessageStatus::Error;
        reply.errorText = u"The server said no"_s;
        ASSERT_TRUE(store->appendMessage(conversation->id, reply).hasValue());
        ASSERT_EQ(store->setPinned(conversation->id, true), std::nullopt);
    }

    const QJsonObject original = exportedTranscript();
    ASSERT_EQ(original.value(u"conversations"_s).toArray().size(), 3);
    const QString file = scratchPath(u"transcript.json"_s);
    ASSERT_EQ(exportTo(u"json"_s, file).exitCode, 0);

    useDataHome(scratchPath(u"fresh"_s));
    const CliResult imported = runCli({u"import"_s, file});
    ASSERT_EQ(imported.exitCode, 0) << describe(imported);
    EXPECT_EQ(imported.out, "imported 3 conversations (5 messages), 0 already stored\n");
    EXPECT_EQ(withoutExportTime(exportedTranscript()), withoutExportTime(original));
    EXPECT_EQ(pinnedTitles(exportedTranscript()), QStringList{u"Über\ttabs"_s}) << "the pin is imported";

    const CliResult again = runCli({u"import"_s, u"--format"_s, u"inkchat"_s, file});
    ASSERT_EQ(again.exitCode, 0) << describe(again);
    EXPECT_EQ(again.out, "imported 0 conversations (0 messages), 3 already stored\n");
    EXPECT_EQ(exportedTranscript().value(u"conversations"_s).toArray().size(), 3);

    const CliResult wrongFormat = runCli({u"import"_s, u"--format"_s, u"chatgpt"_s, file});
    EXPECT_EQ(wrongFormat.exitCode, 2) << describe(wrongFormat);
}

TEST_F(CliStoreExport, ImportsAChatGptExportWhichListShows)
{
    const QString file = inkchat::test::dataPath(u"import/chatgpt-conversations.json"_s);
    const CliResult imported = runCli({u"import"_s, file});
    ASSERT_EQ(imported.exitCode, 0) << describe(imported);
    EXPECT_TRUE(imported.out.startsWith("imported 3 conversations (")) << describe(imported);

    const CliResult list = runCli({u"list"_s});
    ASSERT_EQ(list.exitCode, 0) << describe(list);
    EXPECT_EQ(list.out.count('\n'), 3) << describe(list);
    EXPECT_TRUE(list.out.contains("\tPacking for Iceland\n")) << describe(list);
    EXPECT_TRUE(list.out.contains("\tÜbersetzung: Guten Morgen\n")) << describe(list);

    const CliResult again = runCli({u"import"_s, u"--format"_s, u"chatgpt"_s, file});
    EXPECT_EQ(again.out, "imported 0 conversations (0 messages), 3 already stored\n") << describe(again);
    const CliResult found = runCli({u"search"_s, u"iceland"_s});
    EXPECT_TRUE(found.out.contains("[Iceland]")) << describe(found);
}

/// Points XDG_CONFIG_HOME, XDG_CACHE_HOME and XDG_STATE_HOME at a scratch
/// folder and turns every logging category on, for the CLIs this test starts:
/// whatever they write anywhere lands where the test can read it.
class EverythingWrittenIsVisible
{
public:
    explicit EverythingWrittenIsVisible(const QString &root)
    {
        for (const char *name : kVariables) {
            m_previous.append({name, qEnvironmentVariableIsSet(name), qgetenv(name)});
            qputenv(name, QDir(root).filePath(QString::fromLatin1(name)).toLocal8Bit());
        }
        m_previous.append(
            {"QT_LOGGING_RULES", qEnvironmentVariableIsSet("QT_LOGGING_RULES"), qgetenv("QT_LOGGING_RULES")});
        qputenv("QT_LOGGING_RULES", "*.debug=true");
    }
    ~EverythingWrittenIsVisible()
    {
        for (const auto &[name, wasSet, value] : std::as_const(m_previous)) {
            if (wasSet)
                qputenv(name, value);
            else
                qunsetenv(name);
        }
    }

private:
    static constexpr const char *kVariables[] = {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"};
    QList<std::tuple<const char *, bool, QByteArray>> m_previous;
};

// The key reaches the server, and nothing else. Chat, a reconnection, an
// error that quotes the key, every export and the store's own commands run
// with every debug log on; then every byte they wrote is searched: stdout,
// stderr (the logs), the database with its WAL and shared memory (held open
// here so they stay on disk), lock files, settings, caches and exports.
TEST_F(CliStoreExport, TheApiKeyIsNeverStoredExportedLoggedOrPrinted)
{
    const EverythingWrittenIsVisible visible(scratchPath(u"home"_s));
    StreamServer server;
    int keyedRequests = 0;
    bool cut = false;
    server.setResponder([&keyedRequests, &cut](const inkchat::test::RecordedRequest &request) {
        if (request.header("Authorization") != "Bearer " + kFakeKey) {
            StreamResponse refused = sseResponse("{}");
            refused.status = 400;
            return refused;
        }
        ++keyedRequests;
        if (request.body.contains("Hello again")) {
            // As OpenAI answers a wrong key: by quoting it.
            StreamResponse wrongKey;
            wrongKey.status = 401;
            wrongKey.reason = "Unauthorized";
            wrongKey.headers = {{"Content-Type", "application/json"}};
            wrongKey.body =
                R"({"error":{"message":"Incorrect API key provided: )" + kFakeKey
                + R"(. You can find your API key at https://example.com.","type":"invalid_request_error","code":"invalid_api_key"}})";
            return wrongKey;
        }
        if (request.body.contains("Reconnect")) {
            // Cut once; asked again, it answers afresh, as OpenAI does.
            StreamResponse reply = sseResponse(openAiChatBody({u"First half, "_s, u"second half"_s}));
            if (!std::exchange(cut, true))
                reply.cutAfterBytes = reply.body.indexOf("second half");
            return reply;
        }
        return sseResponse(openAiChatBody({u"A stored reply"_s}));
    });

    QList<QByteArray> haystacks;
    const auto keep = [&haystacks](const CliResult &result) {
        haystacks << result.out << result.err;
        return result;
    };
    const auto held = openStore(); // keeps -wal and -shm from being folded in and removed
    ASSERT_TRUE(held);
    ASSERT_EQ(keep(runCli(chatArguments(server, u"Hello"_s))).exitCode, 0);
    const CliResult resumed = keep(
        runCli(chatArguments(server, u"Reconnect"_s, {u"--max-retries"_s, u"2"_s})));
    EXPECT_EQ(resumed.exitCode, 0) << describe(resumed);
    EXPECT_TRUE(resumed.err.contains("reconnecting")) << describe(resumed);
    const CliResult refused = keep(runCli(chatArguments(server, u"Hello again"_s)));
    EXPECT_EQ(refused.exitCode, 4) << describe(refused);
    ASSERT_EQ(keyedRequests, 4) << "the server must have seen the key on every request";
    EXPECT_TRUE(resumed.err.contains("inkchat.transport.connector: attempt on")) << "debug logs must be on";

    const QJsonArray messages = exportedMessages(exportedTranscript(), 2);
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages.at(1).toObject().value(u"status"_s).toString(), u"error"_s);
    EXPECT_TRUE(messages.at(1).toObject().value(u"error"_s).toString().contains(u"Incorrect API key"_s));

    for (const QString &format : kFileFormats) {
        const QString path = scratchPath(u"keyless."_s + format);
        ASSERT_EQ(keep(exportTo(format, path)).exitCode, 0);
        if (format == "epub"_L1)
            haystacks << zipEntries(path);
        if (format != "epub"_L1 && format != "pdf"_L1)
            keep(runCli({u"export"_s, u"--all"_s, u"--format"_s, format, u"-o"_s, u"-"_s}));
    }
    keep(runCli({u"list"_s}));
    keep(runCli({u"search"_s, u"key"_s}));

    int storeFiles = 0;
    int files = 0;
    for (QDirIterator it(scratchPath({}), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        storeFiles += path.endsWith(u"-wal"_s) || path.endsWith(u"-shm"_s) || path.endsWith(u".sqlite"_s);
        haystacks << readFile(path);
        ++files;
    }
    EXPECT_EQ(storeFiles, 3) << "the database, its WAL and its shared memory";
    EXPECT_TRUE(QFile::exists(scratchPath(u"home/XDG_CONFIG_HOME/Inkchat/Inkchat.conf"_s)))
        << "the settings file, where the transport ladder is remembered, must have been searched";
    EXPECT_GE(files, storeFiles + kFileFormats.size() + 1);

    const QString key = QString::fromLatin1(kFakeKey);
    const QByteArray utf16(reinterpret_cast<const char *>(key.utf16()), key.size() * 2);
    const QByteArray base64 = kFakeKey.toBase64();
    for (const QByteArray &haystack : std::as_const(haystacks)) {
        EXPECT_FALSE(haystack.contains(kFakeKey)) << haystack.left(2000).toStdString();
        EXPECT_FALSE(haystack.contains(utf16));
        EXPECT_FALSE(haystack.contains(base64));
    }
    EXPECT_GT(haystacks.size(), 30);
}
