#include "history.h"

#include "database.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <cmath>
#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace vigie::history {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::History)
};

// A tracked table, and what a deleted row takes with it that is worth keeping (rows removed by ON
// DELETE CASCADE, which no trigger of ours sees otherwise).
struct Tracked
{
    const char *table;
    const char *citations; // "<table> (<column>)" of its sources, or nullptr
    const char *categories; // same for its data categories, or nullptr
};

const Tracked kTracked[] = {
    {"sources", nullptr, nullptr},
    {"organisations", "organisation_sources (organisation_id)", nullptr},
    {"contracts", "contract_sources (contract_id)", nullptr},
    {"tasks", "task_sources (task_id)", "task_data_categories (task_id)"},
    {"incidents", "incident_sources (incident_id)", nullptr},
    {"claims", nullptr, "claim_data_categories (claim_id)"},
};

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA main.table_info(\"%1\")").arg(table))) {
        while (query.next())
            columns << query.value(1).toString();
    }
    return columns;
}

// json_object('a', P."a", 'b', P."b", ...)
QString jsonRow(const QString &prefix, const QStringList &columns, const QStringList &extra = {})
{
    QStringList parts;
    for (const QString &c : columns)
        parts << QStringLiteral("'%1', %2.\"%1\"").arg(c, prefix);
    parts << extra;
    return QStringLiteral("json_object(%1)").arg(parts.join(QStringLiteral(", ")));
}

// 'name', json((SELECT json_group_array(<value>) FROM <table> WHERE <column> = <owner>))
QString nestedList(const QString &name, const QString &value, const QString &from, const QString &owner)
{
    return QStringLiteral("'%1', json((SELECT json_group_array(%2) FROM %3 = %4))").arg(name, value, from, owner);
}

// "incident_sources (incident_id)" -> "incident_sources WHERE incident_id"
QString whereOf(const char *spec)
{
    QString text = QString::fromLatin1(spec);
    text.replace(QStringLiteral(" ("), QStringLiteral(" WHERE ")).remove(QLatin1Char(')'));
    return text;
}

// What a deleted row of `t` keeps besides its own columns.
QStringList deletedExtras(const QSqlDatabase &db, const Tracked &t, const QString &owner)
{
    QStringList extra;
    if (t.citations) {
        extra << nestedList(QStringLiteral("sources"),
                            QStringLiteral("json_object('source_id', source_id, 'quote', quote)"), whereOf(t.citations),
                            owner);
    }
    if (t.categories) {
        extra << nestedList(QStringLiteral("data_categories"), QStringLiteral("category_id"), whereOf(t.categories),
                            owner);
    }
    if (qstrcmp(t.table, "incidents") == 0) {
        const QString claim
            = jsonRow(QStringLiteral("c"), columnsOf(db, QStringLiteral("claims")),
                      {nestedList(QStringLiteral("data_categories"), QStringLiteral("category_id"),
                                  QStringLiteral("claim_data_categories WHERE claim_id"), QStringLiteral("c.id"))});
        extra << nestedList(QStringLiteral("claims"), claim, QStringLiteral("claims c WHERE c.incident_id"), owner);
        const QString consequence
            = jsonRow(QStringLiteral("q"), columnsOf(db, QStringLiteral("incident_consequences")));
        extra << nestedList(QStringLiteral("consequences"), consequence,
                            QStringLiteral("incident_consequences q WHERE q.incident_id"), owner);
    }
    return extra;
}

