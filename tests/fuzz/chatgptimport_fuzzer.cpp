// Import of a ChatGPT data export's conversations.json
// (importChatGptExport); what is checked is in importfuzzing.h.

#include "importfuzzing.h"

#include "export/chatgptimport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return inkchat::fuzz::fuzzImporter(data, size, [](auto &source, const auto &limits) {
        return inkchat::exporting::importChatGptExport(source, limits);
    });
}
