#pragma once

#include "chat/records.h"

#include <QList>

namespace inkchat::exporting {

/// One conversation read from an import file, ready for the store. Row ids
/// are 0 (not stored yet); uuids carry the identity.
struct ImportedConversation
{
    chat::ConversationRecord conversation;
    QList<chat::MessageRecord> messages; ///< oldest first

    friend bool operator==(const ImportedConversation &, const ImportedConversation &) = default;
};

} // namespace inkchat::exporting
