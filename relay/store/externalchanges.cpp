#include "externalchanges.h"

#include "relaydatabase.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inkchat::relay {

ExternalChanges::ExternalChanges(RelayDatabase &database, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent),
      m_database(database),
      m_lastVersion(dataVersion())
{
    connect(&m_timer, &QTimer::timeout, this, &ExternalChanges::poll);
    m_timer.start(interval);
}

void ExternalChanges::poll()
{
    const qint64 version = dataVersion();
    // -1: the query failed; keep the last known version and ask again.
    if (version < 0 || version == m_lastVersion)
        return;
    m_lastVersion = version;
    Q_EMIT changed();
}

qint64 ExternalChanges::dataVersion() const
{
    QSqlQuery query(m_database.db());
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace inkchat::relay
