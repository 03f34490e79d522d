#include "transcriptwriters.h"

#include "exportimages.h"
#include "pdfwriter.h"

#include "export/epubwriter.h"
#include "export/exportproblem.h"
#include "export/writerfactory.h"

#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace inkchat::platform {

Result<std::unique_ptr<exporting::TranscriptWriter>> createTranscriptWriter(exporting::ExportFormat format,
                                                                            const QString &path,
                                                                            const QString &title)
{
    if (format == exporting::ExportFormat::Epub) {
        exporting::EpubOptions options;
        options.title = title;
        options.webpToPng = pngFromWebp;
        return std::unique_ptr<exporting::TranscriptWriter>(
            std::make_unique<exporting::EpubWriter>(path, options));
    }
    if (format != exporting::ExportFormat::Pdf)
        return exporting::createTranscriptWriter(format, path, title);
    // QTextDocument layout and QPdfWriter fonts abort without a GUI application.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return exporting::pdfNeedsGui(
            u"PDF export needs a QGuiApplication (QT_QPA_PLATFORM=offscreen is enough)"_s);
    }
    PdfOptions options;
    options.title = title;
    return std::unique_ptr<exporting::TranscriptWriter>(std::make_unique<PdfWriter>(path, options));
}

} // namespace inkchat::platform
