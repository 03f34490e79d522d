#include "util/redact.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat;

TEST(Redact, ReplacesEveryOccurrenceOfTheSecret)
{
    EXPECT_EQ(redact(u"key sk-abc123 and again sk-abc123."_s, {u"sk-abc123"_s}).toStdString(),
              "key [redacted] and again [redacted].");
}

TEST(Redact, ReplacesEachOfSeveralSecrets)
{
    EXPECT_EQ(redact(u"a=alpha-secret b=bravo-secret"_s, {u"alpha-secret"_s, u"bravo-secret"_s}).toStdString(),
              "a=[redacted] b=[redacted]");
}

TEST(Redact, IgnoresSecretsShorterThanFourCharacters)
{
    EXPECT_EQ(redact(u"the cat sat"_s, {u"at"_s, u""_s, u"cat"_s}).toStdString(), "the cat sat");
    EXPECT_EQ(redact(u"the cats sat"_s, {u"cats"_s}).toStdString(), "the [redacted] sat");
}

TEST(Redact, LeavesTextWithoutSecretsAlone)
{
    EXPECT_EQ(redact(u"HTTP 401 Unauthorized: Grüße 🚀"_s, {}).toStdString(), "HTTP 401 Unauthorized: Grüße 🚀");
    EXPECT_EQ(redact(u"HTTP 401 Unauthorized"_s, {u"sk-unused"_s}).toStdString(), "HTTP 401 Unauthorized");
}

TEST(Redact, MatchesCaseSensitively)
{
    // Keys are case-sensitive tokens; a differently cased word is not the key.
    EXPECT_EQ(redact(u"Token TOKEN token"_s, {u"token"_s}).toStdString(), "Token TOKEN [redacted]");
}
