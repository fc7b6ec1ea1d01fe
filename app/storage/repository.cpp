#include "repository.h"

#include "database.h"
#include "history.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <sqlite3.h>

namespace vigie {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::Repository)
};

// NULL for unknown values, so that "unknown" never turns into 0 or an empty string in the file.
QVariant textOrNull(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return text;
}

QVariant dateOrNull(const PartialDate &date)
{
    if (date.isUnknown())
        return QVariant(QMetaType::fromType<QString>());
    return date.toIso();
}

QVariant idOrNull(RowId id)
{
    if (id == 0)
        return QVariant(QMetaType::fromType<qint64>());
    return id;
}

template<typename T> QVariant optionalOrNull(const std::optional<T> &value)
{
    if (!value)
        return QVariant(QMetaType::fromType<qint64>());
    return qint64(*value);
}

PartialDate readDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    // The schema's CHECK only lets well-formed dates in; a bad one reads as unknown.
    return PartialDate::parse(value.toString()).value_or(PartialDate());
}

std::optional<qint64> readOptional(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

std::optional<int> readOptionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

// The name of a row id placeholder in a query that reads one record or all of them (id 0).
const QString kIdPlaceholder = QStringLiteral(":id");

// Which rows a read takes: those of a set of contracts named "chosen" (the query then starts with a common
// table expression that defines it: kFollowedContracts, or chosenContracts()), those of one record (onlyId), or
// all. Each form keeps :id bound and lets SQLite use an index on `column`: ":id IN (0, column)" with a bound :id
// scans the whole table, a million rows for contracts.
QString rowFilter(const QString &column, RowId onlyId, bool chosen)
{
    if (chosen)
        return QStringLiteral("%1 IN chosen AND :id = 0").arg(column);
    return onlyId != 0 ? QStringLiteral("%1 = :id").arg(column) : QStringLiteral(":id = 0");
}

} // namespace

// One write: begun on construction, rolled back on destruction unless committed. Inside a transaction
// the caller already opened (the demo data, an import), it is a savepoint instead, so that writes compose:
// a failed save is undone alone and the caller's transaction decides about the rest.
class Repository::Transaction
{
public:
    explicit Transaction(Repository &repository)
        : m_repository(repository)
    {
        QSqlDatabase &db = m_repository.m_db;
        sqlite3 *handle = sqliteHandle(db);
        m_nested = handle && sqliteInTransaction(handle);
        QSqlQuery query(db);
        // IMMEDIATE: the write lock is taken (or waited for, up to the busy timeout) at once. A deferred
        // transaction that reads first cannot wait for it later, and fails at once with "database is
        // locked" when another Vigie wrote in between.
        m_active = query.exec(m_nested ? QStringLiteral("SAVEPOINT vigie_write") : QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active) {
            m_repository.m_error
                = Text::tr("cannot start a transaction: %1").arg(plainDatabaseError(query.lastError()));
            return;
        }
        history::beginRecording(db); // undone by a rollback
    }
    ~Transaction()
    {
        if (!m_active)
            return;
        QSqlQuery query(m_repository.m_db);
        if (m_nested) {
            query.exec(QStringLiteral("ROLLBACK TO vigie_write"));
            query.exec(QStringLiteral("RELEASE vigie_write"));
        } else {
            query.exec(QStringLiteral("ROLLBACK"));
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        history::endRecording(m_repository.m_db);
        QSqlQuery query(m_repository.m_db);
        if (!query.exec(m_nested ? QStringLiteral("RELEASE vigie_write") : QStringLiteral("COMMIT"))) {
            m_repository.m_error = Text::tr("cannot save: %1").arg(plainDatabaseError(query.lastError()));
            // The destructor rolls back, which also undoes endRecording().
            return false;
        }
        m_active = false;
        return true;
    }

private:
    Repository &m_repository;
    bool m_nested = false;
    bool m_active = false;
};

Repository::Repository(const QSqlDatabase &db)
    : m_db(db)
{
}

bool Repository::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    m_error = plainDatabaseError(query.lastError());
    return false;
}

