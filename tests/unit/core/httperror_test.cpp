#include "provider/httperror.h"
#include "provider/openaichatprovider.h"

#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat;
using namespace inkchat::provider;

namespace {

const QDateTime kNow(QDate(2025, 3, 1), QTime(12, 0, 0), QTimeZone::utc());

Error describe(int status, const char *body, const char *contentType = "application/json",
               const char *retryAfter = "")
{
    return httpError({status, QByteArray(body), QByteArray(contentType), QByteArray(retryAfter)}, kNow);
}

std::string message(int status, const char *body, const char *contentType = "application/json")
{
    return describe(status, body, contentType).message.toStdString();
}

} // namespace

TEST(HttpError, NamesOpenAiMessageAndCode)
{
    const Error error = describe(
        429,
        R"({"error":{"message":"Rate limit reached for gpt-4o","type":"requests","param":null,"code":"rate_limit_exceeded"}})");

    EXPECT_EQ(error.message.toStdString(),
              "HTTP 429 Too Many Requests: Rate limit reached for gpt-4o (rate_limit_exceeded)");
    EXPECT_EQ(error.kind, Error::Kind::Http);
    EXPECT_EQ(error.httpStatus, 429);
    EXPECT_TRUE(error.retryable);
}

TEST(HttpError, FallsBackToOpenAiTypeWhenCodeIsNull)
{
    EXPECT_EQ(
        message(
            400,
            R"({"error":{"message":"Invalid 'messages': empty array.","type":"invalid_request_error","param":"messages","code":null}})"),
        "HTTP 400 Bad Request: Invalid 'messages': empty array. (invalid_request_error)");
}

TEST(HttpError, NamesAnthropicErrorType)
{
    const Error error = describe(
        529,
        R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CSHoEeqs5C35K2UUqR7Fy"})");

    EXPECT_EQ(error.message.toStdString(), "HTTP 529 Overloaded: Overloaded (overloaded_error)");
    EXPECT_TRUE(error.retryable);
}

TEST(HttpError, NamesGeminiStatusAndCollapsesLines)
{
    const Error error = describe(
        400,
        R"({"error":{"code":400,"message":"API key not valid.\n Please pass a valid API key.","status":"INVALID_ARGUMENT"}})");

    EXPECT_EQ(error.message.toStdString(),
              "HTTP 400 Bad Request: API key not valid. Please pass a valid API key. (INVALID_ARGUMENT)");
    EXPECT_FALSE(error.retryable);
}

TEST(HttpError, ReadsGeminiArrayWrappedError)
{
    EXPECT_EQ(
        message(
            503,
            R"([{"error":{"code":503,"message":"The model is overloaded. Please try again later.","status":"UNAVAILABLE"}}])"),
        "HTTP 503 Service Unavailable: The model is overloaded. Please try again later. (UNAVAILABLE)");
}

TEST(HttpError, ReadsOllamaErrorString)
{
    EXPECT_EQ(message(404, R"({"error":"model \"llama9\" not found, try pulling it first"})"),
              "HTTP 404 Not Found: model \"llama9\" not found, try pulling it first");
}

TEST(HttpError, ReadsPlainMessageAndDetail)
{
    EXPECT_EQ(message(401, R"({"message":"Invalid token"})"), "HTTP 401 Unauthorized: Invalid token");
    EXPECT_EQ(message(422, R"({"detail":"model field is required"})"),
              "HTTP 422 Unprocessable Content: model field is required");
}

TEST(HttpError, ShowsTrimmedPlainTextBody)
{
    EXPECT_EQ(message(502, "  upstream connect error or disconnect/reset before headers\n", "text/plain"),
              "HTTP 502 Bad Gateway: upstream connect error or disconnect/reset before headers");
}

TEST(HttpError, BoundsLongBodies)
{
    const QByteArray body(5000, 'x');
    const Error error = describe(500, body.constData(), "text/plain");

    EXPECT_TRUE(error.message.startsWith(u"HTTP 500 Internal Server Error: xxx"_s));
    EXPECT_LE(error.message.size(), 340);
    EXPECT_TRUE(error.message.endsWith(QChar(0x2026)));
}

TEST(HttpError, ShowsOnlyStatusForHtmlOrEmptyBody)
{
    EXPECT_EQ(message(502, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
                      "text/html"),
              "HTTP 502 Bad Gateway");
    EXPECT_EQ(message(503, "", ""), "HTTP 503 Service Unavailable");
    EXPECT_EQ(message(599, "", ""), "HTTP 599");
}

TEST(HttpError, RetriesOnlyTransientStatuses)
{
    for (const int status : {408, 409, 425, 429, 500, 502, 503, 504, 529})
        EXPECT_TRUE(describe(status, "").retryable) << status;
    // A bad key or request stays bad however often it is sent, whatever the body says.
    for (const int status : {400, 401, 403, 404, 413, 422})
        EXPECT_FALSE(
            describe(status, R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})")
                .retryable)
            << status;
}

TEST(HttpError, ReadsRetryAfterSecondsAndDates)
{
    EXPECT_EQ(describe(429, "", "", "20").retryAfter, std::chrono::seconds(20));
    EXPECT_EQ(describe(503, "", "", "Sat, 01 Mar 2025 12:01:30 GMT").retryAfter, std::chrono::seconds(90));
    EXPECT_EQ(describe(429, "", "", "").retryAfter, std::nullopt);
    EXPECT_EQ(describe(429, "", "", "soon").retryAfter, std::nullopt);
}

TEST(HttpError, ProviderDefaultDescribesWithTheSameRules)
{
    const Error error = OpenAiChatProvider().describeHttpError(
        {401,
         QByteArrayLiteral(
             R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error","code":"invalid_api_key"}})"),
         QByteArrayLiteral("application/json"), QByteArrayLiteral("7")});

    EXPECT_EQ(error.message.toStdString(),
              "HTTP 401 Unauthorized: Incorrect API key provided (invalid_api_key)");
    EXPECT_EQ(error.kind, Error::Kind::Http);
    EXPECT_EQ(error.httpStatus, 401);
    EXPECT_FALSE(error.retryable);
    EXPECT_EQ(error.retryAfter, std::chrono::seconds(7));
}
