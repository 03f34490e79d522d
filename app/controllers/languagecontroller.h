#pragma once

#include "util/translations.h"

#include <QLocale>
#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QSettings;

namespace inkchat::app {

/// The language the app speaks: the system's (its UI languages, as the
/// desktop sets them) unless the user chose one in Settings. The choice is
/// saved and applies at once; the application retranslates the QML when
/// `languageChanged` is emitted.
class LanguageController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the language controller")

    /// A locale name such as "de" or "zh_CN"; empty follows the system.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// What Settings offers, as {code, name} maps, "follow the system" first;
    /// each language is named in itself, so anyone finds their own.
    Q_PROPERTY(QVariantList languages READ languages NOTIFY languageChanged)

public:
    /// Reads the saved choice and installs its translations. `system` is the
    /// locale "follow the system" means (tests pass their own).
    LanguageController(QSettings &settings, const QLocale &system = QLocale::system(),
                       QObject *parent = nullptr);

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QVariantList languages() const;

    /// The locale the app is translated for now.
    QLocale effectiveLocale() const;

Q_SIGNALS:
    void languageChanged();

private:
    QSettings &m_settings;
    QLocale m_system;
    QString m_language;
    Translations m_translations;
};

} // namespace inkchat::app
