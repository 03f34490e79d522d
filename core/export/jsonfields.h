#pragma once

#include "util/error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <climits>
#include <optional>

namespace inkchat::exporting {

/// What is wrong with the transcript's field at `path` (an Error::Code
/// Field*, with its values): "Not a valid Inkchat transcript:
/// conversations[2].messages[0].role: missing." in the log.
Error invalidField(const QString &path, Error::Code code, QStringList values = {});

/// Reads the typed fields of one JSON object for an import and records the
/// first problem with its path (invalidField()). Once a problem is recorded
/// (by this reader or by any other sharing the same error) every read
/// returns its default, so a caller reads all fields first and checks
/// hasFailed() once.
class JsonFields
{
public:
    enum Presence {
        Optional, ///< absent or null reads as the default
        Required, ///< must be present and of the type
        NonEmpty, ///< Required, and a string must not be empty
    };

    JsonFields(QJsonObject object, QString path, std::optional<Error> &error);

    /// An optional sub-object that is absent or null.
    bool isNull() const { return m_isNull; }
    /// The object as it is, for a reader of its own.
    const QJsonObject &members() const { return m_object; }
    bool hasFailed() const { return m_error->has_value(); }
    /// Records a problem with `key` unless one is recorded already.
    void fail(const QString &key, Error::Code code, QStringList values = {});

    QString string(QStringView key, Presence presence = Optional);
    /// A time as transcriptjson::parseTimestamp() reads it; invalid if absent or null.
    QDateTime time(QStringView key);
    /// An integral number in [min, max]; `fallback` if absent or null, or
    /// required (nullopt when missing) if there is no fallback.
    std::optional<int> integer(QStringView key, std::optional<int> fallback, int min, int max = INT_MAX);
    /// A number in [min, max]; nullopt if absent or null.
    std::optional<double> number(QStringView key, double min, double max);
    /// The boolean at `key`; false when it is absent or null.
    bool boolean(QStringView key);
    QJsonArray array(QStringView key, Presence presence = Optional);
    /// A sub-object; isNull() if it is absent or null.
    JsonFields object(QStringView key);
    /// Element `index` of the array at `key`, which must be an object.
    JsonFields objectAt(QStringView key, const QJsonArray &array, qsizetype index);
    /// Element `index` of the array at `key`, which must be an integer in [min, max].
    std::optional<int> integerAt(QStringView key, const QJsonArray &array, qsizetype index, int min, int max);

private:
    QString pathOf(QStringView key) const;
    /// The value at `key` if it is present and not null; fails if it is required.
    std::optional<QJsonValue> present(QStringView key, Presence presence);
    std::optional<int> toInteger(const QJsonValue &value, const QString &path, int min, int max);

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> *m_error;
    bool m_isNull = false;
};

} // namespace inkchat::exporting
