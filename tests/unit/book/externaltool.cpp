#include "externaltool.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace booktest {

namespace {
constexpr int kTimeoutMs = 120'000; // epubcheck starts a JVM
}

ToolRun runTool(const QString &program, const QStringList &arguments)
{
    ToolRun run;
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        run.output = program + u" is not installed (not on PATH)"_s;
        return run;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(path, arguments);
    run.started = process.waitForStarted();
    if (!run.started) {
        run.output = program + u" did not start: "_s + process.errorString();
        return run;
    }
    process.waitForFinished(kTimeoutMs);
    run.output = QString::fromUtf8(process.readAll());
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

ToolRun runEpubcheck(const QString &book)
{
    const QString found = QStandardPaths::findExecutable(u"epubcheck"_s);
    const QString target = found.isEmpty() ? QString() : QFileInfo(found).canonicalFilePath();
    // A short run gains nothing from the optimising JIT: the quick compiler
    // alone starts epubcheck in about half the time.
    if (target.endsWith(u".jar"_s)) {
        return runTool(u"java"_s, {u"-XX:TieredStopAtLevel=1"_s, u"-XX:+UseSerialGC"_s, u"-jar"_s, target,
                                   book, u"--failonwarnings"_s});
    }
    return runTool(u"epubcheck"_s, {book, u"--failonwarnings"_s});
}

ToolRun pdfText(const QString &pdf)
{
    return runTool(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
}

QList<PdfImage> pdfImages(const QString &pdf)
{
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    QList<PdfImage> images;
    const QStringList lines = runTool(u"pdfimages"_s, {u"-list"_s, pdf}).output.split(u'\n');
    for (const QString &line : lines.mid(2)) {
        const QStringList columns = line.simplified().split(u' ');
        if (columns.size() >= 14 && columns[2] == "image"_L1) // not the soft masks of transparent ones
            images.append({columns[0].toInt(), columns[3].toInt(), columns[4].toInt(), columns[12].toInt(),
                           columns[13].toInt(), columns[8]});
    }
    return images;
}

int pdfPageCount(const QString &pdf)
{
    const ToolRun run = runTool(u"pdfinfo"_s, {pdf});
    const QRegularExpressionMatch match =
        QRegularExpression(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption).match(run.output);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace booktest
