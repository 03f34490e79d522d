#pragma once

#include "chat/records.h"

#include <QString>

namespace inkchat::app {

/// What is known of a finished reply beside its text, as the line under it
/// says: the model that answered and the tokens the provider reported,
/// "gpt-4o · 1,234 in · 567 out" (numbers as the user's language writes
/// them). What the provider did not report is left out; empty for a user
/// message, a reply still streaming, or one whose provider reported no
/// token counts (the demo), where the model would only repeat the request.
QString replyFacts(const chat::MessageRecord &message);

} // namespace inkchat::app
