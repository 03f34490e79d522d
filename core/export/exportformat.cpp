#include "exportformat.h"

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

namespace {
constexpr ExportFormat kAllFormats[] = {ExportFormat::Markdown, ExportFormat::Json, ExportFormat::PlainText,
                                        ExportFormat::Html,     ExportFormat::Pdf,  ExportFormat::Epub};
}

QString formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return u"md"_s;
    case ExportFormat::Json:
        return u"json"_s;
    case ExportFormat::PlainText:
        return u"txt"_s;
    case ExportFormat::Html:
        return u"html"_s;
    case ExportFormat::Pdf:
        return u"pdf"_s;
    case ExportFormat::Epub:
        return u"epub"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ExportFormat> formatFromName(QStringView name)
{
    for (ExportFormat format : kAllFormats) {
        if (name.compare(formatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    if (name.compare(u"markdown", Qt::CaseInsensitive) == 0)
        return ExportFormat::Markdown;
    if (name.compare(u"text", Qt::CaseInsensitive) == 0)
        return ExportFormat::PlainText;
    return std::nullopt;
}

QString fileSuffix(ExportFormat format)
{
    return formatName(format);
}

} // namespace inkchat::exporting