QStringList triggerStatements(const QSqlDatabase &db)
{
    QStringList statements;
    const QString when = QStringLiteral("(SELECT recording FROM temp.history_session) > 0");
    const QString now = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    const QString by = QStringLiteral("(SELECT changed_by FROM temp.history_session)");
    for (const Tracked &t : kTracked) {
        const QString table = QString::fromLatin1(t.table);
        const QStringList columns = columnsOf(db, table);
        if (columns.isEmpty())
            continue;
        QStringList oldColumns, newColumns;
        for (const QString &c : columns) {
            oldColumns << QStringLiteral("OLD.\"%1\"").arg(c);
            newColumns << QStringLiteral("NEW.\"%1\"").arg(c);
        }
        statements << QStringLiteral(R"(CREATE TEMP TRIGGER vigie_history_%1_insert AFTER INSERT ON main.%1 WHEN %2
            BEGIN INSERT INTO history (table_name, row_id, action, changed_at, changed_by, new_values)
            VALUES ('%1', NEW.id, 'insert', %3, %4, %5); END)")
                          .arg(table, when, now, by, jsonRow(QStringLiteral("NEW"), columns));
        // Only real changes: saving a record unchanged writes nothing.
        statements << QStringLiteral(R"(CREATE TEMP TRIGGER vigie_history_%1_update AFTER UPDATE ON main.%1
            WHEN %2 AND (%3) IS NOT (%4)
            BEGIN INSERT INTO history (table_name, row_id, action, changed_at, changed_by, old_values, new_values)
            VALUES ('%1', NEW.id, 'update', %5, %6, %7, %8); END)")
                          .arg(table, when, oldColumns.join(QStringLiteral(", ")),
                               newColumns.join(QStringLiteral(", ")), now, by, jsonRow(QStringLiteral("OLD"), columns),
                               jsonRow(QStringLiteral("NEW"), columns));
        // BEFORE: what cascades with the row is still there to be kept.
        statements << QStringLiteral(R"(CREATE TEMP TRIGGER vigie_history_%1_delete BEFORE DELETE ON main.%1 WHEN %2
            BEGIN INSERT INTO history (table_name, row_id, action, changed_at, changed_by, old_values)
            VALUES ('%1', OLD.id, 'delete', %3, %4, %5); END)")
                          .arg(table, when, now, by,
                               jsonRow(QStringLiteral("OLD"), columns, deletedExtras(db, t, QStringLiteral("OLD.id"))));
    }
    return statements;
}

Entry readEntry(const QSqlQuery &query)
{
    Entry e;
    e.id = query.value(0).toLongLong();
    e.table = query.value(1).toString();
    e.rowId = query.value(2).toLongLong();
    e.action = query.value(3).toString();
    e.changedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
    e.changedAt.setTimeZone(QTimeZone::utc());
    e.changedBy = query.value(5).toString();
    e.oldValues = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    e.newValues = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
    return e;
}

const QString kEntryColumns
    = QStringLiteral("id, table_name, row_id, action, changed_at, changed_by, old_values, new_values");

bool isTracked(const QString &table)
{
    return trackedTables().contains(table);
}

QVariant fromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
            return qint64(d);
        return d;
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return qint64(value.toBool() ? 1 : 0);
    default:
        return QVariant(QMetaType::fromType<qint64>());
    }
}

// Brings back rows one at a time, inside the caller's transaction.
class Restorer
{
public:
    Restorer(const QSqlDatabase &db, QStringList *notes, qint64 deleteEntryId)
        : m_db(db)
        , m_notes(notes)
        , m_deleteEntryId(deleteEntryId)
    {
    }

    QString error;

    bool exists(const QString &table, const QVariant &id)
    {
        if (id.isNull())
            return true;
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT 1 FROM \"%1\" WHERE id = :id").arg(table));
        query.bindValue(QStringLiteral(":id"), id);
        return query.exec() && query.next();
    }

    // Whether row `id` of `table` was deleted after the record being brought back while ids could still be given
    // twice (before schema 6, which notes how far the history went then): a row under that id now may be
    // another record. Since, a row found under that id is the same record, brought back by undo.
    bool deletedWhileIdsReused(const QString &table, const QVariant &id)
    {
        if (id.isNull())
            return false;
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(R"(
            SELECT 1 FROM history WHERE table_name = :table AND row_id = :id AND action = 'delete' AND id > :entry
                AND id <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'ids_reused_up_to_history'))"));
        query.bindValue(QStringLiteral(":table"), table);
        query.bindValue(QStringLiteral(":id"), id);
        query.bindValue(QStringLiteral(":entry"), m_deleteEntryId);
        return query.exec() && query.next();
    }

    // A reference to a row deleted since is left out, and said; so is one that may name another record.
    QVariant reference(const QJsonObject &row, const QString &column, const QString &table, const QString &what)
    {
        const QVariant id = fromJson(row.value(column));
        if (exists(table, id) && !deletedWhileIdsReused(table, id))
            return id;
        note(Text::tr("%1 %2 no longer exists; the link to it is left out").arg(what, id.toString()));
        return QVariant(QMetaType::fromType<qint64>());
    }

    void note(const QString &text)
    {
        if (m_notes)
            *m_notes << text;
    }

    // Inserts `row` (JSON object of column values) into `table`, using the columns the table has now;
    // `overrides` replace values. Returns the new row's id, 0 on error.
    qint64 insert(const QString &table, const QJsonObject &row, const QHash<QString, QVariant> &overrides = {})
    {
        QStringList names, placeholders;
        QVariantList values;
        for (const QString &column : columnsOf(m_db, table)) {
            if (!row.contains(column) && !overrides.contains(column))
                continue;
            names << QStringLiteral("\"%1\"").arg(column);
            placeholders << QStringLiteral(":v%1").arg(values.size());
            values << (overrides.contains(column) ? overrides.value(column) : fromJson(row.value(column)));
        }
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                          .arg(table, names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(QStringLiteral(":v%1").arg(i), values.at(i));
        if (!query.exec()) {
            error = Text::tr("cannot bring back a row of %1: %2").arg(table, plainDatabaseError(query.lastError()));
            return 0;
        }
        return query.lastInsertId().toLongLong();
    }

    bool link(const QString &sql, const QVariantList &values)
    {
        QSqlQuery query(m_db);
        query.prepare(sql);
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(QStringLiteral(":v%1").arg(i), values.at(i));
        if (!query.exec()) {
            error = plainDatabaseError(query.lastError());
            return false;
        }
        return true;
    }

private:
    QSqlDatabase m_db;
    QStringList *m_notes;
    qint64 m_deleteEntryId = 0;
};

} // namespace

