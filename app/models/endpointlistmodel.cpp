#include "endpointlistmodel.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace inkchat::app {

namespace {

const auto kArray = u"endpoints"_s;

} // namespace

EndpointListModel::EndpointListModel(QSettings &settings, QObject *parent)
    : QAbstractListModel(parent),
      m_settings(settings)
{
    const int size = m_settings.beginReadArray(kArray);
    for (int i = 0; i < size; ++i) {
        m_settings.setArrayIndex(i);
        m_endpoints.append(
            {m_settings.value(u"id"_s).toString(), m_settings.value(u"name"_s).toString(),
             m_settings.value(u"provider"_s).toString(), QUrl(m_settings.value(u"baseUrl"_s).toString()),
             m_settings.value(u"model"_s).toString(), m_settings.value(u"hasApiKey"_s).toBool(),
             m_settings.value(u"caFile"_s).toString(), m_settings.value(u"server"_s).toString()});
    }
    m_settings.endArray();
}

int EndpointListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_endpoints.size());
}

QVariant EndpointListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EndpointConfig &endpoint = m_endpoints.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return endpoint.name;
    case ProviderRole:
        return endpoint.providerId;
    case BaseUrlRole:
        return endpoint.baseUrl.toString();
    case ModelRole:
        return endpoint.model;
    case HasApiKeyRole:
        return endpoint.hasApiKey;
    case CaFileRole:
        return endpoint.caFile;
    case ServerRole:
        return endpoint.server;
    default:
        return {};
    }
}

QHash<int, QByteArray> EndpointListModel::roleNames() const
{
    return {{NameRole, "name"},    {ProviderRole, "provider"},   {BaseUrlRole, "baseUrl"},
            {ModelRole, "model"},  {HasApiKeyRole, "hasApiKey"}, {CaFileRole, "caFile"},
            {ServerRole, "server"}};
}

int EndpointListModel::append(EndpointConfig endpoint)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_endpoints.append(std::move(endpoint));
    endInsertRows();
    save();
    Q_EMIT countChanged();
    return row;
}

void EndpointListModel::replace(int row, const EndpointConfig &endpoint)
{
    m_endpoints[row] = endpoint;
    save();
    Q_EMIT dataChanged(index(row), index(row));
}

void EndpointListModel::remove(int row)
{
    beginRemoveRows({}, row, row);
    m_endpoints.removeAt(row);
    endRemoveRows();
    save();
    Q_EMIT countChanged();
}

void EndpointListModel::save()
{
    m_settings.remove(kArray);
    m_settings.beginWriteArray(kArray, int(m_endpoints.size()));
    for (int i = 0; i < m_endpoints.size(); ++i) {
        const EndpointConfig &endpoint = m_endpoints.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(u"id"_s, endpoint.id);
        m_settings.setValue(u"name"_s, endpoint.name);
        m_settings.setValue(u"provider"_s, endpoint.providerId);
        m_settings.setValue(u"baseUrl"_s, endpoint.baseUrl.toString());
        m_settings.setValue(u"model"_s, endpoint.model);
        m_settings.setValue(u"hasApiKey"_s, endpoint.hasApiKey);
        m_settings.setValue(u"caFile"_s, endpoint.caFile);
        if (endpoint.server.isEmpty())
            m_settings.remove(u"server"_s);
        else
            m_settings.setValue(u"server"_s, endpoint.server);
    }
    m_settings.endArray();
}

} // namespace inkchat::app
