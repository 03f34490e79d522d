#include "writetransaction.h"

#include "sqlexec.h"
#include "storelog.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inkchat::store {

WriteTransaction::WriteTransaction(QSqlDatabase &db) : m_db(db) {}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    QSqlQuery rollback(m_db);
    if (!rollback.exec(u"ROLLBACK"_s))
        qCWarning(lcStore) << "rollback failed:" << rollback.lastError().text();
}

std::optional<Error> WriteTransaction::begin(const QString &what)
{
    Q_ASSERT(!m_open);
    if (auto error = execStatement(m_db, u"BEGIN IMMEDIATE"_s, what))
        return error;
    m_open = true;
    return std::nullopt;
}

std::optional<Error> WriteTransaction::commit(const QString &what)
{
    Q_ASSERT(m_open);
    if (auto error = execStatement(m_db, u"COMMIT"_s, what))
        return error; // still open: the destructor rolls back
    m_open = false;
    return std::nullopt;
}

} // namespace inkchat::store
