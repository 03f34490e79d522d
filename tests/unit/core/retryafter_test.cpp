#include "util/retryafter.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace inkchat;
using std::chrono::seconds;

namespace {

// Sunday, 6 November 1994, 08:49:00 UTC: the RFC's own example is 37 s later.
const QDateTime kNow(QDate(1994, 11, 6), QTime(8, 49, 0), QTimeZone::utc());

std::optional<seconds> parse(const char *value, const QDateTime &now = kNow)
{
    return parseRetryAfter(QByteArrayView(value), now);
}

} // namespace

TEST(RetryAfter, ReadsDeltaSeconds)
{
    EXPECT_EQ(parse("0"), seconds(0));
    EXPECT_EQ(parse("120"), seconds(120));
    EXPECT_EQ(parse("  7 \t"), seconds(7));
}

TEST(RetryAfter, CapsHugeDeltaSeconds)
{
    EXPECT_EQ(parse("99999999999999999999999"), seconds(qint64(1) << 31));
}

TEST(RetryAfter, ReadsImfFixdate)
{
    EXPECT_EQ(parse("Sun, 06 Nov 1994 08:49:37 GMT"), seconds(37));
    EXPECT_EQ(parse("Mon, 07 Nov 1994 08:49:00 GMT"), seconds(86400));
}

TEST(RetryAfter, ReadsObsoleteRfc850Date)
{
    EXPECT_EQ(parse("Sunday, 06-Nov-94 08:49:37 GMT"), seconds(37));
}

TEST(RetryAfter, ReadsObsoleteAsctimeDate)
{
    EXPECT_EQ(parse("Sun Nov  6 08:49:37 1994"), seconds(37));
}

TEST(RetryAfter, IgnoresCaseOfNames)
{
    EXPECT_EQ(parse("sun, 06 NOV 1994 08:49:37 gmt"), seconds(37));
}

TEST(RetryAfter, GivesZeroForPastDates)
{
    EXPECT_EQ(parse("Sat, 05 Nov 1994 08:49:37 GMT"), seconds(0));
}

TEST(RetryAfter, ReadsTwoDigitYearsAsTheMostRecentMatchingYear)
{
    const QDateTime now(QDate(2030, 1, 1), QTime(0, 0, 0), QTimeZone::utc());
    // "81" would be 2081, more than 50 years ahead: it means 1981, in the past.
    EXPECT_EQ(parse("Thursday, 01-Jan-81 00:00:00 GMT", now), seconds(0));
    // "79" is 2079, less than 50 years ahead.
    EXPECT_EQ(parse("Sunday, 01-Jan-79 00:00:00 GMT", now),
              seconds(QDateTime(QDate(2079, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch()
                      - now.toSecsSinceEpoch()));
    EXPECT_EQ(parse("Tuesday, 01-Jan-30 00:01:00 GMT", now), seconds(60));
}

TEST(RetryAfter, ConvertsNowFromLocalTime)
{
    const QDateTime now = kNow.toOffsetFromUtc(3600);
    EXPECT_EQ(parse("Sun, 06 Nov 1994 08:49:37 GMT", now), seconds(37));
}

TEST(RetryAfter, RejectsGarbage)
{
    for (const char *value :
         {"", "   ", "-5", "1.5", "10s", "soon", "Sun, 06 Nov 1994 08:49:37 PST",
          "Sun, 31 Feb 1994 08:49:37 GMT", "Sun, 06 Nov 1994 25:49:37 GMT", "Sun, 06 Foo 1994 08:49:37 GMT",
          "Xyz, 06 Nov 1994 08:49:37 GMT", "Sun, 6 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 94 08:49:37 GMT",
          "Sunday, 06-Nov-1994 08:49:37 GMT", "Sun Nov  6 08:49:37", "2025-03-01T12:00:00Z"}) {
        EXPECT_EQ(parse(value), std::nullopt) << value;
    }
}
