#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace vigie {

/// One snapshot of the database for many queries (an export reads a million rows in chunks): a read
/// transaction of its own, unless the caller has one open already, whose snapshot holds. Nothing is
/// written in it, so it is ended either way on destruction and leaves the data as they are.
class ReadTransaction
{
public:
    explicit ReadTransaction(const QSqlDatabase &db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

    /// False when the transaction could not be started; `error` then says why, in plain words.
    bool begin(QString *error);

private:
    sqlite3 *m_handle = nullptr;
    bool m_own = false;
};

} // namespace vigie
