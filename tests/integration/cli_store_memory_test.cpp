// inkchat-cli export of 10,000 messages of ~10 KiB (~100 MB of text) in
// bounded memory: each export streams, so a child's peak memory stays far
// below the text it writes. getrusage() gives the highest peak of all
// children so far: a valid upper bound per export. One test per rendering,
// so each stays well under a minute in a Debug build.

#include "clistorefixture.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <zip.h>

#include <cmath>
#include <limits>

#include <functional>
#include <iostream>

using namespace Qt::StringLiterals;
using inkchat::chat::Role;
using namespace inkchat::test::cli;

namespace {

using CliStoreMemory = CliStoreTest;

/// The sum of the uncompressed sizes of a ZIP archive's entries.
qint64 zipUncompressedSize(const QString &path)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive) {
        ADD_FAILURE() << "not a ZIP archive: " << path.toStdString();
        return 0;
    }
    qint64 total = 0;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) == 0)
            total += qint64(stat.size);
    }
    zip_close(archive);
    return total;
}

/// The highest peak resident set of any child this process has waited
/// for, in bytes: an upper bound for each of them.
qint64 childrenPeakRss()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return qint64(usage.ru_maxrss) * 1024; // Linux reports KiB
}

#if defined(__SANITIZE_ADDRESS__)
// Under AddressSanitizer a child's memory is mostly the sanitizer's own
// (shadow memory, the quarantine of freed blocks), and the Debug build is
// several times slower: the exports run on a tenth of the messages for the
// sanitizer's checks, and the memory bound is left to the normal build.
constexpr int kManyMessages = 1'000;
constexpr qint64 kPeakLimit = std::numeric_limits<qint64>::max();
#else
constexpr int kManyMessages = 10'000;
constexpr qint64 kPeakLimit = 60 * 1024 * 1024;
#endif

/// ~10 KiB of Markdown, as a long reply looks: paragraphs with emphasis and
/// lists. Kept light on links and code, which only make rendering slower.
QString longMarkdown()
{
    QString text;
    for (int paragraph = 0; text.size() < 10 * 1024; ++paragraph) {
        text += u"Paragraph %1 explains **one more detail** of the plan, with enough ordinary "
                "words to wrap across several lines of any reader's screen, and some more.\n\n"_s.arg(
                    paragraph);
        if (paragraph % 8 == 7)
            text += u"- first point\n- second point\n\n"_s;
    }
    return text;
}

struct LongConversation
{
    qint64 id = 0;
    qint64 contentBytes = 0; ///< the text as UTF-8, or the images
};

/// Stores a conversation of `count` messages of ~10 KiB through the store
/// API, in one transaction (an import).
LongConversation storeLongConversation(int count)
{
    QElapsedTimer building;
    building.start();
    const QString text = longMarkdown();
    const auto store = inkchat::store::ConversationStore::open(
        inkchat::store::ConversationStore::defaultPath());
    EXPECT_TRUE(store.hasValue());
    if (!store)
        return {};
    inkchat::chat::ConversationRecord conversation;
    conversation.title = u"%1 long messages"_s.arg(count);
    QList<inkchat::chat::MessageRecord> messages;
    messages.reserve(count);
    for (int i = 0; i < count; ++i) {
        inkchat::chat::MessageRecord message;
        message.role = i % 2 == 0 ? Role::User : Role::Assistant;
        message.text = text; // shared: the list costs this test little
        message.model = message.role == Role::Assistant ? u"test-model"_s : QString();
        messages.append(message);
    }
    const auto outcome = (*store)->importConversation(conversation, messages);
    EXPECT_TRUE(outcome.hasValue()) << (outcome ? "" : outcome.error().message.toStdString());
    if (!outcome)
        return {};
    EXPECT_EQ(outcome->importedMessages, count);
    const LongConversation stored{outcome->conversationId, qint64(count) * text.toUtf8().size()};
    std::cout << "[ figures  ] stored " << count << " messages, " << stored.contentBytes / (1024 * 1024)
              << " MiB of text, in " << building.elapsed() << " ms" << std::endl;
    return stored;
}

