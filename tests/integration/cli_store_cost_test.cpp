// What storing a long reply costs inkchat-cli: the bytes its process sends to
// the disk (the kernel's write_bytes), against the reply's size. Each
// checkpoint used to rewrite and re-index the whole reply: a 4 MiB reply
// wrote 9.1 GiB. Counted, never timed; tests/bench/storecost_bench prints
// the times beside --no-store.

#include "childusage.h"
#include "clistorefixture.h"
#include "ssescript.h"
#include "wordtext.h"

#include <QDir>

#include <iostream>

using namespace Qt::StringLiterals;
using inkchat::test::openAiChatBody;
using inkchat::test::sseResponse;
using inkchat::test::StreamServer;
using namespace inkchat::test;
using namespace inkchat::test::cli;

namespace {

#if defined(__SANITIZE_ADDRESS__)
// The same bound on a shorter reply: the sanitized CLI is ten times slower.
constexpr qsizetype kReplySize = 4 * 1024 * 1024;
#else
constexpr qsizetype kReplySize = 16 * 1024 * 1024 - 1024; // just under the reply limit
#endif

class CliStoreCost : public CliStoreTest
{
protected:
    void SetUp() override
    {
        CliStoreTest::SetUp();
        // On the build's disk, not a tmpfs /tmp whose writes count nothing.
        ASSERT_TRUE(m_onDisk.isValid());
        useDataHome(m_onDisk.path());
        ASSERT_TRUE(countsWrittenBytes(m_onDisk.path()))
            << "the build folder is on a filesystem that counts no written bytes";
    }

    QTemporaryDir m_onDisk{QDir::currentPath() + u"/store-cost-XXXXXX"_s};
};

} // namespace

TEST_F(CliStoreCost, AReplyIsStoredWithFewerThanThreeBytesWrittenPerByte)
{
    const QStringList reply = wordPieces(kReplySize);
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody(reply)));

    const ChildUsage before = childrenUsage();
    const CliResult result = CliRun(chatArguments(server, u"a long one"_s)).wait();
    const qint64 written = childrenUsage().bytesWritten - before.bytesWritten;

    ASSERT_EQ(result.exitCode, 0) << describe(result).substr(0, 2000);
    ASSERT_EQ(result.out.size(), kReplySize + 1);
    std::cout << "[ figures  ] a " << kReplySize / 1024 << " KiB reply wrote " << written / 1024 << " KiB"
              << std::endl;
    EXPECT_GE(written, kReplySize) << "the text itself is written at least once";
    EXPECT_LT(written, 3 * kReplySize);

    auto store = openStore();
    ASSERT_TRUE(store);
    const auto messages = store->messages(1);
    ASSERT_TRUE(messages && messages->size() == 2);
    EXPECT_EQ(messages->at(1).text, reply.join(QString()));
    EXPECT_EQ(messages->at(1).status, inkchat::chat::MessageStatus::Complete);
    const auto hits = store->search(reply.last().split(u' ').value(1));
    ASSERT_TRUE(hits);
    EXPECT_EQ(hits->size(), 1) << "indexed at its end";
}
