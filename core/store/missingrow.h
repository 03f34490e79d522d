#pragma once

#include "util/error.h"

namespace inkchat::store {

/// The errors of an id that names no row: a user meets them when they give
/// one (inkchat-cli show --conversation 999), so they carry a Code.
Error noSuchConversation(qint64 id);
Error noSuchMessage(qint64 id);

} // namespace inkchat::store
