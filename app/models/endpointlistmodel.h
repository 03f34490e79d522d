#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QSettings;

namespace inkchat::app {

/// One configured provider endpoint. The API key is not here: it lives in
/// the keychain under keyAccount(); only whether one was stored is kept.
struct EndpointConfig
{
    QString id;
    QString name;
    QString providerId; ///< provider::providerIds()
    QUrl baseUrl;
    QString model;
    bool hasApiKey = false;
    /// PEM file of certificate authorities trusted for this endpoint besides
    /// the system's (a self-hosted server with a private CA); empty: none.
    QString caFile;
    /// The server behind a compatible endpoint (a provider::CompatibleServer
    /// id, "vllm"): decides how a dropped reply is picked up. Empty: the
    /// provider's own, or one not in the table.
    QString server;

    /// The keychain account that holds this endpoint's API key.
    QString keyAccount() const { return QStringLiteral("endpoint/") + id; }
};

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
