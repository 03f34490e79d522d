#include "storederror.h"

#include "util/errorjson.h"

#include <QJsonDocument>

namespace inkchat::store {

QString storedError(const std::optional<Error> &error)
{
    if (!error)
        return {};
    return QString::fromUtf8(QJsonDocument(errorToJson(*error)).toJson(QJsonDocument::Compact));
}

std::optional<Error> errorFromStored(const QString &stored, const QString &message)
{
    if (stored.isEmpty())
        return std::nullopt;
    return errorFromJson(QJsonDocument::fromJson(stored.toUtf8()).object(), message);
}

} // namespace inkchat::store
