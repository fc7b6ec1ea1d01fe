#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// The change history of records entered by hand: who changed what, when, from which value to which,
/// and the deleted records, which can be brought back.
///
/// Each read-write connection opened by vigie::Database gets TEMP triggers on the tracked tables
/// (sources, organisations, contracts, tasks, incidents, claims) that write to the `history` table
/// while a write made through Repository (or restoreIncident) is under way on that connection. The
/// name recorded is the OS user's, kept per connection in a TEMP table: two Vigies on one database
/// each record their own user. Imports, and writes by other programs, are not recorded.
namespace vigie::history {

/// One change of one record.
struct Entry
{
    qint64 id = 0;
    QString table; // "incidents"
    qint64 rowId = 0;
    QString action; // "insert", "update", "delete"
    QDateTime changedAt; // UTC, to the millisecond
    QString changedBy; // empty when unknown
    QJsonObject oldValues; // column -> value (update, delete); a deleted incident also holds its
                           // "claims" (each with "data_categories"), "consequences" and "sources"
    QJsonObject newValues; // column -> value (insert, update)

    /// The columns whose value differs between oldValues and newValues (an update), sorted.
    QStringList changedColumns() const;
};

/// The tables whose records are tracked.
QStringList trackedTables();

/// Installs the history triggers on a read-write connection (Database does this on open and create).
bool install(const QSqlDatabase &db, QString *error);

/// The name recorded as the author of this connection's changes (the OS user name by default).
bool setChangedBy(const QSqlDatabase &db, const QString &name);
QString osUserName();

/// Brackets a write whose changes are recorded: call right after BEGIN (or SAVEPOINT) and right before
/// COMMIT (or RELEASE). Nested brackets count; a rollback undoes the bracket by itself. Does nothing on a
/// connection without the triggers (not opened by Database).
void beginRecording(const QSqlDatabase &db);
void endRecording(const QSqlDatabase &db);

/// The changes of one record, newest first.
QList<Entry> entriesFor(const QSqlDatabase &db, const QString &table, qint64 rowId, QString *error = nullptr);

/// The deleted records of a table that are still gone: for each, its latest "delete" entry, newest first.
QList<Entry> deletedRecords(const QSqlDatabase &db, const QString &table, QString *error = nullptr);

/// Brings back a deleted incident from its "delete" entry, with its claims (and their data categories),
/// consequences and sources, under its former id, in one transaction. Links to records deleted since
/// (a source, a category, a contract) are left out and said in `notes`. Returns the incident's id, or 0
/// with `error` set (nothing changed).
qint64 restoreIncident(const QSqlDatabase &db, qint64 deleteEntryId, QStringList *notes, QString *error);

} // namespace vigie::history
