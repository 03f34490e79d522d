#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStringList>

#include <gtest/gtest.h>

#include <functional>
#include <string>

/// Running inkchat-cli from the integration tests.
namespace inkchat::test::cli {

using namespace Qt::StringLiterals;

inline constexpr int kWaitMs = 30'000;
inline const QByteArray kFakeKey = QByteArrayLiteral("sk-test-CLI0123456789abcdef");
inline const QString kKeyVariable = u"INKCHAT_TEST_API_KEY"_s;

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// How CliRun starts the program.
struct CliLaunch
{
    /// inkchat-cli unless a test runs it through another program (script(1)
    /// for a terminal).
    QString program = QStringLiteral(INKCHAT_CLI_PATH);
    /// Runs in the child between fork and exec (resource limits, signals).
    std::function<void()> inChild;
    /// Set in the child's environment after the developer's proxies are removed.
    QList<std::pair<QString, QString>> environment;
};

/// The environment of a German desktop (LANGUAGE wins over LANG, as on any
/// GNU system), or of an English one.
inline CliLaunch inLanguage(const QString &language)
{
    CliLaunch launch;
    launch.environment = {{u"LANGUAGE"_s, language},
                          {u"LANG"_s, language == "de"_L1 ? u"de_DE.UTF-8"_s : u"C.UTF-8"_s},
                          {u"LC_ALL"_s, QString()},
                          {u"LC_MESSAGES"_s, QString()}};
    return launch;
}

/// Starts inkchat-cli. The server lives in this process's event loop, so the
/// run is awaited with QSignalSpy, never QProcess::waitForFinished.
class CliRun
{
public:
    explicit CliRun(const QStringList &arguments, const QByteArray &input = {}, bool withKey = true,
                    const CliLaunch &launch = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(kKeyVariable);
        if (withKey)
            environment.insert(kKeyVariable, QString::fromUtf8(kFakeKey));
        // A proxy from the developer's shell must not swallow loopback requests.
        for (const QString &name : {u"http_proxy"_s, u"https_proxy"_s, u"all_proxy"_s, u"HTTP_PROXY"_s,
                                    u"HTTPS_PROXY"_s, u"ALL_PROXY"_s})
            environment.remove(name);
        for (const auto &[name, value] : launch.environment)
            environment.insert(name, value);
        m_process.setProcessEnvironment(environment);
        if (launch.inChild)
            m_process.setChildProcessModifier(launch.inChild);
        m_process.start(launch.program, arguments);
        m_process.write(input);
        m_process.closeWriteChannel();
    }

    QProcess &process() { return m_process; }

    CliResult wait()
    {
        if (m_process.state() != QProcess::NotRunning && m_finished.isEmpty()) {
            EXPECT_TRUE(m_finished.wait(kWaitMs)) << "inkchat-cli did not end";
        }
        CliResult result;
        result.exitCode = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        result.out = m_process.readAllStandardOutput();
        result.err = m_process.readAllStandardError();
        return result;
    }

private:
    QProcess m_process;
    QSignalSpy m_finished{&m_process, &QProcess::finished};
};

inline CliResult runCli(const QStringList &arguments, const QByteArray &input = {}, bool withKey = true)
{
    return CliRun(arguments, input, withKey).wait();
}

/// Runs inkchat-cli without CliRun's 30 s limit, for runs that read or write
/// hundreds of megabytes and may take longer on a busy machine.
inline CliResult runCliLong(const QStringList &arguments)
{
    CliRun run(arguments);
    QSignalSpy finished(&run.process(), &QProcess::finished);
    if (run.process().state() != QProcess::NotRunning) {
        EXPECT_TRUE(finished.wait(300'000)) << "inkchat-cli did not end";
    }
    return run.wait();
}

/// The error lines on stderr ("inkchat-cli: error: ..."), without the
/// transition notes around them.
inline QList<QByteArray> errorLines(const CliResult &result)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : result.err.split('\n')) {
        if (line.startsWith("inkchat-cli: error: "))
            lines.append(line);
    }
    return lines;
}

/// Exit code and both outputs, for failure messages.
inline std::string describe(const CliResult &result)
{
    return "exit " + std::to_string(result.exitCode) + "\nstdout: " + result.out.toStdString()
           + "\nstderr: " + result.err.toStdString();
}

} // namespace inkchat::test::cli
