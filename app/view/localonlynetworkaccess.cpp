#include "localonlynetworkaccess.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace inkchat::app {

namespace {

class LocalOnlyNetworkAccessManager final : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        const QString scheme = request.url().scheme();
        if (scheme == "qrc"_L1 || scheme == "file"_L1 || scheme == "data"_L1)
            return QNetworkAccessManager::createRequest(operation, request, outgoingData);
        // A scheme no handler knows: Qt answers with ProtocolUnknownError
        // without opening a connection, and the image stays empty.
        QNetworkRequest refused(request);
        refused.setUrl(QUrl(u"inkchat-offline:"_s + request.url().scheme()));
        return QNetworkAccessManager::createRequest(operation, refused, nullptr);
    }
};

} // namespace

QNetworkAccessManager *LocalOnlyNetworkAccessFactory::create(QObject *parent)
{
    return new LocalOnlyNetworkAccessManager(parent);
}

} // namespace inkchat::app
