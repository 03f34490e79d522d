#pragma once

#include "export/exportformat.h"
#include "export/transcriptwriter.h"

#include "util/result.h"

#include <QString>

#include <memory>

namespace inkchat::platform {

/// A writer for any export format, PDF included, that writes to the file
/// `path`; the formats core can write come from
/// exporting::createTranscriptWriter(). `title` names a PDF or EPUB book
/// (empty: the first or only conversation's title). An EPUB's WebP images
/// go in as PNG, which every EPUB reader shows.
///
/// PDF lays text out with QtGui, so it needs a QGuiApplication (offscreen
/// is enough); without one it returns an Error of kind Unavailable instead
/// of crashing.
Result<std::unique_ptr<exporting::TranscriptWriter>> createTranscriptWriter(exporting::ExportFormat format,
                                                                            const QString &path,
                                                                            const QString &title = {});

} // namespace inkchat::platform
