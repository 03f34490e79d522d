// inkchat-cli import reads a file as it arrives (issue 14, point 7): a
// 200 MB Inkchat export or a 50 MB ChatGPT conversations.json imports with the
// child's peak resident set far below the file's size (before: 5.7 GiB for a
// 255 MiB file, then std::bad_alloc). A file that is cut, is not UTF-8 or
// has a wrong type is refused with an error that says where, and the store
// is left exactly as it was, although the importer had stored the
// conversations before the bad one (one transaction).

#include "childusage.h"
#include "clistorefixture.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>

#include <functional>
#include <iostream>
#include <limits>

using namespace Qt::StringLiterals;
using namespace inkchat::test::cli;

namespace {

class CliImportStream : public CliStoreTest
{
protected:
    void expectImportedInBoundedMemory(const QString &path, qint64 conversations, qint64 alreadyStored,
                                       int messagesEach = 10);
};

#if defined(__SANITIZE_ADDRESS__)
// Under AddressSanitizer the child's memory is mostly the sanitizer's and
// the build is several times slower: a tenth of the file, bound left to the
// normal build.
constexpr qint64 kLargeFileBytes = qint64(20) * 1000 * 1000;
constexpr qint64 kPeakLimit = std::numeric_limits<qint64>::max();
#else
constexpr qint64 kLargeFileBytes = qint64(200) * 1000 * 1000;
// The CLI itself, Qt and SQLite's page cache: ~25 MiB, whatever the file's
// size (before the streaming import, several times the file's size).
constexpr qint64 kPeakLimit = qint64(64) * 1024 * 1024;
#endif

/// `size` bytes of text a reply might hold, different for each `n` so
/// that the store has real words to index.
QByteArray replyText(qint64 n, qsizetype size = 1000)
{
    QByteArray text = "Reply " + QByteArray::number(n) + ": ";
    while (text.size() < size)
        text += "the plan has one more step, and here it is explained in plain words. ";
    return text.left(size);
}

/// What a ChatGPT export keeps beside a reply that searched the web: about
/// 4 KB of search results, read and left behind by the import.
QByteArray searchMetadata(qint64 n)
{
    QByteArray groups;
    for (int i = 0; i < 20; ++i) {
        groups += (i == 0 ? "" : ",")
                  + QByteArray(R"({"type":"search_result_group","domain":"example.org","entries":[)")
                  + R"({"type":"search_result","url":"https://example.org/page-)"
                  + QByteArray::number(n * 20 + i) + R"(","title":"A result","snippet":")" + replyText(i, 120)
                  + R"("}]})";
    }
    return R"({"citations":[],"search_result_groups":[)" + groups + R"(],"model_slug":"gpt-4o"})";
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

/// Writes a file of at least `bytes` to `path` piece by piece, never
/// holding it: `head`, then `piece(n)` for n = 0, 1, ... joined by commas,
/// then `tail`. Returns the number of pieces.
qint64 writeLargeFile(const QString &path, const QByteArray &head,
                      const std::function<QByteArray(qint64)> &piece, const QByteArray &tail, qint64 bytes)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    qint64 written = file.write(head);
    qint64 count = 0;
    for (; written < bytes; ++count)
        written += file.write((count == 0 ? QByteArray() : QByteArray(",\n")) + piece(count));
    file.write(tail);
    return count;
}

/// An Inkchat conversation of 10 messages, as JsonWriter writes it.
QByteArray inkchatConversation(qint64 n)
{
    QByteArray json = R"({"uuid":"c-)" + QByteArray::number(n) + R"(","title":"Conversation )"
                      + QByteArray::number(n)
                      + R"(","system_prompt":"","created_at":"2026-11-22T10:00:00.000Z",)"
                        R"("updated_at":"2026-11-22T10:05:00.000Z","messages":[)";
    for (int i = 0; i < 10; ++i) {
        json += (i == 0 ? "" : ",\n");
        json += R"({"uuid":"m-)" + QByteArray::number(n) + '-' + QByteArray::number(i) + R"(","role":")"
                + (i % 2 == 0 ? "user" : "assistant") + R"(","text":")" + replyText(n * 10 + i)
                + R"(","status":"complete","seams":[]})";
    }
    return json + "]}";
}