bool Repository::execSql(QSqlQuery &query, const QString &sql, const QVariantMap &values) const
{
    if (!query.prepare(sql)) {
        m_error = plainDatabaseError(query.lastError());
        return false;
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    return exec(query);
}

// After a loop over query.next(): false (and the error kept) when the rows stopped on an error, not at their end.
bool Repository::readAll(const QSqlQuery &query) const
{
    if (!query.lastError().isValid())
        return true;
    m_error = plainDatabaseError(query.lastError());
    return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Reads

QList<Source> Repository::readSources(RowId onlyId) const
{
    QList<Source> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!execSql(query, QStringLiteral(R"(
            SELECT id, title, publisher, kind, published_on, url, file_ref, retrieved_on, notes
            FROM sources
            WHERE :id IN (0, id)
            ORDER BY title COLLATE NOCASE, id)"),
                 {{kIdPlaceholder, onlyId}}))
        return result;
    while (query.next()) {
        Source s;
        s.id = query.value(0).toLongLong();
        s.title = query.value(1).toString();
        s.publisher = query.value(2).toString();
        s.kind = query.value(3).toString();
        s.publishedOn = readDate(query.value(4));
        s.url = query.value(5).toString();
        s.fileRef = query.value(6).toString();
        s.retrievedOn = readDate(query.value(7));
        s.notes = query.value(8).toString();
        result.append(s);
    }
    return result;
}

QList<Source> Repository::sources() const
{
    return readSources(0);
}

std::optional<Source> Repository::source(RowId id) const
{
    if (id == 0)
        return std::nullopt;
    const QList<Source> list = readSources(id);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QHash<RowId, QList<Citation>> Repository::readCitations(const QString &table, const QString &column, RowId onlyId,
                                                        const QString &chosen) const
{
    // table and column come from this file only, never from input.
    QHash<RowId, QList<Citation>> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql
        = QStringLiteral(R"(%3
            SELECT l.%2, l.source_id, s.title, l.quote
            FROM %1 AS l JOIN sources AS s ON s.id = l.source_id
            WHERE %4
            ORDER BY s.published_on, s.title, s.id)")
              .arg(table, column, chosen, rowFilter(QStringLiteral("l.") + column, onlyId, !chosen.isEmpty()));
    if (!execSql(query, sql, {{kIdPlaceholder, onlyId}}))
        return result;
    while (query.next()) {
        Citation c;
        c.sourceId = query.value(1).toLongLong();
        c.sourceTitle = query.value(2).toString();
        c.quote = query.value(3).toString();
        result[query.value(0).toLongLong()].append(c);
    }
    if (!readAll(query))
        return {};
    return result;
}

QList<Organisation> Repository::readOrganisations(RowId onlyId, const QString &role) const
{
    QList<Organisation> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!execSql(query, QStringLiteral(R"(
            SELECT o.id, o.name, o.role, o.id_type, o.identifier, o.siren, o.parent_id, p.name, o.notes, o.watched
            FROM organisations AS o LEFT JOIN organisations AS p ON p.id = o.parent_id
            WHERE :id IN (0, o.id) AND :role IN ('', o.role)
            ORDER BY o.name COLLATE NOCASE, o.id)"),
                 {{kIdPlaceholder, onlyId}, {QStringLiteral(":role"), role.isNull() ? QStringLiteral("") : role}}))
        return result;
    while (query.next()) {
        Organisation o;
        o.id = query.value(0).toLongLong();
        o.name = query.value(1).toString();
        o.role = query.value(2).toString();
        IdentifierType type;
        if (!query.value(3).isNull() && identifierTypeFromCode(query.value(3).toString(), &type))
            o.idType = type;
        o.identifier = query.value(4).toString();
        o.siren = query.value(5).toString();
        o.parentId = query.value(6).toLongLong();
        o.parentName = query.value(7).toString();
        o.notes = query.value(8).toString();
        o.watched = query.value(9).toBool();
        result.append(o);
    }
    query.finish();
    const auto citations
        = readCitations(QStringLiteral("organisation_sources"), QStringLiteral("organisation_id"), onlyId);
    for (Organisation &o : result)
        o.citations = citations.value(o.id);
    return result;
}

QList<Organisation> Repository::organisations() const
{
    return readOrganisations(0, QString());
}

QList<Organisation> Repository::subcontractors() const
{
    return readOrganisations(0, QStringLiteral("subcontractor"));
}

QList<Organisation> Repository::buyers() const
{
    return readOrganisations(0, QStringLiteral("buyer"));
}

std::optional<Organisation> Repository::organisation(RowId id) const
{
    if (id == 0)
        return std::nullopt;
    const QList<Organisation> list = readOrganisations(id, QString());
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

// The contracts a delegate follows, as a common table expression "followed": entered by hand, of a watched
// group, linked to a task or an incident, or held by a subcontractor (or one of its subsidiaries) that has a
// task or an incident. Each part is read through an index, so the cost follows the answer, not the table.
const QString kFollowedContracts = QStringLiteral(R"(
    WITH RECURSIVE tracked (id) AS (
        SELECT subcontractor_id FROM tasks
        UNION SELECT subcontractor_id FROM incidents WHERE subcontractor_id IS NOT NULL
        UNION SELECT id FROM organisations WHERE watched = 1
        UNION SELECT o.id FROM organisations AS o JOIN tracked ON o.parent_id = tracked.id),
    followed (id) AS (
        SELECT id FROM contracts WHERE import_batch_id IS NULL
        UNION SELECT id FROM contracts WHERE watch_flag = 1
        UNION SELECT contract_id FROM tasks WHERE contract_id IS NOT NULL
        UNION SELECT contract_id FROM incidents WHERE contract_id IS NOT NULL
        UNION SELECT h.contract_id FROM contract_holders AS h WHERE h.organisation_id IN tracked),
    chosen (id) AS (SELECT id FROM followed))");

// The contracts `ids` as the set "chosen" (see rowFilter). The ids are numbers: inlined, safe.
QString chosenContracts(const QList<RowId> &ids)
{
    QString values;
    values.reserve(ids.size() * 10);
    for (RowId id : ids) {
        values += values.isEmpty() ? QStringLiteral("(") : QStringLiteral(", (");
        values += QString::number(id) + QLatin1Char(')');
    }
    return QStringLiteral("WITH chosen (id) AS (VALUES %1)").arg(values);
}

QList<Contract> Repository::readContracts(RowId onlyId, const QString &chosen) const
{
    QList<Contract> result;
    QHash<RowId, qsizetype> indexOf;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    auto where = [onlyId, &chosen](const QString &column) { return rowFilter(column, onlyId, !chosen.isEmpty()); };
    if (!execSql(query,
                 QStringLiteral(R"(%1
            SELECT c.id, c.reference, c.buyer_id, b.name, c.object, c.cpv_code, c.procedure, c.nature,
                   c.amount_cents, c.amount_kind, c.notified_on, c.duration_months, c.territory, c.notes
            FROM contracts AS c JOIN organisations AS b ON b.id = c.buyer_id
            WHERE %2
            ORDER BY c.notified_on DESC NULLS LAST, c.reference COLLATE NOCASE, c.id)")
                     .arg(chosen, where(QStringLiteral("c.id"))),
                 {{kIdPlaceholder, onlyId}}))
        return result;
    while (query.next()) {
        Contract c;
        c.id = query.value(0).toLongLong();
        c.reference = query.value(1).toString();
        c.buyerId = query.value(2).toLongLong();
        c.buyerName = query.value(3).toString();
        c.object = query.value(4).toString();
        c.cpvCode = query.value(5).toString();
        c.procedure = query.value(6).toString();
        c.nature = query.value(7).toString();
        c.amount = readOptional(query.value(8));
        c.amountKind = query.value(9).toString();
        c.notifiedOn = readDate(query.value(10));
        c.durationMonths = readOptionalInt(query.value(11));
        c.territory = query.value(12).toString();
        c.notes = query.value(13).toString();
        indexOf.insert(c.id, result.size());
        result.append(c);
    }
    if (!readAll(query))
        return {};

    if (!execSql(query,
                 QStringLiteral(R"(%1
            SELECT h.contract_id, o.id, o.name, o.identifier
            FROM contract_holders AS h JOIN organisations AS o ON o.id = h.organisation_id
            WHERE %2
            ORDER BY o.name COLLATE NOCASE, o.id)")
                     .arg(chosen, where(QStringLiteral("h.contract_id"))),
                 {{kIdPlaceholder, onlyId}}))
        return {};
    while (query.next()) {
        if (const auto it = indexOf.constFind(query.value(0).toLongLong()); it != indexOf.cend())
            result[*it].holders.append(
                {query.value(1).toLongLong(), query.value(2).toString(), query.value(3).toString()});
    }
    if (!readAll(query))
        return {};

    if (!execSql(query,
                 QStringLiteral(R"(%1
            SELECT contract_id, id, signed_on, new_amount_cents, new_duration_months, object
            FROM amendments
            WHERE %2
            ORDER BY signed_on, id)")
                     .arg(chosen, where(QStringLiteral("contract_id"))),
                 {{kIdPlaceholder, onlyId}}))
        return {};
    while (query.next()) {
        if (const auto it = indexOf.constFind(query.value(0).toLongLong()); it != indexOf.cend()) {
            Amendment a;
            a.id = query.value(1).toLongLong();
            a.signedOn = readDate(query.value(2));
            a.newAmount = readOptional(query.value(3));
            a.newDurationMonths = readOptionalInt(query.value(4));
            a.object = query.value(5).toString();
            result[*it].amendments.append(a);
        }
    }
    if (!readAll(query))
        return {};

    if (!execSql(query,
                 QStringLiteral(R"(%1
            SELECT a.contract_id, a.id, a.subcontractor_id, o.name, a.amount_cents, a.declared_on, a.object
            FROM subcontracting_acts AS a JOIN organisations AS o ON o.id = a.subcontractor_id
            WHERE %2
            ORDER BY a.declared_on, a.id)")
                     .arg(chosen, where(QStringLiteral("a.contract_id"))),
                 {{kIdPlaceholder, onlyId}}))
        return {};
    while (query.next()) {
        if (const auto it = indexOf.constFind(query.value(0).toLongLong()); it != indexOf.cend()) {
            SubcontractingAct a;
            a.id = query.value(1).toLongLong();
            a.subcontractorId = query.value(2).toLongLong();
            a.subcontractorName = query.value(3).toString();
            a.amount = readOptional(query.value(4));
            a.declaredOn = readDate(query.value(5));
            a.object = query.value(6).toString();
            result[*it].subcontractingActs.append(a);
        }
    }
    if (!readAll(query))
        return {};
    query.finish();

    const auto citations
        = readCitations(QStringLiteral("contract_sources"), QStringLiteral("contract_id"), onlyId, chosen);
    for (Contract &c : result)
        c.citations = citations.value(c.id);
    return result;
}

QList<Contract> Repository::contracts() const
{
    return readContracts(0);
}

QList<Contract> Repository::followedContracts() const
{
    return readContracts(0, kFollowedContracts);
}

QList<RowId> Repository::contractIds() const
{
    QList<RowId> ids;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!execSql(query, QStringLiteral(R"(
            SELECT id FROM contracts ORDER BY notified_on DESC NULLS LAST, reference COLLATE NOCASE, id)"),
                 {}))
        return ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (!readAll(query))
        return {};
    return ids;
}

QList<Contract> Repository::contracts(const QList<RowId> &ids) const
{
    if (ids.isEmpty())
        return {};
    const QList<Contract> read = readContracts(0, chosenContracts(ids));
    QHash<RowId, qsizetype> indexOf;
    for (qsizetype i = 0; i < read.size(); ++i)
        indexOf.insert(read.at(i).id, i);
    QList<Contract> result;
    result.reserve(read.size());
    for (RowId id : ids) {
        if (const auto it = indexOf.constFind(id); it != indexOf.cend())
            result.append(read.at(*it));
    }
    return result;
}

QHash<RowId, qint64> Repository::heldContractCounts() const
{
    QHash<RowId, qint64> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!execSql(query,
                 QStringLiteral("SELECT organisation_id, count(*) FROM contract_holders GROUP BY organisation_id"), {}))
        return result;
    while (query.next())
        result.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    return result;
}

