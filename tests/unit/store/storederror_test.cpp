// Why a reply ended early outlives the run that saw it: the store keeps the
// Error as core named it, and reads back what a newer Inkchat wrote.

#include "store/storederror.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace inkchat::store {
namespace {

TEST(StoredError, KeepsEverythingAFrontEndWordsAnErrorBy)
{
    Error error = Error::coded(Error::Kind::Http, Error::Code::HttpStatus, u"429"_s, u"HTTP 429: slow down"_s,
                               true)
                      .with({u"one"_s, u"two"_s}, u"slow down"_s);
    error.httpStatus = 429;
    error.retryAfter = 30s;
    error.retries = 4;
    error.gaveUp = Error::GaveUp::ReconnectTooLate;
    error.gaveUpValues = {u"120"_s, u"60"_s};

    EXPECT_EQ(errorFromStored(storedError(error), error.message), error);
}

TEST(StoredError, NoErrorIsStoredAsNothing)
{
    EXPECT_EQ(storedError(std::nullopt), QString());
    EXPECT_EQ(errorFromStored(QString(), u"HTTP 500"_s), std::nullopt);
}

TEST(StoredError, ACodeANewerInkchatWroteReadsAsItsEnglish)
{
    const std::optional<Error> error = errorFromStored(
        uR"({"kind":"Network","code":"SomethingNewer","subject":"x","detail":"y"})"_s, u"core's English"_s);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->kind, Error::Kind::Network);
    EXPECT_EQ(error->code, Error::Code::None);
    EXPECT_EQ(error->message, u"core's English"_s);
    EXPECT_EQ(error->subject, QString()) << "what only the unknown code gave a meaning";
}

TEST(StoredError, WhatDoesNotReadAsAnErrorIsNone)
{
    EXPECT_EQ(errorFromStored(u"not json"_s, u"m"_s), std::nullopt);
    EXPECT_EQ(errorFromStored(uR"({"kind":"Newer"})"_s, u"m"_s), std::nullopt);
}

} // namespace
} // namespace inkchat::store
