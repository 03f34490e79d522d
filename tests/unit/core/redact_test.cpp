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
    EXPECT_EQ(
        redact(u"a=alpha-secret b=bravo-secret"_s, {u"alpha-secret"_s, u"bravo-secret"_s}).toStdString(),
        "a=[redacted] b=[redacted]");
}

TEST(Redact, IgnoresSecretsShorterThanFourCharacters)
{
    EXPECT_EQ(redact(u"the cat sat"_s, {u"at"_s, u""_s, u"cat"_s}).toStdString(), "the cat sat");
    EXPECT_EQ(redact(u"the cats sat"_s, {u"cats"_s}).toStdString(), "the [redacted] sat");
}

TEST(Redact, LeavesTextWithoutSecretsAlone)
{
    EXPECT_EQ(redact(u"HTTP 401 Unauthorized: Grüße 🚀"_s, {}).toStdString(),
              "HTTP 401 Unauthorized: Grüße 🚀");
    EXPECT_EQ(redact(u"HTTP 401 Unauthorized"_s, {u"sk-unused"_s}).toStdString(), "HTTP 401 Unauthorized");
}

TEST(Redact, MatchesCaseSensitively)
{
    // Keys are case-sensitive tokens; a differently cased word is not the key.
    EXPECT_EQ(redact(u"Token TOKEN token"_s, {u"token"_s}).toStdString(), "Token TOKEN [redacted]");
}

TEST(Redact, MasksTheKeyInTheEncodingsAServerEchoesItIn)
{
    const QString key = u"sk-proj-Ab3/x+Yz_98765"_s;
    const QStringList secrets{key};
    // Base64 at each alignment within a longer value, standard and URL-safe.
    for (const QString &prefix : {QString(), u"u"_s, u"us"_s, u"user:"_s}) {
        for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            const QString encoded = QString::fromLatin1(
                (prefix + key + u"!tail"_s).toUtf8().toBase64(options));
            const QString redacted = redact(u"Basic "_s + encoded + u" rejected"_s, secrets);
            EXPECT_TRUE(redacted.contains(u"[redacted]"_s)) << qPrintable(redacted);
            EXPECT_FALSE(redacted.contains(QString::fromLatin1(key.toUtf8().toBase64(options)).left(12)))
                << qPrintable(redacted);
        }
    }
    EXPECT_EQ(redact(u"key=sk-proj-Ab3%2Fx%2BYz_98765&x=1"_s, secrets), u"key=[redacted]&x=1"_s);
    EXPECT_EQ(redact(u"key=sk-proj-Ab3%2fx%2bYz_98765"_s, secrets), u"key=[redacted]"_s);
    EXPECT_EQ(redact(u"you sent s k - p r o j - A b 3 / x + Y z _ 9 8 7 6 5 ok"_s, secrets),
              u"you sent [redacted] ok"_s);
    EXPECT_EQ(redact(u"you sent sk-proj-Ab3/x+Yz_\n98765"_s, secrets), u"you sent [redacted]"_s);
}

TEST(Redact, EncodingsOfShortSecretsAreLeftAlone)
{
    // "c2VjcmV0" is base64 of "secret"; masking encodings of short strings
    // would hit ordinary text.
    EXPECT_EQ(redact(u"c2VjcmV0 s e c r e t"_s, {u"secret"_s}), u"c2VjcmV0 s e c r e t"_s);
}
