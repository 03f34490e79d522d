#include "jsonfields.h"

#include "transcriptjson.h"

#include "chat/attachment.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

namespace {

/// What invalidField() says in the log, as imports always said it.
QString problemText(Error::Code code, const QStringList &values)
{
    switch (code) {
    case Error::Code::FieldMissing:
        return u"missing"_s;
    case Error::Code::FieldNotString:
        return u"must be a string"_s;
    case Error::Code::FieldEmpty:
        return u"must not be empty"_s;
    case Error::Code::FieldNotTime:
        return u"must be an ISO 8601 time such as \"2026-11-22T10:00:00.000Z\" or null"_s;
    case Error::Code::FieldNotWholeNumber:
        return u"must be a whole number from %1 to %2"_s.arg(values.value(0), values.value(1));
    case Error::Code::FieldNotNumber:
        return u"must be a number from %1 to %2"_s.arg(values.value(0), values.value(1));
    case Error::Code::FieldNotArray:
        return u"must be an array"_s;
    case Error::Code::FieldNotObject:
        return u"must be an object"_s;
    case Error::Code::FieldNotBoolean:
        return u"must be true or false"_s;
    case Error::Code::FieldUnknownRole:
        return u"unknown role \"%1\""_s.arg(values.value(0));
    case Error::Code::FieldUnknownStatus:
        return u"unknown status \"%1\""_s.arg(values.value(0));
    case Error::Code::FieldNotBase64:
        return u"not base64"_s;
    case Error::Code::FieldNotAnImage:
        return u"%1 is not a PNG, JPEG, GIF or WebP image, which is what vision models read"_s.arg(
            values.value(0));
    case Error::Code::FieldImageTooLarge:
        return u"%1 is %2; images of up to %3 can be attached"_s.arg(
            values.value(0), chat::readableSize(values.value(1).toLongLong()),
            chat::readableSize(values.value(2).toLongLong()));
    default:
        return {};
    }
}

} // namespace

Error invalidField(const QString &path, Error::Code code, QStringList values)
{
    const QString message = u"Not a valid Inkchat transcript: %1: %2."_s.arg(path, problemText(code, values));
    return Error::coded(Error::Kind::Protocol, code, path, message).with(std::move(values));
}

JsonFields::JsonFields(QJsonObject object, QString path, std::optional<Error> &error)
    : m_object(std::move(object)),
      m_path(std::move(path)),
      m_error(&error)
{
}

void JsonFields::fail(const QString &key, Error::Code code, QStringList values)
{
    if (!hasFailed())
        *m_error = invalidField(pathOf(key), code, std::move(values));
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
            fail(key.toString(), Error::Code::FieldMissing);
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
        fail(key.toString(), Error::Code::FieldNotString);
        return {};
    }
    if (presence == NonEmpty && value->toString().isEmpty())
        fail(key.toString(), Error::Code::FieldEmpty);
    return value->toString();
}

bool JsonFields::boolean(QStringView key)
{
    const std::optional<QJsonValue> value = present(key, Optional);
    if (!value)
        return false;
    if (!value->isBool())
        fail(key.toString(), Error::Code::FieldNotBoolean);
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
        fail(key.toString(), Error::Code::FieldNotTime);
        return {};
    }
    return *time;
}

std::optional<int> JsonFields::toInteger(const QJsonValue &value, const QString &path, int min, int max)
{
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number || number < min || number > max) {
        if (!hasFailed())
            *m_error = invalidField(path, Error::Code::FieldNotWholeNumber,
                                    {QString::number(min), QString::number(max)});
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
        fail(key.toString(), Error::Code::FieldNotNumber,
             {QString::number(min, 'g', QLocale::FloatingPointShortest),
              QString::number(max, 'g', QLocale::FloatingPointShortest)});
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
        fail(key.toString(), Error::Code::FieldNotArray);
    return value->toArray();
}

JsonFields JsonFields::object(QStringView key)
{
    const std::optional<QJsonValue> value = present(key, Optional);
    JsonFields fields(value ? value->toObject() : QJsonObject(), pathOf(key), *m_error);
    fields.m_isNull = !value;
    if (value && !value->isObject())
        fail(key.toString(), Error::Code::FieldNotObject);
    return fields;
}

JsonFields JsonFields::objectAt(QStringView key, const QJsonArray &array, qsizetype index)
{
    const QString path = u"%1[%2]"_s.arg(pathOf(key)).arg(index);
    const QJsonValue value = array.at(index);
    if (!value.isObject() && !hasFailed())
        *m_error = invalidField(path, Error::Code::FieldNotObject);
    return JsonFields(value.toObject(), path, *m_error);
}

std::optional<int> JsonFields::integerAt(QStringView key, const QJsonArray &array, qsizetype index, int min,
                                         int max)
{
    return toInteger(array.at(index), u"%1[%2]"_s.arg(pathOf(key)).arg(index), min, max);
}

} // namespace inkchat::exporting
