#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QUrlQuery>

#include <utility>

namespace inkchat::relay {

using Header = std::pair<QByteArray, QByteArray>;
using HeaderList = QList<Header>;

/// One request as the relay's HTTP server read it, body included.
struct HttpRequest
{
    QByteArray method;
    QByteArray path; ///< decoded by the server, without the query
    QUrlQuery query;
    HeaderList headers; ///< names as sent
    QByteArray body;
    QHostAddress peer;
    bool isTls = false;

    /// The first header with this name (case-insensitive), or empty.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace inkchat::relay
