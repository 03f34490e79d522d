#pragma once

#include "util/error.h"

#include <QSqlDatabase>

#include <optional>

namespace inkchat::store {

/// A write transaction that takes SQLite's write lock when it begins
/// (BEGIN IMMEDIATE) rather than at its first write. Two processes share the
/// file; a deferred transaction that reads first and then writes can fail at
/// once with "database is locked", while an immediate one waits out the busy
/// timeout. Rolls back when destroyed uncommitted.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase &db);
    ~WriteTransaction();

    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    /// Takes the write lock; `what` names the operation in the error.
    std::optional<Error> begin(const QString &what);
    std::optional<Error> commit(const QString &what);

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

} // namespace inkchat::store