QStringList Entry::changedColumns() const
{
    QStringList columns;
    for (auto it = newValues.constBegin(); it != newValues.constEnd(); ++it) {
        if (oldValues.value(it.key()) != it.value())
            columns << it.key();
    }
    columns.sort();
    return columns;
}

QStringList trackedTables()
{
    QStringList tables;
    for (const Tracked &t : kTracked)
        tables << QString::fromLatin1(t.table);
    return tables;
}

QString osUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    if (name.isEmpty()) {
        if (const passwd *entry = ::getpwuid(::getuid()))
            name = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    return name;
}

bool install(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    QStringList statements = {
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS history_session (changed_by TEXT, recording INTEGER NOT NULL)"),
        QStringLiteral("DELETE FROM temp.history_session"),
        QStringLiteral("INSERT INTO temp.history_session (changed_by, recording) VALUES (NULL, 0)"),
    };
    statements << triggerStatements(db);
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            *error = Text::tr("cannot set up the change history: %1").arg(plainDatabaseError(query.lastError()));
            return false;
        }
    }
    if (!setChangedBy(db, osUserName())) {
        *error = Text::tr("cannot set up the change history: %1").arg(plainDatabaseError(query.lastError()));
        return false;
    }
    return true;
}

bool setChangedBy(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE temp.history_session SET changed_by = :name"));
    query.bindValue(QStringLiteral(":name"), name.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : name);
    return query.exec();
}

void beginRecording(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("UPDATE temp.history_session SET recording = recording + 1"));
}

void endRecording(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("UPDATE temp.history_session SET recording = max(recording - 1, 0)"));
}

QList<Entry> entriesFor(const QSqlDatabase &db, const QString &table, qint64 rowId, QString *error)
{
    QList<Entry> entries;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM history WHERE table_name = :table AND row_id = :row ORDER BY id DESC")
                      .arg(kEntryColumns));
    query.bindValue(QStringLiteral(":table"), table);
    query.bindValue(QStringLiteral(":row"), rowId);
    if (!query.exec()) {
        if (error)
            *error = plainDatabaseError(query.lastError());
        return entries;
    }
    while (query.next())
        entries << readEntry(query);
    return entries;
}

QList<Entry> deletedRecords(const QSqlDatabase &db, const QString &table, QString *error)
{
    QList<Entry> entries;
    if (!isTracked(table)) {
        if (error)
            *error = Text::tr("the changes of %1 are not recorded").arg(table);
        return entries;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(R"(
        SELECT %1 FROM history h
         WHERE table_name = :table AND action = 'delete'
           AND id = (SELECT max(id) FROM history WHERE table_name = h.table_name AND row_id = h.row_id
                                                   AND action = 'delete')
           AND NOT EXISTS (SELECT 1 FROM "%2" WHERE id = h.row_id)
         ORDER BY id DESC)")
                      .arg(kEntryColumns, table));
    query.bindValue(QStringLiteral(":table"), table);
    if (!query.exec()) {
        if (error)
            *error = plainDatabaseError(query.lastError());
        return entries;
    }
    while (query.next())
        entries << readEntry(query);
    return entries;
}

