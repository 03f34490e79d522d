// The app's language: the system's, or the one chosen in Settings, at once.

#include "apptesting.h"

#include "controllers/languagecontroller.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QVariantMap>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::app::LanguageController;
using inkchat::test::app::TempSettings;

namespace {

/// A string of the app's catalogue, as the app would show it now.
QString systemLanguageText()
{
    return QCoreApplication::translate("inkchat::app::LanguageController", "System language");
}

QStringList codes(const QVariantList &languages)
{
    QStringList result;
    for (const QVariant &language : languages)
        result.append(language.toMap().value(u"code"_s).toString());
    return result;
}

} // namespace

TEST(LanguageController, FollowsTheSystemLocale)
{
    TempSettings temp;
    LanguageController language(temp.settings, QLocale(u"de_AT"_s));
    EXPECT_EQ(language.language(), QString());
    EXPECT_EQ(systemLanguageText(), u"Systemsprache"_s);
}

TEST(LanguageController, EnglishSystemNeedsNoCatalogue)
{
    TempSettings temp;
    LanguageController language(temp.settings, QLocale(u"en_GB"_s));
    EXPECT_EQ(systemLanguageText(), u"System language"_s);
}

TEST(LanguageController, ChoiceOverridesTheSystemAtOnceAndIsSaved)
{
    TempSettings temp;
    {
        LanguageController language(temp.settings, QLocale(u"de_DE"_s));
        QSignalSpy changed(&language, &LanguageController::languageChanged);
        language.setLanguage(u"ru"_s);
        EXPECT_EQ(changed.count(), 1);
        EXPECT_EQ(systemLanguageText(), u"Язык системы"_s);
    }
    LanguageController restarted(temp.settings, QLocale(u"de_DE"_s));
    EXPECT_EQ(restarted.language(), u"ru"_s);
    EXPECT_EQ(systemLanguageText(), u"Язык системы"_s);

    restarted.setLanguage(QString()); // back to the system's
    EXPECT_EQ(systemLanguageText(), u"Systemsprache"_s);
    EXPECT_FALSE(temp.settings.contains(u"ui/language"_s));
}

TEST(LanguageController, OffersTheSystemEnglishAndEveryCatalogueByItsOwnName)
{
    TempSettings temp;
    LanguageController language(temp.settings, QLocale(u"en_US"_s));
    const QVariantList offered = language.languages();
    EXPECT_EQ(codes(offered), (QStringList{QString(), u"en"_s, u"de"_s, u"ru"_s, u"zh_CN"_s}));
    QStringList names;
    for (const QVariant &entry : offered)
        names.append(entry.toMap().value(u"name"_s).toString());
    EXPECT_EQ(names.mid(1), (QStringList{u"English"_s, u"Deutsch"_s, u"Русский"_s, u"简体中文"_s}));
}

TEST(LanguageController, ForgetsASavedLanguageWithoutCatalogue)
{
    TempSettings temp;
    temp.settings.setValue(u"ui/language"_s, u"tlh"_s);
    LanguageController language(temp.settings, QLocale(u"en_US"_s));
    EXPECT_EQ(language.language(), QString());
}
