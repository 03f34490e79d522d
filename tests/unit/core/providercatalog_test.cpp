// The one table of provider kinds.

#include "provider/baseurl.h"
#include "provider/providercatalog.h"
#include "provider/providerregistry.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat::provider;

namespace {

TEST(ProviderCatalog, EveryProviderReadsItsOwnRow)
{
    QStringList names;
    for (const ProviderInfo &info : providerCatalog()) {
        const std::unique_ptr<Provider> provider = createProvider(info.kind);
        ASSERT_NE(provider, nullptr) << info.id.toStdString();
        EXPECT_EQ(&provider->info(), &info) << info.id.toStdString();
        EXPECT_EQ(createProvider(info.id)->id(), info.id);
        EXPECT_EQ(findProvider(info.id), &info);
        EXPECT_FALSE(info.rungs.isEmpty()) << info.id.toStdString();
        const QString name = QString::fromUtf8(info.displayName);
        EXPECT_FALSE(name.isEmpty()) << info.id.toStdString();
        EXPECT_FALSE(names.contains(name)) << info.displayName;
        names.append(name);
    }
    EXPECT_EQ(findProvider(u"OpenAI"), nullptr) << "ids are exact";
}

TEST(ProviderCatalog, EveryDefaultBaseUrlPassesTheBaseUrlRule)
{
    for (const ProviderInfo &info : providerCatalog()) {
        if (info.defaultBaseUrl.isEmpty())
            continue; // the generic endpoints have no usual address
        EXPECT_EQ(checkBaseUrl(info.defaultBaseUrl), BaseUrlProblem::None) << info.id.toStdString();
    }
}

} // namespace
