#pragma once

#include "exportformat.h"
#include "transcriptwriter.h"

#include "util/result.h"

#include <QString>

#include <memory>

namespace inkchat::exporting {

/// A writer for `format` that writes to the file `path`. `title` names an
/// EPUB book (empty: the single conversation's title, or a generic one);
/// the other formats title each conversation themselves.
///
/// Builds the formats core can write: Markdown, JSON, plain text, HTML and
/// EPUB. PDF needs QtGui: asking for it here returns an Error of kind
/// Unavailable; platform::createTranscriptWriter() builds every format.
Result<std::unique_ptr<TranscriptWriter>> createTranscriptWriter(ExportFormat format, const QString &path,
                                                                 const QString &title = {});

} // namespace inkchat::exporting
