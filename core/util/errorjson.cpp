#include "errorjson.h"

#include <QJsonArray>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace inkchat {

namespace {

template <typename Enum>
QString keyOf(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
}

template <typename Enum>
std::optional<Enum> valueOf(const QJsonValue &key)
{
    bool known = false;
    const int value = QMetaEnum::fromType<Enum>().keyToValue(key.toString().toLatin1().constData(), &known);
    return known ? std::optional<Enum>(Enum(value)) : std::nullopt;
}

QStringList toStrings(const QJsonValue &array)
{
    QStringList strings;
    for (const QJsonValue &value : array.toArray())
        strings.append(value.toString());
    return strings;
}

} // namespace

QJsonObject errorToJson(const Error &error)
{
    // Only what differs from a default Error: most carry a kind and a code.
    QJsonObject object{{u"kind"_s, keyOf(error.kind)}};
    if (error.code != Error::Code::None)
        object.insert(u"code"_s, keyOf(error.code));
    if (!error.subject.isEmpty())
        object.insert(u"subject"_s, error.subject);
    if (!error.values.isEmpty())
        object.insert(u"values"_s, QJsonArray::fromStringList(error.values));
    if (!error.detail.isEmpty())
        object.insert(u"detail"_s, error.detail);
    if (error.httpStatus != 0)
        object.insert(u"httpStatus"_s, error.httpStatus);
    if (error.retryable)
        object.insert(u"retryable"_s, true);
    if (error.retryAfter)
        object.insert(u"retryAfter"_s, qint64(error.retryAfter->count()));
    if (error.retries != 0)
        object.insert(u"retries"_s, error.retries);
    if (error.gaveUp != Error::GaveUp::No) {
        object.insert(u"gaveUp"_s, keyOf(error.gaveUp));
        object.insert(u"gaveUpValues"_s, QJsonArray::fromStringList(error.gaveUpValues));
    }
    return object;
}

std::optional<Error> errorFromJson(const QJsonObject &object, const QString &message)
{
    const std::optional<Error::Kind> kind = valueOf<Error::Kind>(object.value(u"kind"_s));
    if (!kind)
        return std::nullopt;
    Error error = Error::make(*kind, message, object.value(u"retryable"_s).toBool());
    if (object.contains(u"code"_s)) {
        // A code unknown here keeps nothing that only makes sense with it.
        if (const auto code = valueOf<Error::Code>(object.value(u"code"_s))) {
            error.code = *code;
            error.subject = object.value(u"subject"_s).toString();
            error.values = toStrings(object.value(u"values"_s));
            error.detail = object.value(u"detail"_s).toString();
        }
    }
    error.httpStatus = object.value(u"httpStatus"_s).toInt();
    if (object.contains(u"retryAfter"_s))
        error.retryAfter = std::chrono::seconds(object.value(u"retryAfter"_s).toInteger());
    error.retries = object.value(u"retries"_s).toInt();
    if (const auto gaveUp = valueOf<Error::GaveUp>(object.value(u"gaveUp"_s))) {
        error.gaveUp = *gaveUp;
        error.gaveUpValues = toStrings(object.value(u"gaveUpValues"_s));
    }
    return error;
}

} // namespace inkchat
