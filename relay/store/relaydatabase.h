#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace inkchat::relay {

/// The relay's own SQLite file (relay.sqlite beside the conversations):
/// the numbered events of every reply, the paired devices and the pending
/// pairing code. Readable by its owner only. `inkchat-relay pair`,
/// `devices` and `revoke` open it while `serve` runs: WAL lets one write
/// while the other reads, and a busy timeout waits out the other's write.
class RelayDatabase
{
public:
    static Result<std::unique_ptr<RelayDatabase>> open(const QString &path);
    ~RelayDatabase();
    RelayDatabase(const RelayDatabase &) = delete;
    RelayDatabase &operator=(const RelayDatabase &) = delete;

    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }

private:
    RelayDatabase(QSqlDatabase db, QString path);

    QSqlDatabase m_db;
    QString m_path;
};

} // namespace inkchat::relay
