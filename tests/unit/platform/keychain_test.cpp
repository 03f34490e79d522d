// KeychainSecretStore against a real Secret Service. ctest runs every case
// through with-keyring.sh: a private D-Bus session with an unlocked
// gnome-keyring whose files live in a temporary HOME, so nothing here can
// reach the user's keychain and parallel cases share nothing.

#include "secrets/keychainsecretstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <vector>

using namespace Qt::StringLiterals;
using inkchat::Error;
using inkchat::Result;
using inkchat::SecretStore;
using inkchat::platform::KeychainSecretStore;

namespace inkchat {

/// Makes gtest print an Error as "kind: message" rather than as bytes.
static void PrintTo(const Error &error, std::ostream *os)
{
    *os << kindName(error.kind).toStdString() << ": " << error.message.toStdString();
}

} // namespace inkchat

namespace {

constexpr int kAnswerTimeoutMs = 10'000;
constexpr int kChildTimeoutMs = 60'000;
/// Set by with-keyring.sh to its sandbox directory.
constexpr auto kSandboxVariable = "INKCHAT_TEST_KEYRING";
/// Carries the secret to the child process of the no-service test; its
/// presence makes the test play the child's part.
constexpr auto kChildSecretVariable = "INKCHAT_KEYCHAIN_TEST_CHILD_SECRET";

QString uniqueService()
{
    return u"inkchat-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// ASCII on purpose: a plaintext copy must match byte for byte in whatever
/// encoding a settings file would use.
QString probeSecret()
{
    return u"sk-inkchat-probe-"_s + QUuid::createUuid().toString(QUuid::Id128);
}

std::string str(const QString &text)
{
    return text.toStdString();
}

/// Calls the store and spins the event loop until it answers (at most
/// 10 s). Remembers how often each callback ran, so a test can check that
/// every call answered exactly once.
class Asker
{
public:
    explicit Asker(SecretStore &store) : m_store(store) {}

    Result<QString> read(const QString &account)
    {
        return ask<Result<QString>>([&](auto done) { m_store.read(account, std::move(done)); });
    }

    std::optional<Error> write(const QString &account, const QString &secret)
    {
        return ask<std::optional<Error>>([&](auto done) { m_store.write(account, secret, std::move(done)); });
    }

    std::optional<Error> remove(const QString &account)
    {
        return ask<std::optional<Error>>([&](auto done) { m_store.remove(account, std::move(done)); });
    }

    void expectEachAnsweredOnce() const
    {
        // A second answer would already be queued by now.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        for (const auto &calls : m_callCounts)
            EXPECT_EQ(calls(), 1) << "a store call did not answer exactly once";
    }

private:
    template <typename Answer, typename Call>
    Answer ask(Call call)
    {
        struct State
        {
            std::optional<Answer> answer;
            int calls = 0;
        };
        // Shared with the callback: it may still run after a timeout.
        auto state = std::make_shared<State>();
        m_callCounts.push_back([state] { return state->calls; });
        call([state](Answer answer) {
            if (++state->calls == 1)
                state->answer.emplace(std::move(answer));
        });
        EXPECT_EQ(state->calls, 0) << "the store answered before the call returned";
        if (!QTest::qWaitFor([&] { return state->calls > 0; }, kAnswerTimeoutMs)) {
            ADD_FAILURE() << "the keychain did not answer within 10 s";
            return Answer(Error::make(Error::Kind::Timeout, u"no answer from the keychain"_s));
        }
        return *state->answer;
    }

    SecretStore &m_store;
    std::vector<std::function<int()>> m_callCounts;
};

/// The directories a process may write the user's data to: HOME and the
/// XDG base directories, as the running process sees them.
QStringList userDirectories()
{
    QStringList dirs{QDir::homePath()};
    for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString dir = qEnvironmentVariable(name);
        if (!dir.isEmpty())
            dirs.append(dir);
    }
    return dirs;
}

struct Scan
{
    int filesRead = 0;
    QStringList containing; ///< files that hold the plaintext
};

/// Reads every regular file under dirs and lists those that contain the
/// secret as UTF-8, UTF-16 or base64 (QtKeychain's encoding of binary data).
Scan scanForPlaintext(const QStringList &dirs, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()),
                           secret.size() * qsizetype(sizeof(char16_t)));
    const QByteArray base64 = utf8.toBase64();

    Scan scan;
    QSet<QString> seen;
    for (const QString &dir : dirs) {
        // Sockets and other special files are not readable data; skip them.
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = QFileInfo(it.next()).canonicalFilePath();
            if (path.isEmpty() || seen.contains(path))
                continue;
            seen.insert(path);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                ADD_FAILURE() << "cannot read " << str(path);
                continue;
            }
            const QByteArray content = file.readAll();
            ++scan.filesRead;
            if (content.contains(utf8) || content.contains(utf16) || content.contains(base64))
                scan.containing.append(path);
        }
    }
    return scan;
}

class KeychainSecretStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIsEmpty(kSandboxVariable))
            GTEST_FAIL() << "run through tests/unit/platform/with-keyring.sh (ctest does): "
                            "these tests need a private gnome-keyring and must not touch yours";
    }

    void TearDown() override { m_asker.expectEachAnsweredOnce(); }

    KeychainSecretStore m_store{uniqueService()};
    Asker m_asker{m_store};
};

