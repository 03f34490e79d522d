#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include "session/modellistfetch.h"

class QNetworkAccessManager;

namespace inkchat::app {

class EndpointResolver;

/// The models the current endpoint offers, for the model picker: fetched
/// (session::ModelListFetch, with the key from the keychain) when an
/// endpoint is set up or changed (its URL, key or CA file) and when the
/// user asks. A failure says why in errorText; the picker still takes any
/// name typed. The demo offers its one model without asking.
class ModelCatalog : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the model catalogue")

    Q_PROPERTY(QStringList models READ models NOTIFY modelsChanged)
    Q_PROPERTY(bool isLoading READ isLoading NOTIFY loadingChanged)
    /// Why there is no list, for people; empty after a list came.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    ModelCatalog(EndpointResolver &endpoints, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ModelCatalog() override;

    QStringList models() const { return m_models; }
    bool isLoading() const { return m_fetch != nullptr; }
    QString errorText() const { return m_errorText; }

    /// Asks the current endpoint again.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void modelsChanged();
    void loadingChanged();
    void errorTextChanged();

private:
    /// Fetches when the endpoint is not the one the list came from.
    void onEndpointChanged();
    void finish(const QStringList &models, const QString &errorText);

    EndpointResolver &m_endpoints;
    QNetworkAccessManager *m_network;
    QString m_identity; ///< the endpoint the list is for
    QStringList m_models;
    QString m_errorText;
    QPointer<session::ModelListFetch> m_fetch;
    quint64 m_generation = 0; ///< tells the answer of a request since replaced
};

} // namespace inkchat::app
