#pragma once

#include "importedconversation.h"
#include "importlimits.h"
#include "importsink.h"
#include "util/result.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>

namespace inkchat::exporting {

/// Reads a file JsonWriter wrote (Inkchat's transcript format, see
/// docs/export-json.md) from `device` (open for reading) as it arrives,
/// giving `sink` each message as soon as it is read: memory is bounded by
/// one message, whatever the file's size. Checks the format name, the
/// version (a higher one, from a newer Inkchat, is refused), the required
/// fields, every field's type and the role and status names, in any key
/// order. Errors are Protocol (naming the offending field, or the line,
/// column and byte of a JSON syntax error or of text that is not UTF-8),
/// LimitExceeded (see ImportLimits) or the sink's. The sink may have had
/// part of the file when an error comes: a store sink rolls it back. Fields
/// it does not know are ignored.
std::optional<Error> importTranscriptJson(QIODevice &device, ImportSink &sink,
                                          const ImportLimits &limits = {});
/// As above, collecting the conversations in a list.
Result<QList<ImportedConversation>> importTranscriptJson(QIODevice &device, const ImportLimits &limits = {});
Result<QList<ImportedConversation>> importTranscriptJson(const QByteArray &json,
                                                         const ImportLimits &limits = {});

} // namespace inkchat::exporting
