#include "provider/baseurl.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::provider::BaseUrlProblem;
using inkchat::provider::checkBaseUrl;
using inkchat::provider::exposesKeyInTransit;

TEST(BaseUrl, RefusesAKeyInTheUserInfoOrTheQuery)
{
    EXPECT_EQ(checkBaseUrl(QUrl(u"https://user:sk-secret@api.example.com/v1"_s)),
              BaseUrlProblem::HasCredentials);
    EXPECT_EQ(checkBaseUrl(QUrl(u"https://sk-secret@api.example.com/v1"_s)), BaseUrlProblem::HasCredentials);
    EXPECT_EQ(checkBaseUrl(QUrl(u"https://api.example.com/v1beta?key=AIza123"_s)),
              BaseUrlProblem::HasCredentials);
    EXPECT_EQ(checkBaseUrl(QUrl(u"https://api.example.com/v1"_s)), BaseUrlProblem::None);
}

TEST(BaseUrl, RefusesWhatIsNotHttp)
{
    EXPECT_EQ(checkBaseUrl(QUrl(u"ftp://example.com"_s)), BaseUrlProblem::NotHttp);
    EXPECT_EQ(checkBaseUrl(QUrl(u"example.com/v1"_s)), BaseUrlProblem::NotHttp);
    EXPECT_EQ(checkBaseUrl(QUrl(u"http://"_s)), BaseUrlProblem::NotHttp);
}

TEST(BaseUrl, IsReadAsTypedWithoutSurroundingWhiteSpaceAndStrictly)
{
    using inkchat::provider::parseBaseUrl;
    EXPECT_EQ(parseBaseUrl(u" http://localhost:11434\n"_s), QUrl(u"http://localhost:11434"_s));
    EXPECT_EQ(checkBaseUrl(parseBaseUrl(u"  https://api.example.com/v1 "_s)), BaseUrlProblem::None);
    EXPECT_EQ(checkBaseUrl(parseBaseUrl(u"not a url"_s)), BaseUrlProblem::NotHttp);
}

TEST(BaseUrl, PlainHttpExposesTheKeyOnlyBeyondThisMachine)
{
    EXPECT_TRUE(exposesKeyInTransit(QUrl(u"http://192.168.1.20:11434"_s)));
    EXPECT_TRUE(exposesKeyInTransit(QUrl(u"http://api.example.com/v1"_s)));
    EXPECT_TRUE(exposesKeyInTransit(QUrl(u"ws://api.example.com/v1"_s)));
    EXPECT_FALSE(exposesKeyInTransit(QUrl(u"https://api.example.com/v1"_s)));
    EXPECT_FALSE(exposesKeyInTransit(QUrl(u"http://localhost:11434"_s)));
    EXPECT_FALSE(exposesKeyInTransit(QUrl(u"http://LOCALHOST:11434"_s)));
    EXPECT_FALSE(exposesKeyInTransit(QUrl(u"http://127.0.0.1:8080/v1"_s)));
    EXPECT_FALSE(exposesKeyInTransit(QUrl(u"http://127.8.9.10/v1"_s)));
    EXPECT_FALSE(exposesKeyInTransit(QUrl(u"http://[::1]:8080/v1"_s)));
}
