#include "modellist.h"

#include "providerjson.h"
#include "requestparts.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

Result<QJsonArray> modelArrayIn(const QByteArray &body, QLatin1StringView listKey)
{
    const std::optional<QJsonObject> object = parseJsonObject(body);
    if (!object || !object->value(listKey).isArray()) {
        return Error::coded(
            Error::Kind::Protocol, Error::Code::NotAModelList, listKey,
            u"the answer is not a model list (a JSON object with a \"%1\" array)"_s.arg(listKey));
    }
    return object->value(listKey).toArray();
}

Result<QStringList> modelIdsIn(const QByteArray &body, QLatin1StringView listKey, QLatin1StringView idKey)
{
    const Result<QJsonArray> models = modelArrayIn(body, listKey);
    if (!models)
        return models.error();
    QStringList ids;
    for (const QJsonValue &model : *models) {
        const QString id = model.toObject().value(idKey).toString().trimmed();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

StreamRequest openAiModelListRequest(const Endpoint &endpoint)
{
    StreamRequest request = getRequest(appendApiPath(endpoint.baseUrl, {}, u"/models"_s), Framing::Json);
    appendBearerToken(request.headers, endpoint.apiKey);
    return request;
}

Result<QStringList> openAiModelList(const QByteArray &body)
{
    Result<QStringList> ids = modelIdsIn(body, "data"_L1, "id"_L1);
    if (ids)
        ids.value().sort(Qt::CaseInsensitive);
    return ids;
}

} // namespace inkchat::provider
