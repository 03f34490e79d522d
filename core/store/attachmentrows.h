#pragma once

#include "chat/attachment.h"
#include "util/result.h"

#include <optional>

class QSqlDatabase;

namespace inkchat::store {

/// Stores `attachments` as the images of message `messageId`, in their
/// order. Kind LimitExceeded, naming the image, when one is larger than
/// chat::kMaxAttachmentBytes or there are more than
/// chat::kMaxAttachmentsPerMessage; nothing is written then. Runs inside
/// the caller's transaction (the message's insert).
std::optional<Error> insertAttachments(QSqlDatabase &db, qint64 messageId,
                                       const chat::Attachments &attachments);

/// The images of message `messageId`, in the order they were attached.
Result<chat::Attachments> readAttachments(QSqlDatabase &db, qint64 messageId);

} // namespace inkchat::store
