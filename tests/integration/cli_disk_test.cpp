// inkchat-cli and a conversation store that cannot be written: a full disk
// (RLIMIT_FSIZE, what `ulimit -f` sets, with SIGXFSZ ignored so a write past
// it fails with EFBIG as on a full disk) or a read-only file. Works without
// privileges: no mount is needed.

#include "clistorefixture.h"
#include "ssescript.h"

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using inkchat::test::openAiChatBody;
using inkchat::test::sseResponse;
using inkchat::test::StreamServer;
using namespace inkchat::test::cli;

namespace {

/// Files the CLI writes may not grow past `bytes`.
CliLaunch withFileSizeLimit(rlim_t bytes)
{
    CliLaunch launch;
    launch.inChild = [bytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{bytes, bytes};
        setrlimit(RLIMIT_FSIZE, &limit);
    };
    return launch;
}

QStringList pieces(int count, qsizetype size)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(QString(size - 1, QChar(u'a' + i % 26)) + u' ');
    return list;
}

using CliDisk = CliStoreTest;

} // namespace

TEST_F(CliDisk, AReplyTheFullStoreCannotKeepIsStillPrintedAndTheExitSaysSo)
{
    ASSERT_TRUE(openStore()); // the schema is written before the disk is "full"
    StreamServer server;
    const QStringList reply = pieces(256, 4096); // 1 MiB
    server.setResponse(sseResponse(openAiChatBody(reply)));

    const CliResult result =
        CliRun(chatArguments(server, u"a prompt"_s), {}, true, withFileSizeLimit(256 * 1024)).wait();
    EXPECT_EQ(result.exitCode, 2) << describe(result).substr(0, 2000);
    EXPECT_EQ(result.out, reply.join(QString()).toUtf8() + '\n');
    ASSERT_EQ(errorLines(result).size(), 1) << result.err.toStdString();
    EXPECT_TRUE(errorLines(result).constFirst().startsWith("inkchat-cli: error: the conversation store failed: "))
        << result.err.toStdString();
}
