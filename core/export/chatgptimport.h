#pragma once

#include "importedconversation.h"
#include "importlimits.h"
#include "importsink.h"
#include "util/result.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>

namespace inkchat::exporting {

/// Reads conversations.json from a ChatGPT data export: a JSON array of
/// conversations whose messages form a tree ("mapping") because every
/// regenerated reply or edited prompt starts a branch.
///
/// Takes the branch the user last saw (from "current_node" up to the root),
/// and of it the user and assistant messages that have text: system and
/// tool messages, hidden ones, tool calls and non-text parts (images,
/// reasoning) are skipped; a message's string parts are joined with "\n".
/// Ids become uuids, "model_slug" the model, and "create_time" (seconds)
/// the times, falling back to the conversation's.
///
/// Streams: reads `device` (open for reading) in chunks and holds one
/// conversation's visible messages at a time, giving each conversation to
/// `sink` when it ends (its branch is known only then). Errors are Protocol
/// for input that is not such an export (naming the conversation, or the
/// line, column and byte of a JSON syntax error), LimitExceeded (see
/// ImportLimits) or the sink's.
std::optional<Error> importChatGptExport(QIODevice &device, ImportSink &sink,
                                         const ImportLimits &limits = {});
/// As above, collecting the conversations in a list.
Result<QList<ImportedConversation>> importChatGptExport(QIODevice &device, const ImportLimits &limits = {});
Result<QList<ImportedConversation>> importChatGptExport(const QByteArray &json,
                                                        const ImportLimits &limits = {});

} // namespace inkchat::exporting
