#include "transport/localhost.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::transport::isLocalNetworkUrl;

TEST(LocalNetworkUrl, TakesThisMachineAndTheLanForLocal)
{
    for (const QString &url :
         {u"http://localhost:11434"_s, u"http://127.0.0.1:8080/v1"_s, u"http://127.1.2.3"_s,
          u"http://[::1]:11434"_s, u"http://10.0.0.5:8000/v1"_s, u"http://172.16.4.2"_s,
          u"http://172.31.255.255"_s, u"http://192.168.1.20:11434"_s, u"http://169.254.3.4"_s,
          u"http://100.101.102.103:11434"_s, u"http://[fd12:3456::1]/v1"_s, u"http://[fe80::1]/"_s,
          u"http://[::ffff:192.168.0.9]/"_s, u"http://gpu-box:8000/v1"_s, u"http://ollama.local:11434"_s,
          u"https://llm.home.arpa/v1"_s, u"http://nas.lan/v1"_s, u"http://api.localhost/v1"_s,
          u"https://LLM.LOCAL/v1"_s})
        EXPECT_TRUE(isLocalNetworkUrl(QUrl(url))) << url.toStdString();
}

TEST(LocalNetworkUrl, TakesTheInternetForRemote)
{
    for (const QString &url : {u"https://api.openai.com/v1"_s, u"https://8.8.8.8/"_s, u"http://172.32.0.1/"_s,
                               u"http://192.169.0.1/"_s, u"http://100.128.0.1/"_s, u"http://[2001:db8::1]/"_s,
                               u"https://localhost.example.com/"_s, u"https://local.ai/v1"_s, u""_s})
        EXPECT_FALSE(isLocalNetworkUrl(QUrl(url))) << url.toStdString();
}
