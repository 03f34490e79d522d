#include "languagecontroller.h"

#include <QSettings>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace inkchat::app {

namespace {

const QString kLanguageKey = u"ui/language"_s;

} // namespace

LanguageController::LanguageController(QSettings &settings, const QLocale &system, QObject *parent)
    : QObject(parent),
      m_settings(settings),
      m_system(system),
      m_translations(u"inkchat"_s)
{
    m_language = m_settings.value(kLanguageKey).toString();
    // A language whose catalogue is gone (a newer version's setting) is
    // forgotten rather than leaving the app in an unknown state.
    if (!m_language.isEmpty() && m_language != "en"_L1 && !m_translations.available().contains(m_language))
        m_language.clear();
    m_translations.load(effectiveLocale());
}

void LanguageController::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (m_language.isEmpty())
        m_settings.remove(kLanguageKey);
    else
        m_settings.setValue(kLanguageKey, m_language);
    m_translations.load(effectiveLocale());
    Q_EMIT languageChanged();
}

QLocale LanguageController::effectiveLocale() const
{
    return m_language.isEmpty() ? m_system : QLocale(m_language);
}

QVariantList LanguageController::languages() const
{
    QVariantList result{QVariantMap{{u"code"_s, QString()}, {u"name"_s, tr("System language")}},
                        QVariantMap{{u"code"_s, u"en"_s}, {u"name"_s, u"English"_s}}};
    for (const QString &code : m_translations.available()) {
        if (code == "en"_L1)
            continue;
        const QLocale locale(code);
        // "中文" alone does not say which script; the catalogue is Simplified Chinese.
        QString name = locale.script() == QLocale::SimplifiedHanScript ? u"简体中文"_s
                                                                       : locale.nativeLanguageName();
        name[0] = name[0].toUpper(); // "русский" begins a menu entry
        result.append(QVariantMap{{u"code"_s, code}, {u"name"_s, name}});
    }
    return result;
}

} // namespace inkchat::app