qint64 Repository::heldContractCount(const QList<RowId> &group) const
{
    QStringList ids;
    for (RowId id : group)
        ids << QString::number(id); // numbers only: safe to inline
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (ids.isEmpty()
        || !execSql(
            query,
            QStringLiteral("SELECT count(DISTINCT contract_id) FROM contract_holders WHERE organisation_id IN (%1)")
                .arg(ids.join(QLatin1Char(','))),
            {})
        || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

std::optional<Contract> Repository::contract(RowId id) const
{
    if (id == 0)
        return std::nullopt;
    const QList<Contract> list = readContracts(id);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<Task> Repository::readTasks(RowId onlyId) const
{
    QList<Task> result;
    QHash<RowId, qsizetype> indexOf;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!execSql(query, QStringLiteral(R"(
            SELECT t.id, t.subcontractor_id, o.name, t.contract_id, c.reference, t.title, t.description,
                   t.channel, t.started_on, t.ended_on, t.notes
            FROM tasks AS t
                JOIN organisations AS o ON o.id = t.subcontractor_id
                LEFT JOIN contracts AS c ON c.id = t.contract_id
            WHERE :id IN (0, t.id)
            ORDER BY o.name COLLATE NOCASE, t.title COLLATE NOCASE, t.id)"),
                 {{kIdPlaceholder, onlyId}}))
        return result;
    while (query.next()) {
        Task t;
        t.id = query.value(0).toLongLong();
        t.subcontractorId = query.value(1).toLongLong();
        t.subcontractorName = query.value(2).toString();
        t.contractId = query.value(3).toLongLong();
        t.contractReference = query.value(4).toString();
        t.title = query.value(5).toString();
        t.description = query.value(6).toString();
        t.channel = query.value(7).toString();
        t.startedOn = readDate(query.value(8));
        t.endedOn = readDate(query.value(9));
        t.notes = query.value(10).toString();
        indexOf.insert(t.id, result.size());
        result.append(t);
    }
    if (!execSql(query, QStringLiteral(R"(
            SELECT task_id, category_id FROM task_data_categories
            WHERE :id IN (0, task_id)
            ORDER BY category_id)"),
                 {{kIdPlaceholder, onlyId}}))
        return {};
    while (query.next()) {
        if (const auto it = indexOf.constFind(query.value(0).toLongLong()); it != indexOf.cend())
            result[*it].categoryIds.append(query.value(1).toLongLong());
    }
    query.finish();
    const auto citations = readCitations(QStringLiteral("task_sources"), QStringLiteral("task_id"), onlyId);
    for (Task &t : result)
        t.citations = citations.value(t.id);
    return result;
}

QList<Task> Repository::tasks() const
{
    return readTasks(0);
}

std::optional<Task> Repository::task(RowId id) const
{
    if (id == 0)
        return std::nullopt;
    const QList<Task> list = readTasks(id);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<Incident> Repository::readIncidents(RowId onlyId) const
{
    QList<Incident> result;
    QHash<RowId, qsizetype> indexOf;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!execSql(query, QStringLiteral(R"(
            SELECT i.id, i.title, i.subcontractor_id, o.name, i.contract_id, i.task_id, i.occurred_on,
                   i.discovered_on, i.cnil_notified_on, i.made_public_on, i.breach_confidentiality,
                   i.breach_integrity, i.breach_availability, i.status, i.description, i.notes
            FROM incidents AS i LEFT JOIN organisations AS o ON o.id = i.subcontractor_id
            WHERE :id IN (0, i.id)
            ORDER BY coalesce(i.occurred_on, i.discovered_on, i.made_public_on, i.cnil_notified_on) DESC NULLS LAST,
                     i.title COLLATE NOCASE, i.id)"),
                 {{kIdPlaceholder, onlyId}}))
        return result;
    while (query.next()) {
        Incident i;
        i.id = query.value(0).toLongLong();
        i.title = query.value(1).toString();
        i.subcontractorId = query.value(2).toLongLong();
        i.subcontractorName = query.value(3).toString();
        i.contractId = query.value(4).toLongLong();
        i.taskId = query.value(5).toLongLong();
        i.occurredOn = readDate(query.value(6));
        i.discoveredOn = readDate(query.value(7));
        i.cnilNotifiedOn = readDate(query.value(8));
        i.madePublicOn = readDate(query.value(9));
        i.confidentiality = query.value(10).toInt() != 0;
        i.integrity = query.value(11).toInt() != 0;
        i.availability = query.value(12).toInt() != 0;
        i.status = query.value(13).toString();
        i.description = query.value(14).toString();
        i.notes = query.value(15).toString();
        indexOf.insert(i.id, result.size());
        result.append(i);
    }

    // Claims in id order (the order they were entered); their categories follow.
    QHash<RowId, std::pair<qsizetype, qsizetype>> claimAt; // claim id -> (incident index, claim index)
    if (!execSql(query, QStringLiteral(R"(
            SELECT c.incident_id, c.id, c.claimant, c.is_official, c.people, c.people_note, c.claimed_on,
                   c.source_id, s.title, c.quote
            FROM claims AS c LEFT JOIN sources AS s ON s.id = c.source_id
            WHERE :id IN (0, c.incident_id)
            ORDER BY c.id)"),
                 {{kIdPlaceholder, onlyId}}))
        return {};
    while (query.next()) {
        const auto it = indexOf.constFind(query.value(0).toLongLong());
        if (it == indexOf.cend())
            continue;
        Claim c;
        c.id = query.value(1).toLongLong();
        c.claimant = query.value(2).toString();
        c.isOfficial = query.value(3).toInt() != 0;
        c.people = readOptional(query.value(4));
        c.peopleNote = query.value(5).toString();
        c.claimedOn = readDate(query.value(6));
        c.sourceId = query.value(7).toLongLong();
        c.sourceTitle = query.value(8).toString();
        c.quote = query.value(9).toString();
        QList<Claim> &claims = result[*it].claims;
        claimAt.insert(c.id, {*it, claims.size()});
        claims.append(c);
    }
    if (!execSql(query, QStringLiteral(R"(
            SELECT d.claim_id, d.category_id
            FROM claim_data_categories AS d JOIN claims AS c ON c.id = d.claim_id
            WHERE :id IN (0, c.incident_id)
            ORDER BY d.category_id)"),
                 {{kIdPlaceholder, onlyId}}))
        return {};
    while (query.next()) {
        if (const auto it = claimAt.constFind(query.value(0).toLongLong()); it != claimAt.cend())
            result[it->first].claims[it->second].categoryIds.append(query.value(1).toLongLong());
    }

    if (!execSql(query, QStringLiteral(R"(
            SELECT incident_id, id, kind, description, people, source_id, quote
            FROM incident_consequences
            WHERE :id IN (0, incident_id)
            ORDER BY id)"),
                 {{kIdPlaceholder, onlyId}}))
        return {};
    while (query.next()) {
        const auto it = indexOf.constFind(query.value(0).toLongLong());
        if (it == indexOf.cend())
            continue;
        Consequence c;
        c.id = query.value(1).toLongLong();
        c.kind = query.value(2).toString();
        c.description = query.value(3).toString();
        c.people = readOptional(query.value(4));
        c.sourceId = query.value(5).toLongLong();
        c.quote = query.value(6).toString();
        result[*it].consequences.append(c);
    }
    query.finish();

    const auto citations = readCitations(QStringLiteral("incident_sources"), QStringLiteral("incident_id"), onlyId);
    for (Incident &i : result)
        i.citations = citations.value(i.id);
    return result;
}

QList<Incident> Repository::incidents() const
{
    return readIncidents(0);
}

std::optional<Incident> Repository::incident(RowId id) const
{
    if (id == 0)
        return std::nullopt;
    const QList<Incident> list = readIncidents(id);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<DataCategory> Repository::dataCategories() const
{
    QList<DataCategory> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!execSql(query, QStringLiteral(R"(
            SELECT id, code, name, weight, description FROM data_categories ORDER BY id)"),
                 {}))
        return result;
    while (query.next()) {
        DataCategory d;
        d.id = query.value(0).toLongLong();
        d.code = query.value(1).toString();
        d.name = query.value(2).toString();
        d.weight = query.value(3).toInt();
        d.description = query.value(4).toString();
        result.append(d);
    }
    return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Writes

bool Repository::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool Repository::checkUpdated(QSqlQuery &query, const QString &what, RowId id)
{
    if (query.numRowsAffected() == 1)
        return true;
    return fail(Text::tr("there is no %1 with id %2 to update").arg(what).arg(id));
}

bool Repository::checkFree(const QString &table, const QString &what, RowId id)
{
    QSqlQuery query(m_db);
    if (!execSql(query, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE id = :id)").arg(table),
                 {{kIdPlaceholder, id}}))
        return false;
    if (id <= 0 || (query.next() && query.value(0).toBool()))
        return fail(
            Text::tr("the %1 cannot be written back under id %2: another record has taken it since").arg(what).arg(id));
    return true;
}

bool Repository::checkUnused(const QString &what, const QString &countsSql, const QList<const char *> &labels, RowId id)
{
    QSqlQuery query(m_db);
    if (!execSql(query, countsSql, {{kIdPlaceholder, id}}))
        return false;
    if (!query.next())
        return fail(plainDatabaseError(query.lastError()));
    QStringList uses;
    for (int i = 0; i < labels.size(); ++i) {
        if (const int count = query.value(i).toInt(); count > 0)
            uses << QCoreApplication::translate("vigie::Repository", labels.at(i), nullptr, count);
    }
    query.finish();
    if (uses.isEmpty())
        return true;
    return fail(Text::tr("Cannot delete %1 while these refer to it: %2").arg(what, uses.join(QStringLiteral(", "))));
}

bool Repository::deleteUnused(const QString &table, const QString &what, const QString &named, const QString &countsSql,
                              const QList<const char *> &labels, RowId id)
{
    Transaction transaction(*this);
    if (!transaction.isActive() || !checkUnused(named, countsSql, labels, id))
        return false;
    QSqlQuery query(m_db);
    if (!execSql(query, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table), {{kIdPlaceholder, id}}))
        return false;
    if (query.numRowsAffected() != 1)
        return fail(Text::tr("there is no %1 with id %2 to delete").arg(what).arg(id));
    return transaction.commit();
}

bool Repository::writeCitations(const QString &table, const QString &column, RowId ownerId,
                                const QList<Citation> &citations)
{
    QSqlQuery query(m_db);
    if (!execSql(query, QStringLiteral("DELETE FROM %1 WHERE %2 = :owner").arg(table, column),
                 {{QStringLiteral(":owner"), ownerId}}))
        return false;
    if (citations.isEmpty())
        return true;
    if (!query.prepare(QStringLiteral("INSERT INTO %1 (%2, source_id, quote) VALUES (:owner, :source, :quote)")
                           .arg(table, column)))
        return fail(plainDatabaseError(query.lastError()));
    for (const Citation &c : citations) {
        if (c.sourceId == 0)
            return fail(Text::tr("a citation has no source"));
        query.bindValue(QStringLiteral(":owner"), ownerId);
        query.bindValue(QStringLiteral(":source"), c.sourceId);
        query.bindValue(QStringLiteral(":quote"), textOrNull(c.quote));
        if (!exec(query)) {
            m_error = Text::tr("cannot link source %1: %2").arg(c.sourceId).arg(m_error);
            return false;
        }
    }
    return true;
}

bool Repository::saveSource(Source &source, SaveMode mode)
{
    if (source.title.trimmed().isEmpty())
        return fail(Text::tr("a source needs a title"));
    if (!codes::sourceKinds.contains(source.kind))
        return fail(Text::tr("unknown kind of source \"%1\"").arg(source.kind));
    Transaction transaction(*this);
    if (!transaction.isActive())
        return false;
    const QVariantMap values = {
        {QStringLiteral(":id"), source.id},
        {QStringLiteral(":title"), source.title.trimmed()},
        {QStringLiteral(":publisher"), textOrNull(source.publisher)},
        {QStringLiteral(":kind"), source.kind},
        {QStringLiteral(":published"), dateOrNull(source.publishedOn)},
        {QStringLiteral(":url"), textOrNull(source.url)},
        {QStringLiteral(":file"), textOrNull(source.fileRef)},
        {QStringLiteral(":retrieved"), dateOrNull(source.retrievedOn)},
        {QStringLiteral(":notes"), textOrNull(source.notes)},
    };
    QSqlQuery query(m_db);
    RowId id = source.id;
    const bool recreate = mode == SaveMode::Recreate;
    if (id == 0 || recreate) {
        if (recreate && !checkFree(QStringLiteral("sources"), Text::tr("source"), id))
            return false;
        QVariantMap insertValues = values;
        insertValues[kIdPlaceholder] = recreate ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
        if (!execSql(query, QStringLiteral(R"(
                INSERT INTO sources (id, title, publisher, kind, published_on, url, file_ref, retrieved_on, notes)
                VALUES (:id, :title, :publisher, :kind, :published, :url, :file, :retrieved, :notes))"),
                     insertValues))
            return false;
        id = query.lastInsertId().toLongLong();
    } else {
        if (!execSql(query, QStringLiteral(R"(
                UPDATE sources SET title = :title, publisher = :publisher, kind = :kind, published_on = :published,
                    url = :url, file_ref = :file, retrieved_on = :retrieved, notes = :notes
                WHERE id = :id)"),
                     values)
            || !checkUpdated(query, Text::tr("source"), id))
            return false;
    }
    if (!transaction.commit())
        return false;
    source.id = id;
    return true;
}

// The groups above organisation :id (its parent, the parent's parent...) as "up", for a statement to follow.
const QString kGroupsAbove = QStringLiteral(R"(
    WITH RECURSIVE up (id) AS (
        SELECT parent_id FROM organisations WHERE id = :id
        UNION SELECT o.parent_id FROM organisations AS o JOIN up ON o.id = up.id WHERE o.parent_id IS NOT NULL)
)");

bool Repository::saveOrganisation(Organisation &organisation, SaveMode mode)
{
    if (organisation.name.trimmed().isEmpty())
        return fail(Text::tr("an organisation needs a name"));
    if (!codes::roles.contains(organisation.role))
        return fail(Text::tr("unknown organisation role \"%1\"").arg(organisation.role));
    QString identifier;
    QString siren;
    QVariant idType(QMetaType::fromType<QString>());
    if (organisation.idType) {
        const IdentifierType type = *organisation.idType;
        if (const QString problem = identifierError(type, organisation.identifier); !problem.isEmpty())
            return fail(Text::tr("%1: %2").arg(organisation.name.trimmed(), problem));
        identifier = type == IdentifierType::HorsUe ? organisation.identifier.trimmed()
                                                    : normalizeIdentifier(organisation.identifier);
        siren = sirenOf(type, identifier);
        idType = identifierTypeCode(type);
    } else if (!organisation.identifier.trimmed().isEmpty()) {
        return fail(Text::tr("%1: the identifier \"%2\" has no type (SIREN, SIRET, TVA or HORS-UE)")
                        .arg(organisation.name.trimmed(), organisation.identifier.trimmed()));
    }
    if (organisation.parentId != 0 && organisation.parentId == organisation.id)
        return fail(Text::tr("%1 cannot be its own parent group").arg(organisation.name.trimmed()));

    Transaction transaction(*this);
    if (!transaction.isActive())
        return false;
    QSqlQuery query(m_db);
    if (!identifier.isEmpty()) {
        // organisations_identifier is unique: say whose identifier it is rather than quote the constraint.
        if (!execSql(query, QStringLiteral(R"(
                SELECT name FROM organisations WHERE id_type = :type AND identifier = :identifier AND id <> :id)"),
                     {{QStringLiteral(":type"), idType},
                      {QStringLiteral(":identifier"), identifier},
                      {kIdPlaceholder, organisation.id}}))
            return false;
        if (query.next())
            return fail(Text::tr("%1 %2 is already that of \"%3\"")
                            .arg(idType.toString(), identifier, query.value(0).toString()));
        query.finish();
    }
    QVariantMap values = {
        {QStringLiteral(":name"), organisation.name.trimmed()},
        {QStringLiteral(":role"), organisation.role},
        {QStringLiteral(":type"), idType},
        {QStringLiteral(":identifier"), textOrNull(identifier)},
        {QStringLiteral(":siren"), textOrNull(siren)},
        {QStringLiteral(":parent"), idOrNull(organisation.parentId)},
        {QStringLiteral(":notes"), textOrNull(organisation.notes)},
        {QStringLiteral(":watched"), organisation.watched ? 1 : 0},
    };
    RowId id = organisation.id;
    const bool recreate = mode == SaveMode::Recreate;
    if (id == 0 || recreate) {
        if (recreate && !checkFree(QStringLiteral("organisations"), Text::tr("organisation"), id))
            return false;
        values.insert(kIdPlaceholder, recreate ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()));
        if (!execSql(query, QStringLiteral(R"(
                INSERT INTO organisations (id, name, role, id_type, identifier, siren, parent_id, notes, watched)
                VALUES (:id, :name, :role, :type, :identifier, :siren, :parent, :notes, :watched))"),
                     values))
            return false;
        id = query.lastInsertId().toLongLong();
    } else {
        values.insert(QStringLiteral(":id"), id);
        if (!execSql(query, QStringLiteral(R"(
                UPDATE organisations SET name = :name, role = :role, id_type = :type, identifier = :identifier,
                    siren = :siren, parent_id = :parent, notes = :notes, watched = :watched
                WHERE id = :id)"),
                     values)
            || !checkUpdated(query, Text::tr("organisation"), id))
            return false;
    }
    if (organisation.parentId != 0) {
        // No loop of parent groups: the parent must not be this organisation's own subsidiary.
        if (!execSql(query, kGroupsAbove + QStringLiteral("SELECT EXISTS (SELECT 1 FROM up WHERE id = :id)"),
                     {{kIdPlaceholder, id}}))
            return false;
        if (query.next() && query.value(0).toBool())
            return fail(Text::tr("%1 cannot belong to a group that belongs to it").arg(organisation.name.trimmed()));
        query.finish();
    }
    // A subcontractor holds its contracts through its establishments: the holders an import already made
    // with this SIREN and no group (named by their SIRET until a record named them) become its subsidiaries,
    // as the import links the next ones. Not its own parent groups, which would make a loop.
    QList<RowId> linked;
    if (!siren.isEmpty() && organisation.role == QLatin1String("subcontractor")) {
        if (!execSql(query, kGroupsAbove + QStringLiteral(R"(
                UPDATE organisations SET parent_id = :id
                 WHERE siren = :siren AND id <> :id AND parent_id IS NULL AND role = 'subcontractor'
                   AND id NOT IN (SELECT id FROM up WHERE id IS NOT NULL)
                RETURNING id)"),
                     {{kIdPlaceholder, id}, {QStringLiteral(":siren"), siren}}))
            return false;
        while (query.next())
            linked.append(query.value(0).toLongLong());
        query.finish();
        std::sort(linked.begin(), linked.end());
    }
    if (!writeCitations(QStringLiteral("organisation_sources"), QStringLiteral("organisation_id"), id,
                        organisation.citations))
        return false;
    if (!transaction.commit())
        return false;
    organisation.id = id;
    organisation.identifier = identifier;
    organisation.siren = siren;
    organisation.establishmentsLinked = linked;
    return true;
}

