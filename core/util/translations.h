#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTranslator;

namespace inkchat {

/// The translators of one program for one language: its own catalogue
/// (`:/i18n/<catalogue>_<language>.qm`, built in by qt_add_translations)
/// and Qt's (`qtbase`, for the texts Qt itself shows), installed on the
/// application. Loading another language replaces them.
class Translations
{
public:
    explicit Translations(QString catalogue);
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    /// Installs the catalogue closest to `locale`'s UI languages (de_AT
    /// finds de); with none, the program stays in English. Returns whether
    /// a catalogue of ours was found.
    bool load(const QLocale &locale);

    /// The languages a catalogue is built in for, as locale names ("de",
    /// "zh_CN"), found in the resources.
    QStringList available() const;

private:
    void removeInstalled();

    QString m_catalogue;
    std::vector<std::unique_ptr<QTranslator>> m_installed;
};

} // namespace inkchat
