// httpError() and parseRetryAfter(): any status, content type, Retry-After
// header and body give an Http error that keeps the status, starts with
// "HTTP <status>", is retryable exactly for the statuses httperror.h lists,
// and never asks to wait a negative time (delta-seconds capped at 2^31).
//
// Input: [status high] [status low] [content type] [Retry-After length]
//        Retry-After bytes, then the body.

#include "fuzzcheck.h"
#include "fuzzinput.h"

#include "provider/httperror.h"
#include "util/retryafter.h"

#include <QDateTime>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;
using namespace inkchat;

namespace {

bool isRetryableStatus(int status)
{
    constexpr std::array kRetryable = {408, 409, 425, 429, 500, 502, 503, 504, 529};
    return std::find(kRetryable.begin(), kRetryable.end(), status) != kRetryable.end();
}

bool isDigits(QByteArrayView text)
{
    return !text.isEmpty()
           && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void checkRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const std::optional<std::chrono::seconds> wait = parseRetryAfter(value, now);
    if (!wait)
        return;
    FUZZ_CHECK(wait->count() >= 0);
    const QByteArrayView trimmed = value.trimmed();
    if (isDigits(trimmed)) {
        const qint64 cap = qint64(1) << 31;
        qint64 expected = 0;
        for (const char digit : trimmed)
            expected = qMin(cap, expected * 10 + (digit - '0'));
        FUZZ_CHECK(wait->count() == expected);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const std::array<QByteArray, 4> kContentTypes = {QByteArrayLiteral("application/json"),
                                                            QByteArrayLiteral("text/plain; charset=utf-8"),
                                                            QByteArrayLiteral("text/html"), QByteArray()};
    static const QDateTime kNow(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

    fuzz::FuzzInput input(data, size);
    provider::HttpErrorResponse response;
    const int high = input.takeByte();
    response.status = (high << 8 | input.takeByte()) % 1000;
    response.contentType = kContentTypes.at(input.takeByte() % kContentTypes.size());
    const qsizetype retryAfterLength = qMin(input.takeByte() % 64, input.rest().size());
    response.retryAfter = input.rest().first(retryAfterLength).toByteArray();
    response.body = input.rest().sliced(retryAfterLength).toByteArray();

    const Error error = provider::httpError(response, kNow);
    FUZZ_CHECK(error.kind == Error::Kind::Http);
    FUZZ_CHECK(error.httpStatus == response.status);
    FUZZ_CHECK(error.retryable == isRetryableStatus(response.status));
    FUZZ_CHECK(error.message.startsWith(u"HTTP "_s + QString::number(response.status)));
    if (response.retryAfter.isEmpty())
        FUZZ_CHECK(!error.retryAfter);
    else
        FUZZ_CHECK(error.retryAfter == parseRetryAfter(response.retryAfter, kNow));
    checkRetryAfter(response.retryAfter, kNow);
    return 0;
}
