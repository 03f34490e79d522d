#pragma once

#include "importlimits.h"
#include "util/result.h"

#include <QIODevice>
#include <QList>
#include <QString>

#include <optional>

namespace inkchat::store {
class ConversationStore;
}

namespace inkchat::exporting {

enum class ImportFormat {
    Inkchat, ///< Inkchat's JSON export (docs/export-json.md)
    ChatGpt, ///< conversations.json of a ChatGPT data export
};

/// Inkchat's transcript is an object ({"format":"inkchat.transcript",...}),
/// a ChatGPT export an array: told apart by the first character (after a
/// byte order mark and blanks), peeked without consuming it. The importers
/// check the rest.
std::optional<ImportFormat> detectImportFormat(QIODevice &device);

/// A conversation the store could not take, though the file was fine.
struct LeftOutConversation
{
    QString title;
    Error error;
};

struct ImportSummary
{
    int conversations = 0; ///< stored now
    int messages = 0;      ///< in those conversations
    int alreadyStored = 0; ///< skipped: a conversation with the same uuid is stored
    QList<LeftOutConversation> leftOut;
};

/// Imports the file on `device` (open for reading; `format` recognised by
/// detectImportFormat() if not given) into `store` as it reads it, in
/// bounded memory and in one transaction: an error in the file (named by
/// the importer) or of the store leaves the store as it was. A conversation
/// stored already (same uuid) is skipped, one the store cannot take (see
/// LeftOutConversation) left out, and the rest stored. The CLI's import and
/// the app's.
Result<ImportSummary> importConversations(QIODevice &device, store::ConversationStore &store,
                                          std::optional<ImportFormat> format = std::nullopt,
                                          const ImportLimits &limits = {});

} // namespace inkchat::exporting