/// A ChatGPT conversation: a tree of 10 messages in one branch, plus a
/// regenerated reply on another branch that is not the one shown; most of
/// its bytes are metadata.
QByteArray chatGptConversation(qint64 n)
{
    const QByteArray id = QByteArray::number(n);
    QByteArray json = R"({"id":"g-)" + id + R"(","title":"Imported )" + id
                      + R"(","create_time":1700000000.5,"update_time":1700000100.25,"mapping":{)";
    const auto node = [&](const QByteArray &name, const QByteArray &parent, const QByteArray &child,
                          const char *role, qint64 text) -> QByteArray {
        return '"' + name + R"(":{"id":")" + name + R"(","parent":)"
               + (parent.isEmpty() ? QByteArray("null") : QByteArray('"' + parent + '"')) + R"(,"children":[)"
               + (child.isEmpty() ? QByteArray() : QByteArray('"' + child + '"')) + R"(],"message":{"id":")"
               + name + R"(","author":{"role":")" + role
               + R"("},"create_time":1700000001.0,"content":{"content_type":"text","parts":[")"
               + replyText(text, 200) + R"("]},"status":"finished_successfully","metadata":)"
               + searchMetadata(text) + "}}";
    };
    for (int i = 0; i < 10; ++i) {
        const QByteArray name = id + '-' + QByteArray::number(i);
        json += (i == 0 ? "" : ",\n")
                + node(name, i == 0 ? QByteArray() : id + '-' + QByteArray::number(i - 1),
                       i == 9 ? QByteArray() : id + '-' + QByteArray::number(i + 1),
                       i % 2 == 0 ? "user" : "assistant", n * 10 + i);
    }
    json += ",\n" + node(id + "-old", id + "-8", {}, "assistant", n);
    return json + R"(},"current_node":")" + id + R"(-9"})";
}

/// Imports `path` and checks it stored `conversations` new conversations
/// of `messagesEach` messages and skipped `alreadyStored`, with the child's
/// peak memory under kPeakLimit.
void CliImportStream::expectImportedInBoundedMemory(const QString &path, qint64 conversations,
                                                    qint64 alreadyStored, int messagesEach)
{
    const qint64 fileBytes = QFileInfo(path).size();
    const CliResult result = runCliLong({u"import"_s, path});
    const qint64 peak = inkchat::test::childrenUsage().peakResident;
    std::cout << "[ figures  ] imported " << fileBytes / (1000 * 1000) << " MB (" << conversations << " new, "
              << alreadyStored << " stored before): peak RSS " << peak / (1024 * 1024) << " MiB" << std::endl;
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(result.out, u"imported %1 conversations (%2 messages), %3 already stored\n"_s.arg(conversations)
                              .arg(conversations * messagesEach)
                              .arg(alreadyStored)
                              .toUtf8());
    EXPECT_LT(peak, kPeakLimit); // issue 14 asks for under twice the file

    const auto store = openStore();
    ASSERT_TRUE(store);
    const auto stored = store->conversations();
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), conversations + alreadyStored);
}

// Storing costs SQLite's indexing for search, ~7 MB of text a second
// (storecost_bench measures the store): to keep this test to seconds, one
// conversation in 50 is new and the rest were stored before, from a file
// with their uuids and no messages. All 200 MB are read and checked all
// the same.
TEST_F(CliImportStream, A200MegabyteInkchatExportImportsInBoundedMemory)
{
    constexpr qint64 kNewEvery = 50;
    const QByteArray header =
        R"({"format":"inkchat.transcript","version":2,"exported_at":null,"conversations":[)";
    const QString path = scratchPath(u"large.json"_s);
    const qint64 conversations = writeLargeFile(path, header, inkchatConversation, "]}\n", kLargeFileBytes);

    const QString seed = scratchPath(u"stored-before.json"_s);
    qint64 storedBefore = 0;
    {
        QFile file(seed);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(header);
        for (qint64 n = 0; n < conversations; ++n) {
            if (n % kNewEvery != 0)
                file.write(QByteArray(storedBefore++ == 0 ? "" : ",\n") + R"({"uuid":"c-)"
                           + QByteArray::number(n) + R"(","messages":[]})");
        }
        file.write("]}");
    }
    ASSERT_EQ(runCliLong({u"import"_s, seed}).exitCode, 0);
    ASSERT_EQ(openStore()->conversations()->size(), storedBefore);

    expectImportedInBoundedMemory(path, conversations - storedBefore, storedBefore);
}

// Most of the file is metadata the import reads and leaves behind, as in
// real exports of chats that searched the web. A quarter of the Inkchat
// file's size: memory is bounded by one conversation all the same.
TEST_F(CliImportStream, A50MegabyteChatGptExportImportsInBoundedMemory)
{
    const QString path = scratchPath(u"conversations.json"_s);
    const qint64 conversations = writeLargeFile(path, "[", chatGptConversation, "]", kLargeFileBytes / 4);
    // The regenerated reply is kept as an earlier version of its turn: 11.
    expectImportedInBoundedMemory(path, conversations, 0, 11);
}

