#pragma once

#include "models/transcriptmodel.h"

#include "chat/records.h"

namespace inkchat::app {

/// A stored message as the transcript shows it. A reply the store still
/// calls Streaming is not being written by anyone in this process (recovery
/// has run), so it shows as interrupted, with Continue.
TranscriptMessage toTranscriptMessage(const chat::MessageRecord &record);

/// How the store keeps a transcript status. The store has no "stopped": a
/// stopped reply is an interrupted one whose error text says it was stopped.
chat::MessageStatus toStoredStatus(MessageStatus status);

} // namespace inkchat::app