TEST_F(KeychainSecretStoreTest, ReadsBackWhatItWrote)
{
    EXPECT_EQ(m_asker.write(u"openai"_s, u"sk-first-key"_s), std::nullopt);

    const Result<QString> read = m_asker.read(u"openai"_s);
    ASSERT_TRUE(read.hasValue()) << str(read.error().message);
    EXPECT_EQ(str(read.value()), "sk-first-key");
}

TEST_F(KeychainSecretStoreTest, OverwriteReplacesTheSecret)
{
    ASSERT_EQ(m_asker.write(u"openai"_s, u"sk-old-key"_s), std::nullopt);
    ASSERT_EQ(m_asker.write(u"openai"_s, u"sk-new-key"_s), std::nullopt);

    const Result<QString> read = m_asker.read(u"openai"_s);
    ASSERT_TRUE(read.hasValue()) << str(read.error().message);
    EXPECT_EQ(str(read.value()), "sk-new-key");
}

TEST_F(KeychainSecretStoreTest, RemoveLeavesNothingToRead)
{
    ASSERT_EQ(m_asker.write(u"openai"_s, u"sk-doomed-key"_s), std::nullopt);

    EXPECT_EQ(m_asker.remove(u"openai"_s), std::nullopt);

    const Result<QString> read = m_asker.read(u"openai"_s);
    ASSERT_TRUE(read.hasValue()) << str(read.error().message);
    EXPECT_TRUE(read.value().isEmpty()) << str(read.value());
}

TEST_F(KeychainSecretStoreTest, ReadsNeverWrittenAccountAsEmpty)
{
    const Result<QString> read = m_asker.read(u"never-written"_s);
    ASSERT_TRUE(read.hasValue()) << str(read.error().message);
    EXPECT_TRUE(read.value().isEmpty()) << str(read.value());
}

TEST_F(KeychainSecretStoreTest, RemovingNeverWrittenAccountSucceeds)
{
    EXPECT_EQ(m_asker.remove(u"never-written"_s), std::nullopt);
}

TEST_F(KeychainSecretStoreTest, KeepsUnicodeSecret)
{
    const QString secret = u"ключ-密钥-🔑-clé-\u00a0-end"_s;
    ASSERT_EQ(m_asker.write(u"gemini"_s, secret), std::nullopt);

    const Result<QString> read = m_asker.read(u"gemini"_s);
    ASSERT_TRUE(read.hasValue()) << str(read.error().message);
    EXPECT_EQ(str(read.value()), str(secret));
}

TEST_F(KeychainSecretStoreTest, KeepsAccountsAndServicesApart)
{
    ASSERT_EQ(m_asker.write(u"openai"_s, u"sk-openai"_s), std::nullopt);
    ASSERT_EQ(m_asker.write(u"anthropic"_s, u"sk-anthropic"_s), std::nullopt);

    const Result<QString> openai = m_asker.read(u"openai"_s);
    const Result<QString> anthropic = m_asker.read(u"anthropic"_s);
    ASSERT_TRUE(openai.hasValue() && anthropic.hasValue());
    EXPECT_EQ(str(openai.value()), "sk-openai");
    EXPECT_EQ(str(anthropic.value()), "sk-anthropic");

    KeychainSecretStore otherApp(uniqueService());
    Asker otherAsker(otherApp);
    const Result<QString> foreign = otherAsker.read(u"openai"_s);
    ASSERT_TRUE(foreign.hasValue()) << str(foreign.error().message);
    EXPECT_TRUE(foreign.value().isEmpty()) << str(foreign.value());
    otherAsker.expectEachAnsweredOnce();
}

TEST_F(KeychainSecretStoreTest, NeverWritesThePlaintextToDisk)
{
    const QString secret = probeSecret();
    ASSERT_EQ(m_asker.write(u"openai"_s, secret), std::nullopt);
    const Result<QString> read = m_asker.read(u"openai"_s);
    ASSERT_TRUE(read.hasValue()) << str(read.error().message);
    ASSERT_EQ(str(read.value()), str(secret));

    // The scan must cover where the keyring keeps its (encrypted) store,
    // or finding nothing would prove nothing.
    const QDir keyrings(qEnvironmentVariable("XDG_DATA_HOME") + u"/keyrings"_s);
    EXPECT_FALSE(keyrings.entryList({u"*.keyring"_s}, QDir::Files).isEmpty())
        << "no keyring file under " << str(keyrings.path());

    const Scan scan = scanForPlaintext(userDirectories(), secret);
    EXPECT_GT(scan.filesRead, 0);
    EXPECT_TRUE(scan.containing.isEmpty()) << "plaintext secret in " << str(scan.containing.join(u", "_s));
}

