// Import of Inkchat's own transcript JSON (importTranscriptJson); what is
// checked is in importfuzzing.h.

#include "importfuzzing.h"

#include "export/jsonimport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return inkchat::fuzz::fuzzImporter(data, size, [](auto &source, const auto &limits) {
        return inkchat::exporting::importTranscriptJson(source, limits);
    });
}