qint64 restoreIncident(const QSqlDatabase &db, qint64 deleteEntryId, QStringList *notes, QString *error)
{
    QString localError;
    QString &message = error ? *error : localError;
    Entry entry;
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT %1 FROM history WHERE id = :id").arg(kEntryColumns));
        query.bindValue(QStringLiteral(":id"), deleteEntryId);
        if (!query.exec() || !query.next()) {
            message = Text::tr("there is no change %1 in the history").arg(deleteEntryId);
            return 0;
        }
        entry = readEntry(query);
    }
    if (entry.table != QLatin1String("incidents") || entry.action != QLatin1String("delete")) {
        message = Text::tr("change %1 is not the deletion of an incident").arg(deleteEntryId);
        return 0;
    }
    sqlite3 *handle = sqliteHandle(db);
    if (!handle || sqliteInTransaction(handle)) {
        message = Text::tr("cannot bring back an incident inside another transaction");
        return 0;
    }

    QSqlDatabase connection = db;
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        message = Text::tr("cannot start a transaction: %1").arg(plainDatabaseError(query.lastError()));
        return 0;
    }
    beginRecording(connection);
    QStringList localNotes;
    Restorer restorer(connection, &localNotes, deleteEntryId);
    auto abort = [&](const QString &what) {
        QSqlQuery(connection).exec(QStringLiteral("ROLLBACK"));
        message = what;
        return qint64(0);
    };

    const QJsonObject &old = entry.oldValues;
    if (restorer.exists(QStringLiteral("incidents"), entry.rowId))
        return abort(Text::tr("incident %1 exists already (was it brought back before?)").arg(entry.rowId));
    QHash<QString, QVariant> overrides;
    overrides.insert(QStringLiteral("subcontractor_id"),
                     restorer.reference(old, QStringLiteral("subcontractor_id"), QStringLiteral("organisations"),
                                        Text::tr("Subcontractor")));
    overrides.insert(
        QStringLiteral("contract_id"),
        restorer.reference(old, QStringLiteral("contract_id"), QStringLiteral("contracts"), Text::tr("Contract")));
    overrides.insert(QStringLiteral("task_id"),
                     restorer.reference(old, QStringLiteral("task_id"), QStringLiteral("tasks"), Text::tr("Task")));
    const qint64 incidentId = restorer.insert(QStringLiteral("incidents"), old, overrides);
    if (!incidentId)
        return abort(restorer.error);

    for (const QJsonValue &value : old.value(QStringLiteral("claims")).toArray()) {
        const QJsonObject claim = value.toObject();
        QHash<QString, QVariant> claimOverrides {{QStringLiteral("incident_id"), incidentId}};
        claimOverrides.insert(
            QStringLiteral("source_id"),
            restorer.reference(claim, QStringLiteral("source_id"), QStringLiteral("sources"), Text::tr("Source")));
        // Its former id, unless another claim took it since.
        if (restorer.exists(QStringLiteral("claims"), fromJson(claim.value(QStringLiteral("id")))))
            claimOverrides.insert(QStringLiteral("id"), QVariant(QMetaType::fromType<qint64>()));
        const qint64 claimId = restorer.insert(QStringLiteral("claims"), claim, claimOverrides);
        if (!claimId)
            return abort(restorer.error);
        for (const QJsonValue &category : claim.value(QStringLiteral("data_categories")).toArray()) {
            if (!restorer.exists(QStringLiteral("data_categories"), fromJson(category))) {
                restorer.note(Text::tr("Data category %1 no longer exists; left out").arg(category.toInteger()));
                continue;
            }
            if (!restorer.link(QStringLiteral("INSERT INTO claim_data_categories (claim_id, category_id) "
                                              "VALUES (:v0, :v1)"),
                               {claimId, fromJson(category)}))
                return abort(restorer.error);
        }
    }
    for (const QJsonValue &value : old.value(QStringLiteral("consequences")).toArray()) {
        const QJsonObject consequence = value.toObject();
        QHash<QString, QVariant> o {{QStringLiteral("incident_id"), incidentId},
                                    {QStringLiteral("id"), QVariant(QMetaType::fromType<qint64>())}};
        o.insert(QStringLiteral("source_id"),
                 restorer.reference(consequence, QStringLiteral("source_id"), QStringLiteral("sources"),
                                    Text::tr("Source")));
        if (!restorer.insert(QStringLiteral("incident_consequences"), consequence, o))
            return abort(restorer.error);
    }
    for (const QJsonValue &value : old.value(QStringLiteral("sources")).toArray()) {
        const QJsonObject citation = value.toObject();
        const QVariant source = fromJson(citation.value(QStringLiteral("source_id")));
        if (!restorer.exists(QStringLiteral("sources"), source)) {
            restorer.note(Text::tr("Source %1 no longer exists; left out").arg(source.toString()));
            continue;
        }
        if (!restorer.link(QStringLiteral("INSERT INTO incident_sources (incident_id, source_id, quote) "
                                          "VALUES (:v0, :v1, :v2)"),
                           {incidentId, source, fromJson(citation.value(QStringLiteral("quote")))}))
            return abort(restorer.error);
    }
    endRecording(connection);
    if (!query.exec(QStringLiteral("COMMIT")))
        return abort(Text::tr("cannot save: %1").arg(plainDatabaseError(query.lastError())));
    if (notes)
        *notes << localNotes;
    return incidentId;
}

} // namespace vigie::history