/// The child's half of WriteFailsAsUnavailableAndStoresNothing: runs with
/// a session bus address that leads nowhere.
void expectKeychainUnavailable(const QString &secret)
{
    KeychainSecretStore store(uniqueService());
    Asker asker(store);

    const std::optional<Error> error = asker.write(u"openai"_s, secret);
    ASSERT_TRUE(error.has_value()) << "the write succeeded without a Secret Service";
    EXPECT_EQ(error->kind, Error::Kind::Unavailable) << str(inkchat::kindName(error->kind));
    EXPECT_TRUE(error->message.contains(u"keychain"_s, Qt::CaseInsensitive)) << str(error->message);
    EXPECT_FALSE(error->message.contains(secret)) << "the error message holds the secret";
    EXPECT_FALSE(error->detail.contains(secret)) << "the keychain's words hold the secret";
    // Named, so the front ends say it in the user's language.
    EXPECT_EQ(error->code, Error::Code::KeychainMissing) << str(error->message);
    EXPECT_FALSE(error->retryable);

    // Reading must fail too: an empty answer would claim "no key stored".
    const Result<QString> read = asker.read(u"openai"_s);
    ASSERT_FALSE(read.hasValue()) << "read answered " << str(read.value());
    EXPECT_EQ(read.error().kind, Error::Kind::Unavailable) << str(read.error().message);
    EXPECT_EQ(read.error().code, Error::Code::KeychainMissing) << str(read.error().message);

    asker.expectEachAnsweredOnce();
}

/// Runs the current test again in a child process that reaches no keychain:
/// a process keeps its first session bus connection, so "no Secret Service"
/// needs a process of its own. The child gets a bus address that leads
/// nowhere, a HOME of its own and the desktop variables in desktop (which
/// steer QtKeychain's choice of backend); it runs expectKeychainUnavailable()
/// and the parent then checks the child's verdict and searches its HOME for
/// the secret.
void expectUnavailableInChild(const QProcessEnvironment &desktop)
{
    if (qEnvironmentVariableIsSet(kChildSecretVariable)) {
        const QString secret = qEnvironmentVariable(kChildSecretVariable);
        expectKeychainUnavailable(secret);
        EXPECT_TRUE(scanForPlaintext(userDirectories(), secret).containing.isEmpty());
        return;
    }

    QTemporaryDir sandbox;
    ASSERT_TRUE(sandbox.isValid());
    const QDir root(sandbox.path());
    for (const QString &sub : {u"home"_s, u"data"_s, u"config"_s, u"cache"_s, u"runtime"_s})
        ASSERT_TRUE(root.mkpath(sub));
    const QString secret = probeSecret();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name :
         {u"XDG_CURRENT_DESKTOP"_s, u"DESKTOP_SESSION"_s, u"KDE_FULL_SESSION"_s, u"KDE_SESSION_VERSION"_s,
          u"GNOME_DESKTOP_SESSION_ID"_s, u"GNOME_KEYRING_CONTROL"_s, u"GTEST_OUTPUT"_s})
        env.remove(name);
    env.insert(desktop);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + root.filePath(u"no-such-bus"_s));
    env.insert(u"HOME"_s, root.filePath(u"home"_s));
    env.insert(u"XDG_DATA_HOME"_s, root.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, root.filePath(u"config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, root.filePath(u"cache"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, root.filePath(u"runtime"_s));
    env.insert(QString::fromLatin1(kChildSecretVariable), secret);

    const ::testing::TestInfo *self = ::testing::UnitTest::GetInstance()->current_test_info();
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--gtest_filter=%1.%2"_s.arg(QString::fromUtf8(self->test_suite_name()),
                                               QString::fromUtf8(self->name()))});
    ASSERT_TRUE(child.waitForStarted(kChildTimeoutMs)) << str(child.errorString());
    const bool finished = child.waitForFinished(kChildTimeoutMs);
    const std::string output = QString::fromLocal8Bit(child.readAll()).toStdString();
    ASSERT_TRUE(finished) << "the child did not finish:\n" << output;
    EXPECT_EQ(child.exitStatus(), QProcess::NormalExit) << output;
    EXPECT_EQ(child.exitCode(), 0) << output;
    // A filter that matched nothing would also exit 0.
    EXPECT_NE(output.find("[  PASSED  ] 1 test."), std::string::npos) << output;

    const Scan scan = scanForPlaintext({sandbox.path()}, secret);
    EXPECT_TRUE(scan.containing.isEmpty()) << "plaintext secret in " << str(scan.containing.join(u", "_s));
}

TEST(KeychainSecretStoreWithoutService, WriteFailsAsUnavailableAndStoresNothing)
{
    // No desktop variables: QtKeychain takes the Secret Service (libsecret).
    expectUnavailableInChild({});
}

// QtKeychain 0.13 writes to a plaintext settings file only on its KWallet
// path, and only with the insecure fallback on. A KDE 4 session sends it
// there without asking the bus, so this is where a fallback left on would
// show.
TEST(KeychainSecretStoreWithoutService, WriteFailsAsUnavailableAndStoresNothingOnKWalletPath)
{
    QProcessEnvironment kde4;
    kde4.insert(u"XDG_CURRENT_DESKTOP"_s, u"KDE"_s);
    kde4.insert(u"KDE_SESSION_VERSION"_s, u"4"_s);
    expectUnavailableInChild(kde4);
}

} // namespace
