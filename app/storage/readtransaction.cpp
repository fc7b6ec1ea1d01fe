#include "readtransaction.h"

#include "database.h"
#include "sqlitestatement.h"

namespace vigie {

ReadTransaction::ReadTransaction(const QSqlDatabase &db)
    : m_handle(sqliteHandle(db))
{
}

ReadTransaction::~ReadTransaction()
{
    if (m_own && sqliteCommit(m_handle) != SQLITE_OK)
        sqliteRollback(m_handle);
}

bool ReadTransaction::begin(QString *error)
{
    if (!m_handle || m_own || sqliteInTransaction(m_handle))
        return true;
    if (sqliteBegin(m_handle) != SQLITE_OK) {
        *error = plainDatabaseError(m_handle);
        return false;
    }
    m_own = true;
    return true;
}

} // namespace vigie
