#pragma once

#include "session/endpointconfig.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QSettings;

namespace inkchat::app {

using session::EndpointConfig;

/// The endpoints the user set up, saved in the settings file (never with a key).
class EndpointListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The settings controller owns the endpoints")

    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        ProviderRole,
        BaseUrlRole,
        ModelRole,
        HasApiKeyRole,
        CaFileRole,
        ServerRole,
    };
    Q_ENUM(Role)

    explicit EndpointListModel(QSettings &settings, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const EndpointConfig &at(int row) const { return m_endpoints.at(row); }
    int append(EndpointConfig endpoint);
    void replace(int row, const EndpointConfig &endpoint);
    void remove(int row);

Q_SIGNALS:
    void countChanged();

private:
    void save();

    QSettings &m_settings;
    QList<EndpointConfig> m_endpoints;
};

} // namespace inkchat::app
