#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace inkchat {

namespace {

const QString kResourceDir = u":/i18n"_s;

} // namespace

Translations::Translations(QString catalogue) : m_catalogue(std::move(catalogue)) {}

Translations::~Translations()
{
    removeInstalled();
}

bool Translations::load(const QLocale &locale)
{
    removeInstalled();
    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(locale, m_catalogue, u"_"_s, kResourceDir))
        return false; // English: Qt's own texts are English too
    // Qt's catalogues come with Qt (Debian: qt6-translations-l10n); without
    // them Qt's few texts (e.g. standard dialogs) stay English.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_installed.push_back(std::move(qt));
    }
    QCoreApplication::installTranslator(ours.get());
    m_installed.push_back(std::move(ours));
    return true;
}

QStringList Translations::available() const
{
    QStringList languages;
    const QString prefix = m_catalogue + u'_';
    for (const QString &file : QDir(kResourceDir).entryList({prefix + u"*.qm"_s}, QDir::Files, QDir::Name))
        languages.append(file.mid(prefix.size()).chopped(3));
    return languages;
}

void Translations::removeInstalled()
{
    for (const auto &translator : m_installed)
        QCoreApplication::removeTranslator(translator.get());
    m_installed.clear();
}

} // namespace inkchat
