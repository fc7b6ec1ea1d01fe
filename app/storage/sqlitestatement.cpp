#include "sqlitestatement.h"

namespace vigie {

int sqliteExec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

int sqliteBegin(sqlite3 *db, TransactionMode mode)
{
    switch (mode) {
    case TransactionMode::Deferred:
        return sqliteExec(db, "BEGIN");
    case TransactionMode::Immediate:
        return sqliteExec(db, "BEGIN IMMEDIATE");
    case TransactionMode::Exclusive:
        return sqliteExec(db, "BEGIN EXCLUSIVE");
    }
    return SQLITE_MISUSE;
}

int sqliteCommit(sqlite3 *db)
{
    return sqliteExec(db, "COMMIT");
}

int sqliteRollback(sqlite3 *db)
{
    return sqliteExec(db, "ROLLBACK");
}

bool sqliteInTransaction(sqlite3 *db)
{
    return sqlite3_get_autocommit(db) == 0;
}

} // namespace vigie
