#include "export/htmlwriter.h"
#include "export/jsonwriter.h"
#include "export/markdownwriter.h"
#include "export/textwriter.h"

#include "exporttesting.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace inkchat::exporting;
using namespace inkchat::exporting::test;
using inkchat::Error;

namespace {

struct WriterKind
{
    const char *name;
    std::function<std::unique_ptr<TranscriptWriter>(const QString &path)> make;
};

void PrintTo(const WriterKind &kind, std::ostream *os)
{
    *os << kind.name;
}

const WriterKind kKinds[] = {
    {"Markdown", [](const QString &p) { return std::make_unique<MarkdownWriter>(p); }},
    {"Text", [](const QString &p) { return std::make_unique<TextWriter>(p); }},
    {"Json", [](const QString &p) { return std::make_unique<JsonWriter>(p); }},
    {"Html", [](const QString &p) { return std::make_unique<HtmlWriter>(p); }},
};

class ExportFailure : public ::testing::TestWithParam<WriterKind>
{};

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_P(ExportFailure, ReportsAMissingFolderAndLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no-such-folder/out.txt"_s);
    const std::unique_ptr<TranscriptWriter> writer = GetParam().make(path);
    const std::optional<Error> error = writeAll(*writer, {sampleConversation()});
    ASSERT_TRUE(error);
    EXPECT_EQ(error->kind, Error::Kind::Unavailable);
    EXPECT_TRUE(error->message.contains(u"does not exist"_s)) << error->message.toStdString();
    EXPECT_TRUE(error->message.contains(QDir::toNativeSeparators(path))) << error->message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_TRUE(entries(dir.path()).isEmpty());
    EXPECT_EQ(writer->finish(), error); // stays failed
}

TEST_P(ExportFailure, ReportsAFolderInTheWayAndLeavesItAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"taken"_s);
    ASSERT_TRUE(QDir(dir.path()).mkdir(u"taken"_s));
    const std::unique_ptr<TranscriptWriter> writer = GetParam().make(path);
    const std::optional<Error> error = writeAll(*writer, {sampleConversation()});
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->message.contains(u"it is a folder"_s)) << error->message.toStdString();
    EXPECT_TRUE(QFileInfo(path).isDir());
    EXPECT_EQ(entries(dir.path()), QStringList{u"taken"_s});
    EXPECT_TRUE(entries(path).isEmpty());
}

TEST_P(ExportFailure, LeavesNoFileWhenAbandonedBeforeFinish)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out"_s);
    {
        const std::unique_ptr<TranscriptWriter> writer = GetParam().make(path);
        const ImportedConversation c = sampleConversation();
        writer->beginConversation(c.conversation);
        writer->writeMessage(c.messages.first());
        EXPECT_FALSE(QFileInfo::exists(path)); // nothing appears while it is written
    }
    EXPECT_TRUE(entries(dir.path()).isEmpty());
}

TEST_P(ExportFailure, ReplacesAnExistingFileOnlyOnSuccess)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out"_s);
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old export");
    }
    {
        const std::unique_ptr<TranscriptWriter> abandoned = GetParam().make(path);
        abandoned->beginConversation(sampleConversation().conversation);
    }
    EXPECT_EQ(readBytes(path), QByteArray("old export"));
    const std::unique_ptr<TranscriptWriter> writer = GetParam().make(path);
    EXPECT_FALSE(writeAll(*writer, {sampleConversation()}));
    EXPECT_TRUE(readText(path).contains(u"Munich"_s));
    EXPECT_EQ(entries(dir.path()), QStringList{u"out"_s});
}

INSTANTIATE_TEST_SUITE_P(EveryTextFormat, ExportFailure, ::testing::ValuesIn(kKinds),
                         [](const ::testing::TestParamInfo<WriterKind> &kind) {
                             return std::string(kind.param.name);
                         });