/// Three conversations, one per line, the last with a message whose
/// "text" member is `lastText` (JSON, as it appears in the file).
QByteArray threeConversations(const QByteArray &lastText)
{
    return R"({"format":"inkchat.transcript","version":2,"conversations":[)"
           "\n"
           + inkchatConversation(0) + ",\n" + inkchatConversation(1) + ",\n"
           + R"({"uuid":"c-bad","messages":[{"uuid":"m-bad","role":"user","text":)" + lastText + "}]}\n]}\n";
}

TEST_F(CliImportStream, ABadFileIsRefusedSayingWhereAndTheStoreStaysAsItWas)
{
    const QString seed = scratchPath(u"seed.json"_s);
    writeFile(seed, R"({"format":"inkchat.transcript","version":2,"conversations":[)"
                        + inkchatConversation(100) + "]}");
    ASSERT_EQ(runCli({u"import"_s, seed}).exitCode, 0);
    const QJsonObject before = exportedTranscript();
    ASSERT_EQ(before.value(u"conversations"_s).toArray().size(), 1);

    const QByteArray good = threeConversations(R"("fine")");
    // The third conversation starts on line 4, after the header and two
    // conversations of 10 lines each.
    const qsizetype lastLine = good.left(good.indexOf("c-bad")).count('\n') + 1;
    const qsizetype cut = good.indexOf("m-bad");
    const qsizetype badByte = good.indexOf(R"("fine")") + 2;
    struct Case
    {
        const char *name;
        QByteArray file;
        QByteArray error;
    };
    const QList<Case> cases{
        {"cut", good.left(cut),
         "Not valid JSON at line " + QByteArray::number(lastLine) + ", column "
             + QByteArray::number(cut - good.lastIndexOf('\n', cut)) + " (byte " + QByteArray::number(cut + 1)
             + "): syntax error while parsing value - invalid string: missing closing quote."},
        {"not UTF-8", threeConversations("\"f\xffne\""),
         "Not valid JSON at line " + QByteArray::number(lastLine) + ", column "
             + QByteArray::number(badByte - good.lastIndexOf('\n', badByte)) + " (byte "
             + QByteArray::number(badByte + 1)
             + "): syntax error while parsing value - invalid string: "
               "ill-formed UTF-8 byte."},
        {"wrong type", threeConversations("5"),
         "Not a valid Inkchat transcript: conversations[2].messages[0].text: must be a string."},
    };
    for (const Case &bad : cases) {
        SCOPED_TRACE(bad.name);
        const QString path = scratchPath(u"bad.json"_s);
        writeFile(path, bad.file);

        const CliResult result = runCli({u"import"_s, path});
        EXPECT_EQ(result.exitCode, 2) << describe(result);
        EXPECT_TRUE(result.out.isEmpty()) << describe(result);
        EXPECT_EQ(errorLines(result), QList<QByteArray>{"inkchat-cli: error: cannot import '" + path.toUtf8()
                                                        + "': " + bad.error})
            << describe(result);
        // The two good conversations before the bad one were stored, then rolled back.
        EXPECT_EQ(exportedTranscript().value(u"conversations"_s), before.value(u"conversations"_s));
    }
}

TEST_F(CliImportStream, ACutChatGptExportStoresNothing)
{
    const QByteArray file = "[" + chatGptConversation(0) + ",\n" + chatGptConversation(1) + "]";
    const QByteArray cut = file.left(file.size() - 40);
    const QString path = scratchPath(u"conversations.json"_s);
    writeFile(path, cut);

    const CliResult result = runCli({u"import"_s, path});
    EXPECT_EQ(result.exitCode, 2) << describe(result);
    ASSERT_EQ(errorLines(result).size(), 1) << describe(result);
    // Cut inside a string of the last line: the error is at its end.
    const QByteArray lastLine = QByteArray::number(cut.count('\n') + 1);
    const QByteArray where = "Not valid JSON at line " + lastLine + ", column "
                             + QByteArray::number(cut.size() - cut.lastIndexOf('\n')) + " (byte "
                             + QByteArray::number(cut.size() + 1) + "): ";
    EXPECT_TRUE(errorLines(result).constFirst().contains(where)) << describe(result);
    // The first conversation was whole and stored, then rolled back.
    EXPECT_TRUE(exportedTranscript().value(u"conversations"_s).toArray().isEmpty());
}

} // namespace
