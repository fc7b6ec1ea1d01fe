#pragma once
// Damages a Vigie database the way a failing disk does, for the tests of the integrity checks: one page of
// an index is overwritten with junk. The header, the schema and the tables still read, so the file opens
// and its records load; only PRAGMA quick_check (or integrity_check) finds the damage.

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

namespace vigie::testing {

inline bool damageIndexPage(const QString &path, const QString &index)
{
    qint64 page = 0;
    qint64 pageSize = 0;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return false;
        QSqlQuery query(db);
        // Fold the WAL into the file first, so that the page written below is the one SQLite reads.
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        query.prepare(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE type = 'index' AND name = ?"));
        query.addBindValue(index);
        if (query.exec() && query.next())
            page = query.value(0).toLongLong();
        if (query.exec(QStringLiteral("PRAGMA page_size")) && query.next())
            pageSize = query.value(0).toLongLong();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (page <= 1 || pageSize <= 0)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((page - 1) * pageSize))
        return false;
    return file.write(QByteArray(int(pageSize), '\x5a')) == pageSize;
}

} // namespace vigie::testing
