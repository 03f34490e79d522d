// Import of a ChatGPT data export's conversations.json (importChatGptExport): any bytes give conversations or an
// error, never a crash; a file over ImportLimits::maxBytes is refused with
// LimitExceeded; reading the bytes from a QIODevice gives the same result
// as passing them whole.
//
// Input: [limit] file bytes... (limit 0: the default, else limit * 16 bytes)

#include "fuzzcheck.h"
#include "fuzzinput.h"

#include "export/chatgptimport.h"

#include <QBuffer>

using namespace inkchat;
using namespace inkchat::exporting;

namespace {

bool operator==(const Result<QList<ImportedConversation>> &a, const Result<QList<ImportedConversation>> &b)
{
    if (a.hasValue() != b.hasValue())
        return false;
    return a.hasValue() ? a.value() == b.value() : a.error() == b.error();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::FuzzInput input(data, size);
    ImportLimits limits;
    if (const std::uint8_t limit = input.takeByte(); limit != 0)
        limits.maxBytes = qint64(limit) * 16;
    const QByteArray json = input.rest().toByteArray();

    const auto imported = importChatGptExport(json, limits);
    if (json.size() > limits.maxBytes)
        FUZZ_CHECK(!imported && imported.error().kind == Error::Kind::LimitExceeded);

    QBuffer device;
    device.setData(json);
    FUZZ_CHECK(device.open(QIODevice::ReadOnly));
    FUZZ_CHECK(importChatGptExport(device, limits) == imported);
    return 0;
}
