#pragma once

#include "importedconversation.h"
#include "importlimits.h"
#include "util/result.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>

namespace inkchat::exporting {

/// Reads a file JsonWriter wrote (Inkchat's transcript format, see
/// docs/export-json.md). Checks the format name, the version (a higher one,
/// from a newer Inkchat, is refused), the required fields, every field's
/// type and the role and status names. Errors are Protocol (naming the
/// offending field, or the byte offset of a JSON syntax error) or
/// LimitExceeded for a file over limits.maxBytes. Fields it does not know
/// are ignored.
Result<QList<ImportedConversation>> importTranscriptJson(const QByteArray &json,
                                                         const ImportLimits &limits = {});
/// As above, reading `device` (open for reading) to its end.
Result<QList<ImportedConversation>> importTranscriptJson(QIODevice &device,
                                                         const ImportLimits &limits = {});

} // namespace inkchat::exporting
