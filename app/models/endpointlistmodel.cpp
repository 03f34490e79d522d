#include "endpointlistmodel.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace inkchat::app {

EndpointListModel::EndpointListModel(QSettings &settings, QObject *parent)
    : QAbstractListModel(parent),
      m_settings(settings),
      m_endpoints(session::loadEndpointConfigs(settings))
{
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
    session::saveEndpointConfigs(m_settings, m_endpoints);
}

} // namespace inkchat::app
