#include "relaydatabase.h"

#include "store/sqlexec.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inkchat::relay {

namespace {

const QStringList kSchema = {
    u"PRAGMA journal_mode=WAL"_s,
    u"PRAGMA synchronous=NORMAL"_s,
    u"CREATE TABLE IF NOT EXISTS replies (id TEXT PRIMARY KEY, created INTEGER NOT NULL, "
    "request TEXT NOT NULL, conversation INTEGER NOT NULL DEFAULT 0, message INTEGER NOT NULL DEFAULT 0, "
    "status TEXT NOT NULL, error TEXT NOT NULL DEFAULT '', last_seq INTEGER NOT NULL DEFAULT 0)"_s,
    u"CREATE TABLE IF NOT EXISTS events (reply TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL, "
    "data TEXT NOT NULL, PRIMARY KEY (reply, seq)) WITHOUT ROWID"_s,
    // Which reply a device's request with an Idempotency-Key started: a
    // retried POST gets that reply, not a second one.
    u"CREATE TABLE IF NOT EXISTS reply_keys (device INTEGER NOT NULL, key TEXT NOT NULL, reply TEXT NOT "
    u"NULL, "
    "PRIMARY KEY (device, key)) WITHOUT ROWID"_s,
    u"CREATE TABLE IF NOT EXISTS devices (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
    "token_hash BLOB NOT NULL UNIQUE, created INTEGER NOT NULL, last_seen INTEGER NOT NULL DEFAULT 0, "
    "revoked INTEGER NOT NULL DEFAULT 0)"_s,
    u"CREATE TABLE IF NOT EXISTS pairing (code_hash BLOB NOT NULL, expires INTEGER NOT NULL, "
    "attempts INTEGER NOT NULL DEFAULT 0)"_s,
};

QString connectionName()
{
    static QAtomicInt counter;
    return u"inkchat-relay-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Result<std::unique_ptr<RelayDatabase>> RelayDatabase::open(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::make(Error::Kind::Unavailable,
                           u"cannot create the folder %1"_s.arg(info.absolutePath()));
    QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error::make(Error::Kind::Unavailable,
                               u"cannot create %1: %2"_s.arg(path, file.errorString()));
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName());
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    std::unique_ptr<RelayDatabase> database(new RelayDatabase(db, path));
    if (!database->m_db.open())
        return store::sqlError(u"Could not open the relay database"_s, database->m_db.lastError());
    for (const QString &statement : kSchema) {
        if (auto error = store::execStatement(database->m_db, statement,
                                              u"Could not set up the relay database"_s))
            return *error;
    }
    return database;
}

RelayDatabase::RelayDatabase(QSqlDatabase db, QString path) : m_db(std::move(db)), m_path(std::move(path)) {}

RelayDatabase::~RelayDatabase()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

} // namespace inkchat::relay