bool Repository::saveContract(Contract &contract)
{
    if (contract.reference.trimmed().isEmpty())
        return fail(Text::tr("a contract needs a reference"));
    if (contract.buyerId == 0)
        return fail(Text::tr("contract %1 needs a buyer").arg(contract.reference.trimmed()));
    if (!codes::amountKinds.contains(contract.amountKind))
        return fail(Text::tr("unknown kind of amount \"%1\"").arg(contract.amountKind));
    if (contract.amount && (*contract.amount < 0 || *contract.amount > kMaxAmountCents))
        return fail(Text::tr("contract %1: the amount is out of range").arg(contract.reference.trimmed()));
    if (contract.durationMonths && *contract.durationMonths <= 0)
        return fail(Text::tr("contract %1: the duration must be a positive number of months")
                        .arg(contract.reference.trimmed()));

    Transaction transaction(*this);
    if (!transaction.isActive())
        return false;
    QVariantMap values = {
        {QStringLiteral(":reference"), contract.reference.trimmed()},
        {QStringLiteral(":buyer"), contract.buyerId},
        {QStringLiteral(":object"), textOrNull(contract.object)},
        {QStringLiteral(":cpv"), textOrNull(contract.cpvCode)},
        {QStringLiteral(":procedure"), textOrNull(contract.procedure)},
        {QStringLiteral(":nature"), textOrNull(contract.nature)},
        {QStringLiteral(":amount"), optionalOrNull(contract.amount)},
        {QStringLiteral(":kind"), contract.amountKind},
        {QStringLiteral(":notified"), dateOrNull(contract.notifiedOn)},
        {QStringLiteral(":duration"), optionalOrNull(contract.durationMonths)},
        {QStringLiteral(":territory"), textOrNull(contract.territory)},
        {QStringLiteral(":notes"), textOrNull(contract.notes)},
    };
    QSqlQuery query(m_db);
    RowId id = contract.id;
    if (id == 0) {
        if (!execSql(query, QStringLiteral(R"(
                INSERT INTO contracts (reference, buyer_id, object, cpv_code, procedure, nature, amount_cents,
                    amount_kind, notified_on, duration_months, territory, notes)
                VALUES (:reference, :buyer, :object, :cpv, :procedure, :nature, :amount, :kind, :notified,
                    :duration, :territory, :notes))"),
                     values))
            return false;
        id = query.lastInsertId().toLongLong();
    } else {
        values.insert(QStringLiteral(":id"), id);
        if (!execSql(query, QStringLiteral(R"(
                UPDATE contracts SET reference = :reference, buyer_id = :buyer, object = :object, cpv_code = :cpv,
                    procedure = :procedure, nature = :nature, amount_cents = :amount, amount_kind = :kind,
                    notified_on = :notified, duration_months = :duration, territory = :territory, notes = :notes
                WHERE id = :id)"),
                     values)
            || !checkUpdated(query, Text::tr("contract"), id))
            return false;
    }

    const QVariantMap owner = {{QStringLiteral(":contract"), id}};
    if (!execSql(query, QStringLiteral("DELETE FROM contract_holders WHERE contract_id = :contract"), owner)
        || !execSql(query, QStringLiteral("DELETE FROM amendments WHERE contract_id = :contract"), owner)
        || !execSql(query, QStringLiteral("DELETE FROM subcontracting_acts WHERE contract_id = :contract"), owner))
        return false;

    if (!query.prepare(QStringLiteral(R"(
            INSERT OR IGNORE INTO contract_holders (contract_id, organisation_id) VALUES (:contract, :holder))")))
        return fail(plainDatabaseError(query.lastError()));
    for (const ContractHolder &holder : std::as_const(contract.holders)) {
        query.bindValue(QStringLiteral(":contract"), id);
        query.bindValue(QStringLiteral(":holder"), holder.id);
        if (holder.id == 0 || !exec(query))
            return fail(Text::tr("contract %1: holder \"%2\" is not a known organisation")
                            .arg(contract.reference.trimmed(), holder.name));
    }

    QList<RowId> amendmentIds;
    if (!query.prepare(QStringLiteral(R"(
            INSERT INTO amendments (contract_id, signed_on, new_amount_cents, new_duration_months, object)
            VALUES (:contract, :signed, :amount, :duration, :object))")))
        return fail(plainDatabaseError(query.lastError()));
    for (const Amendment &a : std::as_const(contract.amendments)) {
        query.bindValue(QStringLiteral(":contract"), id);
        query.bindValue(QStringLiteral(":signed"), dateOrNull(a.signedOn));
        query.bindValue(QStringLiteral(":amount"), optionalOrNull(a.newAmount));
        query.bindValue(QStringLiteral(":duration"), optionalOrNull(a.newDurationMonths));
        query.bindValue(QStringLiteral(":object"), textOrNull(a.object));
        if (!exec(query))
            return fail(
                Text::tr("contract %1: cannot save an amendment: %2").arg(contract.reference.trimmed(), m_error));
        amendmentIds.append(query.lastInsertId().toLongLong());
    }

    QList<RowId> actIds;
    if (!query.prepare(QStringLiteral(R"(
            INSERT INTO subcontracting_acts (contract_id, subcontractor_id, amount_cents, declared_on, object)
            VALUES (:contract, :subcontractor, :amount, :declared, :object))")))
        return fail(plainDatabaseError(query.lastError()));
    for (const SubcontractingAct &a : std::as_const(contract.subcontractingActs)) {
        query.bindValue(QStringLiteral(":contract"), id);
        query.bindValue(QStringLiteral(":subcontractor"), idOrNull(a.subcontractorId));
        query.bindValue(QStringLiteral(":amount"), optionalOrNull(a.amount));
        query.bindValue(QStringLiteral(":declared"), dateOrNull(a.declaredOn));
        query.bindValue(QStringLiteral(":object"), textOrNull(a.object));
        if (!exec(query))
            return fail(Text::tr("contract %1: cannot save a declared sub-contracting act: %2")
                            .arg(contract.reference.trimmed(), m_error));
        actIds.append(query.lastInsertId().toLongLong());
    }

    if (!writeCitations(QStringLiteral("contract_sources"), QStringLiteral("contract_id"), id, contract.citations))
        return false;
    if (!transaction.commit())
        return false;
    contract.id = id;
    for (qsizetype i = 0; i < amendmentIds.size(); ++i)
        contract.amendments[i].id = amendmentIds.at(i);
    for (qsizetype i = 0; i < actIds.size(); ++i)
        contract.subcontractingActs[i].id = actIds.at(i);
    return true;
}

bool Repository::saveTask(Task &task, SaveMode mode)
{
    if (task.title.trimmed().isEmpty())
        return fail(Text::tr("a task needs a title"));
    if (task.subcontractorId == 0)
        return fail(Text::tr("task \"%1\" needs a subcontractor").arg(task.title.trimmed()));
    if (!task.channel.isEmpty() && !codes::channels.contains(task.channel))
        return fail(Text::tr("unknown channel \"%1\"").arg(task.channel));
    if (task.startedOn.isCertainlyAfter(task.endedOn))
        return fail(Text::tr("task \"%1\" ends (%2) before it starts (%3)")
                        .arg(task.title.trimmed(), task.endedOn.toIso(), task.startedOn.toIso()));

    Transaction transaction(*this);
    if (!transaction.isActive())
        return false;
    QVariantMap values = {
        {QStringLiteral(":subcontractor"), task.subcontractorId},
        {QStringLiteral(":contract"), idOrNull(task.contractId)},
        {QStringLiteral(":title"), task.title.trimmed()},
        {QStringLiteral(":description"), textOrNull(task.description)},
        {QStringLiteral(":channel"), textOrNull(task.channel)},
        {QStringLiteral(":started"), dateOrNull(task.startedOn)},
        {QStringLiteral(":ended"), dateOrNull(task.endedOn)},
        {QStringLiteral(":notes"), textOrNull(task.notes)},
    };
    QSqlQuery query(m_db);
    RowId id = task.id;
    const bool recreate = mode == SaveMode::Recreate;
    if (id == 0 || recreate) {
        if (recreate && !checkFree(QStringLiteral("tasks"), Text::tr("task"), id))
            return false;
        values.insert(kIdPlaceholder, recreate ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()));
        if (!execSql(query, QStringLiteral(R"(
                INSERT INTO tasks (id, subcontractor_id, contract_id, title, description, channel, started_on, ended_on,
                    notes)
                VALUES (:id, :subcontractor, :contract, :title, :description, :channel, :started, :ended, :notes))"),
                     values))
            return false;
        id = query.lastInsertId().toLongLong();
    } else {
        values.insert(QStringLiteral(":id"), id);
        if (!execSql(query, QStringLiteral(R"(
                UPDATE tasks SET subcontractor_id = :subcontractor, contract_id = :contract, title = :title,
                    description = :description, channel = :channel, started_on = :started, ended_on = :ended,
                    notes = :notes
                WHERE id = :id)"),
                     values)
            || !checkUpdated(query, Text::tr("task"), id))
            return false;
    }
    if (!execSql(query, QStringLiteral("DELETE FROM task_data_categories WHERE task_id = :task"),
                 {{QStringLiteral(":task"), id}}))
        return false;
    if (!query.prepare(QStringLiteral(R"(
            INSERT OR IGNORE INTO task_data_categories (task_id, category_id) VALUES (:task, :category))")))
        return fail(plainDatabaseError(query.lastError()));
    for (RowId category : std::as_const(task.categoryIds)) {
        query.bindValue(QStringLiteral(":task"), id);
        query.bindValue(QStringLiteral(":category"), category);
        if (!exec(query))
            return fail(Text::tr("task \"%1\": unknown data category %2").arg(task.title.trimmed()).arg(category));
    }
    if (!writeCitations(QStringLiteral("task_sources"), QStringLiteral("task_id"), id, task.citations))
        return false;
    if (!transaction.commit())
        return false;
    task.id = id;
    return true;
}

bool Repository::saveIncident(Incident &incident, QDate today, SaveMode mode)
{
    const QList<ValidationError> errors = validateIncident(incident, today);
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const ValidationError &e : errors)
            messages << e.message;
        return fail(messages.join(QLatin1Char(' ')));
    }
    if (!codes::statuses.contains(incident.status))
        return fail(Text::tr("unknown incident status \"%1\"").arg(incident.status));
    for (const Consequence &c : std::as_const(incident.consequences)) {
        if (!codes::consequenceKinds.contains(c.kind))
            return fail(Text::tr("unknown kind of consequence \"%1\"").arg(c.kind));
        if (c.people && *c.people < 0)
            return fail(Text::tr("the number of people of a consequence cannot be negative (%1)").arg(*c.people));
    }

    Transaction transaction(*this);
    if (!transaction.isActive())
        return false;
    QVariantMap values = {
        {QStringLiteral(":title"), incident.title.trimmed()},
        {QStringLiteral(":subcontractor"), idOrNull(incident.subcontractorId)},
        {QStringLiteral(":contract"), idOrNull(incident.contractId)},
        {QStringLiteral(":task"), idOrNull(incident.taskId)},
        {QStringLiteral(":occurred"), dateOrNull(incident.occurredOn)},
        {QStringLiteral(":discovered"), dateOrNull(incident.discoveredOn)},
        {QStringLiteral(":cnil"), dateOrNull(incident.cnilNotifiedOn)},
        {QStringLiteral(":public"), dateOrNull(incident.madePublicOn)},
        {QStringLiteral(":confidentiality"), incident.confidentiality ? 1 : 0},
        {QStringLiteral(":integrity"), incident.integrity ? 1 : 0},
        {QStringLiteral(":availability"), incident.availability ? 1 : 0},
        {QStringLiteral(":status"), incident.status},
        {QStringLiteral(":description"), textOrNull(incident.description)},
        {QStringLiteral(":notes"), textOrNull(incident.notes)},
    };
    QSqlQuery query(m_db);
    RowId id = incident.id;
    const bool recreate = mode == SaveMode::Recreate;
    if (id == 0 || recreate) {
        if (recreate && !checkFree(QStringLiteral("incidents"), Text::tr("incident"), id))
            return false;
        values.insert(kIdPlaceholder, recreate ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()));
        if (!execSql(query, QStringLiteral(R"(
                INSERT INTO incidents (id, title, subcontractor_id, contract_id, task_id, occurred_on, discovered_on,
                    cnil_notified_on, made_public_on, breach_confidentiality, breach_integrity, breach_availability,
                    status, description, notes)
                VALUES (:id, :title, :subcontractor, :contract, :task, :occurred, :discovered, :cnil, :public,
                    :confidentiality, :integrity, :availability, :status, :description, :notes))"),
                     values))
            return false;
        id = query.lastInsertId().toLongLong();
    } else {
        values.insert(QStringLiteral(":id"), id);
        if (!execSql(query, QStringLiteral(R"(
                UPDATE incidents SET title = :title, subcontractor_id = :subcontractor, contract_id = :contract,
                    task_id = :task, occurred_on = :occurred, discovered_on = :discovered,
                    cnil_notified_on = :cnil, made_public_on = :public,
                    breach_confidentiality = :confidentiality, breach_integrity = :integrity,
                    breach_availability = :availability, status = :status, description = :description,
                    notes = :notes
                WHERE id = :id)"),
                     values)
            || !checkUpdated(query, Text::tr("incident"), id))
            return false;
    }

    // Child rows are replaced whole; claim_data_categories follow their claims by cascade.
    const QVariantMap owner = {{QStringLiteral(":incident"), id}};
    if (!execSql(query, QStringLiteral("DELETE FROM claims WHERE incident_id = :incident"), owner)
        || !execSql(query, QStringLiteral("DELETE FROM incident_consequences WHERE incident_id = :incident"), owner))
        return false;

    QList<RowId> claimIds;
    QSqlQuery categoryQuery(m_db);
    if (!categoryQuery.prepare(QStringLiteral(R"(
            INSERT OR IGNORE INTO claim_data_categories (claim_id, category_id) VALUES (:claim, :category))")))
        return fail(plainDatabaseError(categoryQuery.lastError()));
    if (!query.prepare(QStringLiteral(R"(
            INSERT INTO claims (incident_id, claimant, is_official, people, people_note, claimed_on, source_id, quote)
            VALUES (:incident, :claimant, :official, :people, :note, :claimed, :source, :quote))")))
        return fail(plainDatabaseError(query.lastError()));
    for (qsizetype i = 0; i < incident.claims.size(); ++i) {
        const Claim &c = incident.claims.at(i);
        query.bindValue(QStringLiteral(":incident"), id);
        query.bindValue(QStringLiteral(":claimant"), c.claimant.trimmed());
        query.bindValue(QStringLiteral(":official"), c.isOfficial ? 1 : 0);
        query.bindValue(QStringLiteral(":people"), optionalOrNull(c.people));
        query.bindValue(QStringLiteral(":note"), textOrNull(c.peopleNote));
        query.bindValue(QStringLiteral(":claimed"), dateOrNull(c.claimedOn));
        query.bindValue(QStringLiteral(":source"), idOrNull(c.sourceId));
        query.bindValue(QStringLiteral(":quote"), textOrNull(c.quote));
        if (!exec(query))
            return fail(Text::tr("claim %1: %2").arg(i + 1).arg(m_error));
        const RowId claimId = query.lastInsertId().toLongLong();
        claimIds.append(claimId);
        for (RowId category : c.categoryIds) {
            categoryQuery.bindValue(QStringLiteral(":claim"), claimId);
            categoryQuery.bindValue(QStringLiteral(":category"), category);
            if (!exec(categoryQuery))
                return fail(Text::tr("claim %1: unknown data category %2").arg(i + 1).arg(category));
        }
    }

    QList<RowId> consequenceIds;
    if (!query.prepare(QStringLiteral(R"(
            INSERT INTO incident_consequences (incident_id, kind, description, people, source_id, quote)
            VALUES (:incident, :kind, :description, :people, :source, :quote))")))
        return fail(plainDatabaseError(query.lastError()));
    for (const Consequence &c : std::as_const(incident.consequences)) {
        query.bindValue(QStringLiteral(":incident"), id);
        query.bindValue(QStringLiteral(":kind"), c.kind);
        query.bindValue(QStringLiteral(":description"), textOrNull(c.description));
        query.bindValue(QStringLiteral(":people"), optionalOrNull(c.people));
        query.bindValue(QStringLiteral(":source"), idOrNull(c.sourceId));
        query.bindValue(QStringLiteral(":quote"), textOrNull(c.quote));
        if (!exec(query))
            return fail(Text::tr("cannot save a consequence: %1").arg(m_error));
        consequenceIds.append(query.lastInsertId().toLongLong());
    }

    if (!writeCitations(QStringLiteral("incident_sources"), QStringLiteral("incident_id"), id, incident.citations))
        return false;
    if (!transaction.commit())
        return false;
    // Ids are handed back only once the write is certain, so a failed save leaves the record as it was.
    incident.id = id;
    for (qsizetype i = 0; i < claimIds.size(); ++i)
        incident.claims[i].id = claimIds.at(i);
    for (qsizetype i = 0; i < consequenceIds.size(); ++i)
        incident.consequences[i].id = consequenceIds.at(i);
    return true;
}

bool Repository::deleteIncident(RowId id)
{
    Transaction transaction(*this);
    if (!transaction.isActive())
        return false;
    QSqlQuery query(m_db);
    if (!execSql(query, QStringLiteral("DELETE FROM incidents WHERE id = :id"), {{QStringLiteral(":id"), id}}))
        return false;
    if (query.numRowsAffected() != 1)
        return fail(Text::tr("there is no incident with id %1 to delete").arg(id));
    return transaction.commit();
}

bool Repository::deleteSource(RowId id)
{
    const std::optional<Source> source = this->source(id);
    if (!source)
        return fail(Text::tr("there is no source with id %1 to delete").arg(id));
    // Claims, consequences and figures would lose their source without a word (ON DELETE SET NULL): refused.
    return deleteUnused(QStringLiteral("sources"), Text::tr("source"), Text::tr("the source \"%1\"").arg(source->title),
                        QStringLiteral(R"(
            SELECT (SELECT count(*) FROM (SELECT incident_id FROM incident_sources WHERE source_id = :id
                                          UNION SELECT incident_id FROM claims WHERE source_id = :id
                                          UNION SELECT incident_id FROM incident_consequences WHERE source_id = :id)),
                   (SELECT count(*) FROM task_sources WHERE source_id = :id),
                   (SELECT count(*) FROM organisation_sources WHERE source_id = :id),
                   (SELECT count(*) FROM contract_sources WHERE source_id = :id),
                   (SELECT count(*) FROM context_figures WHERE source_id = :id),
                   (SELECT count(*) FROM import_batches WHERE source_id = :id))"),
                        {QT_TRANSLATE_N_NOOP("vigie::Repository", "%Ln incident(s)"),
                         QT_TRANSLATE_N_NOOP("vigie::Repository", "%Ln task(s)"),
                         QT_TRANSLATE_N_NOOP("vigie::Repository", "%Ln organisation(s)"),
                         QT_TRANSLATE_N_NOOP("vigie::Repository", "%Ln contract(s)"),
                         QT_TRANSLATE_N_NOOP("vigie::Repository", "%Ln context figure(s)"),
                         QT_TRANSLATE_N_NOOP("vigie::Repository", "%Ln import(s)")},
                        id);
}

bool Repository::deleteOrganisation(RowId id, const QList<RowId> &leaveGroup)
{
    const std::optional<Organisation> organisation = this->organisation(id);
    if (!organisation)
        return fail(Text::tr("there is no organisation with id %1 to delete").arg(id));
    // Its subsidiaries would leave the group without a word (ON DELETE SET NULL), and the watch list with it.
    return runInTransaction([&] {
        return (leaveGroup.isEmpty() || detachFromGroup(id, leaveGroup))
            && deleteUnused(QStringLiteral("organisations"), Text::tr("organisation"),
                            Text::tr("the subcontractor \"%1\"").arg(organisation->name), QStringLiteral(R"(
            SELECT (SELECT count(*) FROM contracts WHERE buyer_id = :id),
                   (SELECT count(*) FROM contract_holders WHERE organisation_id = :id),
                   (SELECT count(*) FROM subcontracting_acts WHERE subcontractor_id = :id),
                   (SELECT count(*) FROM tasks WHERE subcontractor_id = :id),
                   (SELECT count(*) FROM incidents WHERE subcontractor_id = :id),
                   (SELECT count(*) FROM context_figures WHERE organisation_id = :id),
                   (SELECT count(*) FROM organisations WHERE parent_id = :id))"),
                            {QT_TRANSLATE_N_NOOP("vigie::Repository", "%Ln contract(s) it buys"),
                             QT_TRANSLATE_N_NOOP("vigie::Repository", "%Ln contract(s) it holds"),
                             QT_TRANSLATE_N_NOOP("vigie::Repository", "%Ln declared sub-contracting act(s)"),
                             QT_TRANSLATE_N_NOOP("vigie::Repository", "%Ln task(s)"),
                             QT_TRANSLATE_N_NOOP("vigie::Repository", "%Ln incident(s)"),
                             QT_TRANSLATE_N_NOOP("vigie::Repository", "%Ln context figure(s)"),
                             QT_TRANSLATE_N_NOOP("vigie::Repository", "%Ln company(ies) of its group")},
                            id);
    });
}

bool Repository::deleteTask(RowId id)
{
    const std::optional<Task> task = this->task(id);
    if (!task)
        return fail(Text::tr("there is no task with id %1 to delete").arg(id));
    return deleteUnused(QStringLiteral("tasks"), Text::tr("task"), Text::tr("the task \"%1\"").arg(task->title),
                        QStringLiteral("SELECT (SELECT count(*) FROM incidents WHERE task_id = :id)"),
                        {QT_TRANSLATE_N_NOOP("vigie::Repository", "%Ln incident(s)")}, id);
}

bool Repository::detachFromGroup(RowId groupId, const QList<RowId> &ids)
{
    Transaction transaction(*this);
    if (!transaction.isActive())
        return false;
    QSqlQuery query(m_db);
    if (!query.prepare(
            QStringLiteral("UPDATE organisations SET parent_id = NULL WHERE id = :id AND parent_id = :group")))
        return fail(plainDatabaseError(query.lastError()));
    for (RowId id : ids) {
        query.bindValue(kIdPlaceholder, id);
        query.bindValue(QStringLiteral(":group"), groupId);
        if (!exec(query))
            return false;
    }
    return transaction.commit();
}

QList<RowId> Repository::organisationsNamed(const QString &reference) const
{
    QList<RowId> ids;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!execSql(query, QStringLiteral(R"(
            WITH by_identifier AS (SELECT id FROM organisations WHERE identifier = :identifier)
            SELECT id FROM by_identifier
            UNION ALL
            SELECT id FROM organisations
            WHERE name = :name COLLATE NOCASE AND NOT EXISTS (SELECT 1 FROM by_identifier)
            ORDER BY id)"),
                 {{QStringLiteral(":identifier"), normalizeIdentifier(reference)},
                  {QStringLiteral(":name"), reference.trimmed()}}))
        return ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

bool Repository::setWatched(const QList<RowId> &ids, bool watched)
{
    Transaction transaction(*this);
    if (!transaction.isActive())
        return false;
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("UPDATE organisations SET watched = :watched WHERE id = :id")))
        return fail(plainDatabaseError(query.lastError()));
    for (RowId id : ids) {
        query.bindValue(kIdPlaceholder, id);
        query.bindValue(QStringLiteral(":watched"), watched ? 1 : 0);
        if (!exec(query) || !checkUpdated(query, Text::tr("organisation"), id))
            return false;
    }
    return transaction.commit();
}

bool Repository::runInTransaction(const std::function<bool()> &work)
{
    Transaction transaction(*this);
    return transaction.isActive() && work() && transaction.commit();
}

bool Repository::setCategoryWeight(RowId categoryId, int weight)
{
    if (weight < 0 || weight > 100)
        return fail(Text::tr("a sensitivity weight is between 0 and 100; got %1").arg(weight));
    Transaction transaction(*this);
    if (!transaction.isActive())
        return false;
    QSqlQuery query(m_db);
    if (!execSql(query, QStringLiteral("UPDATE data_categories SET weight = :weight WHERE id = :id"),
                 {{QStringLiteral(":weight"), weight}, {QStringLiteral(":id"), categoryId}}))
        return false;
    if (query.numRowsAffected() != 1)
        return fail(Text::tr("there is no data category with id %1").arg(categoryId));
    return transaction.commit();
}

} // namespace vigie
