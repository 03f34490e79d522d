#include "endpointconfig.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace inkchat::session {

namespace {

const auto kArray = u"endpoints"_s;

} // namespace

QList<EndpointConfig> loadEndpointConfigs(QSettings &settings)
{
    QList<EndpointConfig> endpoints;
    const int size = settings.beginReadArray(kArray);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        endpoints.append({settings.value(u"id"_s).toString(), settings.value(u"name"_s).toString(),
                          settings.value(u"provider"_s).toString(),
                          QUrl(settings.value(u"baseUrl"_s).toString()),
                          settings.value(u"model"_s).toString(), settings.value(u"hasApiKey"_s).toBool(),
                          settings.value(u"caFile"_s).toString(), settings.value(u"server"_s).toString()});
    }
    settings.endArray();
    return endpoints;
}

void saveEndpointConfigs(QSettings &settings, const QList<EndpointConfig> &endpoints)
{
    settings.remove(kArray);
    settings.beginWriteArray(kArray, int(endpoints.size()));
    for (int i = 0; i < endpoints.size(); ++i) {
        const EndpointConfig &endpoint = endpoints.at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"id"_s, endpoint.id);
        settings.setValue(u"name"_s, endpoint.name);
        settings.setValue(u"provider"_s, endpoint.providerId);
        settings.setValue(u"baseUrl"_s, endpoint.baseUrl.toString());
        settings.setValue(u"model"_s, endpoint.model);
        settings.setValue(u"hasApiKey"_s, endpoint.hasApiKey);
        settings.setValue(u"caFile"_s, endpoint.caFile);
        if (!endpoint.server.isEmpty()) // the array was removed above: nothing stale is left
            settings.setValue(u"server"_s, endpoint.server);
    }
    settings.endArray();
}

} // namespace inkchat::session
