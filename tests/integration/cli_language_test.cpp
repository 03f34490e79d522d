// inkchat-cli says the problems of files and of the store in the language of
// the environment: core names them (Error::code), the CLI words them from its
// catalogue, and none of core's English reaches a German terminal. In
// English the words are the ones the CLI always printed.

#include "clistorefixture.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace inkchat::test::cli;

namespace {

CliResult runIn(const QString &language, const QStringList &arguments)
{
    return CliRun(arguments, {}, false, inLanguage(language)).wait();
}

class CliLanguage : public CliStoreTest
{
protected:
    /// A file of `bytes` to import.
    QString write(const QByteArray &bytes)
    {
        const QString path = scratchPath(u"import.json"_s);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }
};

TEST_F(CliLanguage, AConversationThatIsNotThereIsSaidInGermanAndAsEverInEnglish)
{
    const QStringList exportMissing{
        u"export"_s, u"--conversation"_s, u"999"_s, u"--format"_s, u"md"_s, u"-o"_s, u"-"_s};
    const CliResult german = runIn(u"de"_s, exportMissing);
    EXPECT_EQ(german.exitCode, 2) << describe(german);
    EXPECT_EQ(errorLines(german),
              QList<QByteArray>{"inkchat-cli: error: Es gibt keine Unterhaltung mit der ID "
                                "999."})
        << describe(german);
    EXPECT_TRUE(german.out.isEmpty());

    const CliResult english = runIn(u"en"_s, exportMissing);
    EXPECT_EQ(errorLines(english),
              QList<QByteArray>{"inkchat-cli: error: There is no conversation with id 999."})
        << describe(english);
}

TEST_F(CliLanguage, AFileNestedTooDeepIsSaidInGermanAndAsEverInEnglish)
{
    const QString path = write(
        R"({"format":"inkchat.transcript","version":2,"conversations":[{"uuid":"c-1","messages":[)"
        R"({"uuid":"m-1","role":"user","text":"","x":)"
        + QByteArray(2000, '['));
    const CliResult german = runIn(u"de"_s, {u"import"_s, path});
    EXPECT_EQ(german.exitCode, 2) << describe(german);
    EXPECT_EQ(errorLines(german),
              QList<QByteArray>{u"inkchat-cli: error: »%1« kann nicht importiert werden: "
                                "Kein gültiges JSON: tiefer als 1024 Ebenen verschachtelt."_s.arg(path)
                                    .toUtf8()})
        << describe(german);

    const CliResult english = runIn(u"en"_s, {u"import"_s, path});
    EXPECT_EQ(errorLines(english),
              QList<QByteArray>{u"inkchat-cli: error: cannot import '%1': Not valid JSON: "
                                "nested deeper than 1024 levels."_s.arg(path)
                                    .toUtf8()})
        << describe(english);
}

TEST_F(CliLanguage, AFileThatCannotBeOpenedIsSaidInGermanWithTheSystemsReason)
{
    const QString missing = scratchPath(u"nowhere.json"_s);
    const CliResult german = runIn(u"de"_s, {u"import"_s, missing});
    EXPECT_EQ(german.exitCode, 2) << describe(german);
    ASSERT_EQ(errorLines(german).size(), 1) << describe(german);
    EXPECT_TRUE(errorLines(german).constFirst().startsWith(
        u"inkchat-cli: error: »%1« kann nicht importiert werden: »%1« kann nicht "
        "geöffnet werden: "_s.arg(missing)
            .toUtf8()))
        << describe(german);
}

} // namespace
