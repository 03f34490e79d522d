#include "deviceregistry.h"

#include "relaydatabase.h"

#include "store/sqlexec.h"
#include "store/writetransaction.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace inkchat::relay {

namespace {

QByteArray hashOf(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}

/// 32 random bytes, URL-safe: a token nobody guesses. The prefix lets a
/// leak scanner (and the tests) find one in any output.
QString newToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    return u"ikr_"_s
           + QString::fromLatin1(
               bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

Result<QString> DeviceRegistry::newPairingCode(const QDateTime &now)
{
    const QString code = u"%1"_s.arg(QRandomGenerator::system()->bounded(100'000'000), 8, 10, QChar(u'0'));
    const QString what = u"Could not store the pairing code"_s;
    store::WriteTransaction transaction(m_database.db());
    if (auto error = transaction.begin(what))
        return *error;
    if (auto error = store::execStatement(m_database.db(), u"DELETE FROM pairing"_s, what))
        return *error;
    QSqlQuery query(m_database.db());
    if (auto error = store::prepare(query, u"INSERT INTO pairing (code_hash, expires) VALUES (?, ?)"_s, what))
        return *error;
    query.addBindValue(hashOf(code));
    query.addBindValue(now.addSecs(std::chrono::seconds(kCodeLifetime).count()).toSecsSinceEpoch());
    if (auto error = store::execPrepared(query, what))
        return *error;
    if (auto error = transaction.commit(what))
        return *error;
    return code;
}

Result<std::optional<PairedDevice>> DeviceRegistry::pair(const QString &code, const QString &deviceName,
                                                         const QDateTime &now)
{
    const QString what = u"Could not pair the device"_s;
    store::WriteTransaction transaction(m_database.db());
    if (auto error = transaction.begin(what))
        return *error;
    QSqlQuery query(m_database.db());
    if (auto error = store::prepare(query, u"SELECT code_hash, expires, attempts FROM pairing"_s, what))
        return *error;
    if (auto error = store::execPrepared(query, what))
        return *error;
    if (!query.next())
        return std::optional<PairedDevice>();
    const bool matches = query.value(0).toByteArray() == hashOf(code.trimmed().remove(u'-').remove(u' '));
    const bool live = query.value(1).toLongLong() > now.toSecsSinceEpoch()
                      && query.value(2).toInt() < kMaxCodeAttempts;
    query.finish();
    if (!matches || !live) {
        // A wrong guess counts; a dead code is cleared.
        const QString sql = live ? u"UPDATE pairing SET attempts = attempts + 1"_s : u"DELETE FROM pairing"_s;
        if (auto error = store::execStatement(m_database.db(), sql, what))
            return *error;
        if (auto error = transaction.commit(what))
            return *error;
        return std::optional<PairedDevice>();
    }
    PairedDevice device;
    device.token = newToken();
    if (auto error = store::execStatement(m_database.db(), u"DELETE FROM pairing"_s, what))
        return *error;
    QSqlQuery insert(m_database.db());
    if (auto error = store::prepare(insert,
                                    u"INSERT INTO devices (name, token_hash, created) VALUES (?, ?, ?) "
                                    "RETURNING id"_s,
                                    what))
        return *error;
    const QString name = deviceName.simplified().left(64);
    insert.addBindValue(name.isEmpty() ? u"device"_s : name);
    insert.addBindValue(hashOf(device.token));
    insert.addBindValue(now.toSecsSinceEpoch());
    if (auto error = store::execPrepared(insert, what))
        return *error;
    if (!insert.next())
        return Error::make(Error::Kind::Unavailable, what);
    device.id = insert.value(0).toLongLong();
    insert.finish();
    if (auto error = transaction.commit(what))
        return *error;
    return std::optional<PairedDevice>(device);
}

Result<std::optional<qint64>> DeviceRegistry::authenticate(const QString &token, const QDateTime &now)
{
    if (token.isEmpty())
        return std::optional<qint64>();
    QSqlQuery query(m_database.db());
    const QString what = u"Could not check the device"_s;
    if (auto error = store::prepare(
            query, u"SELECT id, last_seen FROM devices WHERE token_hash = ? AND revoked = 0"_s, what))
        return *error;
    query.addBindValue(hashOf(token));
    if (auto error = store::execPrepared(query, what))
        return *error;
    if (!query.next())
        return std::optional<qint64>();
    const qint64 id = query.value(0).toLongLong();
    const qint64 lastSeen = query.value(1).toLongLong();
    query.finish();
    // Once a minute is enough for `devices` to say when it was last seen.
    if (now.toSecsSinceEpoch() - lastSeen >= 60) {
        QSqlQuery update(m_database.db());
        if (!store::prepare(update, u"UPDATE devices SET last_seen = ? WHERE id = ?"_s, what)) {
            update.addBindValue(now.toSecsSinceEpoch());
            update.addBindValue(id);
            (void)store::execPrepared(update, what);
        }
    }
    return std::optional<qint64>(id);
}

Result<bool> DeviceRegistry::isActive(qint64 deviceId) const
{
    QSqlQuery query(m_database.db());
    const QString what = u"Could not check the device"_s;
    if (auto error = store::prepare(query, u"SELECT 1 FROM devices WHERE id = ? AND revoked = 0"_s, what))
        return *error;
    query.addBindValue(deviceId);
    if (auto error = store::execPrepared(query, what))
        return *error;
    return query.next();
}

Result<QList<Device>> DeviceRegistry::devices() const
{
    QSqlQuery query(m_database.db());
    const QString what = u"Could not list the devices"_s;
    if (auto error = store::prepare(
            query, u"SELECT id, name, created, last_seen, revoked FROM devices ORDER BY id"_s, what))
        return *error;
    if (auto error = store::execPrepared(query, what))
        return *error;
    QList<Device> devices;
    while (query.next()) {
        const qint64 lastSeen = query.value(3).toLongLong();
        devices.append({query.value(0).toLongLong(), query.value(1).toString(),
                        QDateTime::fromSecsSinceEpoch(query.value(2).toLongLong()),
                        lastSeen > 0 ? QDateTime::fromSecsSinceEpoch(lastSeen) : QDateTime(),
                        query.value(4).toBool()});
    }
    return devices;
}

Result<bool> DeviceRegistry::revoke(qint64 deviceId)
{
    QSqlQuery query(m_database.db());
    const QString what = u"Could not revoke the device"_s;
    if (auto error = store::prepare(query, u"UPDATE devices SET revoked = 1 WHERE id = ?"_s, what))
        return *error;
    query.addBindValue(deviceId);
    if (auto error = store::execPrepared(query, what))
        return *error;
    return query.numRowsAffected() > 0;
}

} // namespace inkchat::relay
