#include "writerfactory.h"

#include "epubwriter.h"
#include "exportproblem.h"
#include "htmlwriter.h"
#include "jsonwriter.h"
#include "markdownwriter.h"
#include "textwriter.h"

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

Result<std::unique_ptr<TranscriptWriter>> createTranscriptWriter(ExportFormat format, const QString &path,
                                                                 const QString &title)
{
    std::unique_ptr<TranscriptWriter> writer;
    switch (format) {
    case ExportFormat::Markdown:
        writer = std::make_unique<MarkdownWriter>(path);
        break;
    case ExportFormat::Json:
        writer = std::make_unique<JsonWriter>(path);
        break;
    case ExportFormat::PlainText:
        writer = std::make_unique<TextWriter>(path);
        break;
    case ExportFormat::Html:
        writer = std::make_unique<HtmlWriter>(path);
        break;
    case ExportFormat::Epub: {
        EpubOptions options;
        options.title = title;
        writer = std::make_unique<EpubWriter>(path, options);
        break;
    }
    case ExportFormat::Pdf:
        // Core links no QtGui (ARCHITECTURE.md); the PDF writer lives in platform.
        return pdfNeedsGui(u"PDF export needs Inkchat's platform library (QtGui), which this program was "
                           "built without; choose another format"_s);
    }
    return writer;
}

} // namespace inkchat::exporting
