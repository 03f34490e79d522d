#pragma once

#include <QObject>

/// Who wrote a message and where it stands: one definition for the store,
/// the exports, the chat session and (through the app's QML_FOREIGN
/// registration) the QML delegates.
namespace inkchat::chat {
Q_NAMESPACE

enum class Role { User, Assistant };
Q_ENUM_NS(Role)

/// Where a message stands. A reply is `Streaming` while it arrives; if the
/// app dies then, the next start finds it so and marks it `Interrupted`.
/// Interrupted, Stopped and Error replies keep their text and offer
/// Continue (when they have text) and Retry.
enum class MessageStatus {
    Complete,
    Streaming,
    Interrupted, ///< cut off (connection lost, app killed); MessageRecord::errorText may say why
    Error,       ///< ended by an error; MessageRecord::errorText says which
    Pending,     ///< a user message written while offline, not yet sent
    Stopped,     ///< the user stopped it
};
Q_ENUM_NS(MessageStatus)

} // namespace inkchat::chat
