#pragma once

// Core types QML sees, registered as foreign types (core has no QML macro).

#include "chat/messageenums.h"

#include <QQmlEngine>

namespace inkchat::app::qmltypes {

/// inkchat::chat's enums in QML: `Message.Assistant`, `Message.Streaming`,
/// `Message.Stopped`, ... (the transcript's SenderRole and StatusRole).
namespace MessageForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(inkchat::chat)
QML_NAMED_ELEMENT(Message)
} // namespace MessageForeign

} // namespace inkchat::app::qmltypes
