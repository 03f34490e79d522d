#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace booktest {

/// What a command-line checker said.
struct ToolRun
{
    bool started = false;
    int exitCode = -1;
    QString output; ///< stdout and stderr together
};

/// Runs `program` (found on PATH) and waits for it. A missing program gives
/// started == false, which the tests treat as a failure: a checker that
/// did not run has not checked anything.
ToolRun runTool(const QString &program, const QStringList &arguments);

/// Runs epubcheck on one book, warnings counting as failures. Debian
/// installs it as an executable jar, so it goes through `java -jar`.
ToolRun runEpubcheck(const QString &book);

/// `pdftotext -layout` of the whole PDF.
ToolRun pdfText(const QString &pdf);

/// An image a PDF draws, as `pdfimages -list` reports it.
struct PdfImage
{
    int page = 0;
    int width = 0;  ///< pixels
    int height = 0; ///< pixels
    int xPpi = 0;   ///< pixels per inch as drawn: the printed size
    int yPpi = 0;
    QString encoding; ///< "image" (deflated), "jpeg", ...
};
QList<PdfImage> pdfImages(const QString &pdf);

/// The number of pages pdfinfo reports, or -1.
int pdfPageCount(const QString &pdf);

} // namespace booktest
