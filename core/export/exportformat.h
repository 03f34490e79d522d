#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace inkchat::exporting {

enum class ExportFormat { Markdown, Json, PlainText, Html, Pdf, Epub };

/// The CLI's names: md, json, txt, html, pdf, epub.
QString formatName(ExportFormat format);
std::optional<ExportFormat> formatFromName(QStringView name);
/// The usual file suffix, without the dot.
QString fileSuffix(ExportFormat format);

} // namespace inkchat::exporting
