#include "optionalparameter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

QList<OptionalParameter> allOptionalParameters()
{
    return {OptionalParameter::StreamUsage, OptionalParameter::Background};
}

QString optionalParameterName(OptionalParameter parameter)
{
    switch (parameter) {
    case OptionalParameter::StreamUsage:
        return u"stream_options"_s;
    case OptionalParameter::Background:
        return u"background"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString optionalParameterNames(OptionalParameters parameters)
{
    QStringList names;
    for (const OptionalParameter parameter : allOptionalParameters()) {
        if (parameters.testFlag(parameter))
            names.append(optionalParameterName(parameter));
    }
    return names.join(", "_L1);
}

std::optional<QByteArray> withoutParameters(const QByteArray &body, OptionalParameters parameters)
{
    QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.isEmpty())
        return std::nullopt;
    if (parameters.testFlag(OptionalParameter::StreamUsage))
        object.remove("stream_options"_L1);
    if (parameters.testFlag(OptionalParameter::Background)) {
        object.remove("background"_L1);
        object.remove("store"_L1);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace inkchat::provider
