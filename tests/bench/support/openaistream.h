#pragma once

#include <QByteArray>

namespace inkchat::bench {

/// A 64 MiB OpenAI Chat Completions stream as api.openai.com sends it
/// (~260-byte events, a heartbeat comment every 100 events, [DONE] at the
/// end): what sseparser_bench parses and ssedump_bench dumps. Made once.
const QByteArray &openAiStream();

} // namespace inkchat::bench
