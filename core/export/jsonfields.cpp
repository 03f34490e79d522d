#include "jsonfields.h"

#include "transcriptjson.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

JsonFields::JsonFields(QJsonObject object, QString path, QString &error)
    : m_object(std::move(object)),
      m_path(std::move(path)),
      m_error(&error)
{
}

void JsonFields::fail(const QString &key, const QString &problem)
{
    if (!hasFailed())
        *m_error = pathOf(key) + u": "_s + problem;
}

QString JsonFields::pathOf(QStringView key) const
{
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key;
}

std::optional<QJsonValue> JsonFields::present(QStringView key, Presence presence)
{
    if (hasFailed())
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || (value.isNull() && presence == Optional)) {
        if (presence != Optional)
            fail(key.toString(), u"missing"_s);
        return std::nullopt;
    }
    return value;
}

QString JsonFields::string(QStringView key, Presence presence)
{
    const std::optional<QJsonValue> value = present(key, presence);
    if (!value)
        return {};
    if (!value->isString()) {
        fail(key.toString(), u"must be a string"_s);
        return {};
    }
    if (presence == NonEmpty && value->toString().isEmpty())
        fail(key.toString(), u"must not be empty"_s);
    return value->toString();
}

bool JsonFields::boolean(QStringView key)
{
    const std::optional<QJsonValue> value = present(key, Optional);
    if (!value)
        return false;
    if (!value->isBool())
        fail(key.toString(), u"must be true or false"_s);
    return value->toBool();
}

QDateTime JsonFields::time(QStringView key)
{
    const std::optional<QJsonValue> value = present(key, Optional);
    if (!value)
        return {};
    const std::optional<QDateTime> time = value->isString()
                                              ? transcriptjson::parseTimestamp(value->toString())
                                              : std::nullopt;
    if (!time) {
        fail(key.toString(), u"must be an ISO 8601 time such as \"2026-11-22T10:00:00.000Z\" or null"_s);
        return {};
    }
    return *time;
}

std::optional<int> JsonFields::toInteger(const QJsonValue &value, const QString &path, int min, int max)
{
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number || number < min || number > max) {
        if (!hasFailed())
            *m_error = u"%1: must be a whole number from %2 to %3"_s.arg(path).arg(min).arg(max);
        return std::nullopt;
    }
    return int(number);
}

std::optional<int> JsonFields::integer(QStringView key, std::optional<int> fallback, int min, int max)
{
    const std::optional<QJsonValue> value = present(key, fallback ? Optional : Required);
    if (!value)
        return hasFailed() ? std::nullopt : fallback;
    const std::optional<int> number = toInteger(*value, pathOf(key), min, max);
    return number ? number : fallback;
}

std::optional<double> JsonFields::number(QStringView key, double min, double max)
{
    const std::optional<QJsonValue> value = present(key, Optional);
    if (!value)
        return std::nullopt;
    if (!value->isDouble() || value->toDouble() < min || value->toDouble() > max) {
        fail(key.toString(), u"must be a number from %1 to %2"_s.arg(min).arg(max));
        return std::nullopt;
    }
    return value->toDouble();
}

QJsonArray JsonFields::array(QStringView key, Presence presence)
{
    const std::optional<QJsonValue> value = present(key, presence);
    if (!value)
        return {};
    if (!value->isArray())
        fail(key.toString(), u"must be an array"_s);
    return value->toArray();
}

JsonFields JsonFields::object(QStringView key)
{
    const std::optional<QJsonValue> value = present(key, Optional);
    JsonFields fields(value ? value->toObject() : QJsonObject(), pathOf(key), *m_error);
    fields.m_isNull = !value;
    if (value && !value->isObject())
        fail(key.toString(), u"must be an object"_s);
    return fields;
}

JsonFields JsonFields::objectAt(QStringView key, const QJsonArray &array, qsizetype index)
{
    const QString path = u"%1[%2]"_s.arg(pathOf(key)).arg(index);
    const QJsonValue value = array.at(index);
    if (!value.isObject() && !hasFailed())
        *m_error = path + u": must be an object"_s;
    return JsonFields(value.toObject(), path, *m_error);
}

std::optional<int> JsonFields::integerAt(QStringView key, const QJsonArray &array, qsizetype index, int min,
                                         int max)
{
    return toInteger(array.at(index), u"%1[%2]"_s.arg(pathOf(key)).arg(index), min, max);
}

} // namespace inkchat::exporting
