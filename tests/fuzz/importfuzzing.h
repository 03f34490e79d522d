#pragma once

// What both importers promise, checked the same way: any bytes give
// conversations or an error, never a crash; a file over
// ImportLimits::maxBytes is refused with LimitExceeded; reading the bytes
// from a QIODevice gives the same result as passing them whole.
//
// Input: [limit] file bytes... (limit 0: the default, else limit * 16 bytes)

#include "fuzzcheck.h"
#include "fuzzinput.h"

#include "export/importedconversation.h"
#include "export/importlimits.h"
#include "util/result.h"

#include <QBuffer>

namespace inkchat::fuzz {

inline bool sameResult(const Result<QList<exporting::ImportedConversation>> &a,
                       const Result<QList<exporting::ImportedConversation>> &b)
{
    if (a.hasValue() != b.hasValue())
        return false;
    return a.hasValue() ? a.value() == b.value() : a.error() == b.error();
}

/// `import` is one importer's overload set, called with the bytes or with a
/// QIODevice and the limits.
template <typename Import>
int fuzzImporter(const std::uint8_t *data, std::size_t size, Import import)
{
    FuzzInput input(data, size);
    exporting::ImportLimits limits;
    if (const std::uint8_t limit = input.takeByte(); limit != 0)
        limits.maxBytes = qint64(limit) * 16;
    const QByteArray json = input.rest().toByteArray();

    const auto imported = import(json, limits);
    if (json.size() > limits.maxBytes)
        FUZZ_CHECK(!imported && imported.error().kind == Error::Kind::LimitExceeded);

    QBuffer device;
    device.setData(json);
    FUZZ_CHECK(device.open(QIODevice::ReadOnly));
    FUZZ_CHECK(sameResult(import(device, limits), imported));
    return 0;
}

} // namespace inkchat::fuzz