/// A PNG of noise, which does not compress: about `bytes` long.
QByteArray noisePng(qint64 bytes)
{
    const int side = int(std::sqrt(double(bytes) / 3));
    QImage image(side, side, QImage::Format_RGB888);
    QRandomGenerator random(7);
    for (int y = 0; y < side; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < side * 3; ++x)
            line[x] = uchar(random.bounded(256));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

/// Stores a conversation of `count` short messages, each with one image of
/// `imageBytes`.
LongConversation storeImageConversation(int count, qint64 imageBytes)
{
    const auto store = inkchat::store::ConversationStore::open(
        inkchat::store::ConversationStore::defaultPath());
    EXPECT_TRUE(store.hasValue());
    if (!store)
        return {};
    const QByteArray png = noisePng(imageBytes);
    inkchat::chat::ConversationRecord conversation;
    conversation.title = u"%1 images"_s.arg(count);
    QList<inkchat::chat::MessageRecord> messages;
    for (int i = 0; i < count; ++i) {
        inkchat::chat::MessageRecord message;
        message.text = u"Photo %1"_s.arg(i);
        message.attachments = {{u"image/png"_s, u"photo-%1.png"_s.arg(i), png}};
        messages.append(message);
    }
    const auto outcome = (*store)->importConversation(conversation, messages);
    EXPECT_TRUE(outcome.hasValue()) << (outcome ? "" : outcome.error().message.toStdString());
    if (!outcome)
        return {};
    std::cout << "[ figures  ] stored " << count << " messages with an image of " << png.size() / 1024
              << " KiB each" << std::endl;
    return {outcome->conversationId, qint64(count) * png.size()};
}

/// Exports `conversation` as `format` to a scratch file with the CLI, lets
/// `check` look at the file, prints the figures and returns the file's size.
qint64 exportLong(const LongConversation &conversation, const QString &format,
                  const std::function<void(const QString &)> &check = {})
{
    QTemporaryDir scratch;
    const QString path = scratch.filePath(u"long."_s + format);
    QElapsedTimer exporting;
    exporting.start();
    const CliResult result = runCliLong({u"export"_s, u"--conversation"_s, QString::number(conversation.id),
                                         u"--format"_s, format, u"-o"_s, path});
    const qint64 elapsed = exporting.elapsed();
    EXPECT_EQ(result.exitCode, 0) << describe(result);
    const qint64 size = QFileInfo(path).size();
    std::cout << "[ figures  ] " << format.toStdString() << ": " << size / 1024 << " KiB in " << elapsed
              << " ms; children's peak RSS so far " << childrenPeakRss() / 1024 << " KiB" << std::endl;
    if (check)
        check(path);
    return size;
}

} // namespace

TEST_F(CliStoreMemory, ExportsTenThousandMessagesAsMarkdownJsonAndTextInBoundedMemory)
{
    const LongConversation conversation = storeLongConversation(kManyMessages);
    for (const QString &format : {u"md"_s, u"json"_s, u"txt"_s}) {
        SCOPED_TRACE(format.toStdString());
        EXPECT_GT(exportLong(conversation, format), conversation.contentBytes);
        EXPECT_LT(childrenPeakRss(), kPeakLimit);
    }
}

TEST_F(CliStoreMemory, ExportsTenThousandMessagesAsHtmlInBoundedMemory)
{
    const LongConversation conversation = storeLongConversation(kManyMessages);
    EXPECT_GT(exportLong(conversation, u"html"_s), conversation.contentBytes);
    EXPECT_LT(childrenPeakRss(), kPeakLimit);
}

TEST_F(CliStoreMemory, ExportsTenThousandMessagesAsEpubInBoundedMemory)
{
    const LongConversation conversation = storeLongConversation(kManyMessages);
    // The archive is deflated (and the messages alike): its entries, not
    // the file, hold all of the text.
    exportLong(conversation, u"epub"_s, [&conversation](const QString &path) {
        EXPECT_GT(zipUncompressedSize(path), conversation.contentBytes);
    });
    EXPECT_LT(childrenPeakRss(), kPeakLimit);
}

// PDF lays out ~0.5 MB of text a second in Debug, so 10,000 messages would
// take minutes: instead, ten times the messages must not need more memory.
TEST_F(CliStoreMemory, ExportsAPdfOfTenTimesTheMessagesInTheSameMemory)
{
    const LongConversation small = storeLongConversation(100);
    const LongConversation large = storeLongConversation(1000);
    EXPECT_GT(exportLong(small, u"pdf"_s), 0);
    const qint64 smallPeak = childrenPeakRss();
    EXPECT_GT(exportLong(large, u"pdf"_s), 0);
    const qint64 largePeak = childrenPeakRss();
    EXPECT_LT(largePeak, kPeakLimit);
    // The larger export adds ~9 MiB of text (18 MiB as QString); holding
    // it, or its layout, would show.
    if (kPeakLimit == std::numeric_limits<qint64>::max())
        return; // under ASan: see kPeakLimit
    EXPECT_LT(largePeak - smallPeak, 4 * 1024 * 1024)
        << "peak " << smallPeak / 1024 << " KiB for 100 messages, " << largePeak / 1024 << " KiB for 1000";
}

// Sixty images of 1 MiB, more than the whole limit: each export holds one
// message's images at a time (the PDF one decoded at print size).
TEST_F(CliStoreMemory, ExportsSixtyOneMegabyteImagesAsHtmlEpubAndPdfInBoundedMemory)
{
    const LongConversation conversation = storeImageConversation(60, 1024 * 1024);
    ASSERT_GT(conversation.contentBytes, kPeakLimit == std::numeric_limits<qint64>::max() ? 0 : kPeakLimit);
    EXPECT_GT(exportLong(conversation, u"html"_s), conversation.contentBytes * 4 / 3);
    EXPECT_LT(childrenPeakRss(), kPeakLimit);
    EXPECT_GT(exportLong(conversation, u"epub"_s), conversation.contentBytes);
    EXPECT_LT(childrenPeakRss(), kPeakLimit);
    EXPECT_GT(exportLong(conversation, u"pdf"_s), 0);
    EXPECT_LT(childrenPeakRss(), kPeakLimit);
}
