#pragma once

#include "importedconversation.h"
#include "importlimits.h"
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
/// the times, falling back to the conversation's. Errors are Protocol for
/// input that is not such an export, LimitExceeded past limits.maxBytes.
Result<QList<ImportedConversation>> importChatGptExport(const QByteArray &json,
                                                        const ImportLimits &limits = {});
/// As above, reading `device` (open for reading) to its end.
Result<QList<ImportedConversation>> importChatGptExport(QIODevice &device,
                                                        const ImportLimits &limits = {});

} // namespace inkchat::exporting
