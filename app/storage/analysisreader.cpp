#include "analysisreader.h"

#include "storage/database.h"
#include "storage/repository.h"
#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <sqlite3.h>

namespace vigie {

namespace {

// lupdate files these strings under the context named here, the one they are looked up with.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(vigie::AnalysisReader)
};

// Month index of an ISO partial date column, NULL when the date is unknown; a year alone is its January.
QString monthOf(const QString &column)
{
    return QStringLiteral(R"((CAST(substr(%1, 1, 4) AS INTEGER) * 12 + max(CAST(substr(%1, 6, 2) AS INTEGER), 1) - 1))")
        .arg(column);
}

// A forward-only query read in step with the contracts, all ordered by contract id. It steps SQLite's own
// statement: at a million rows, QSqlQuery's QVariant per value costs more than the query itself.
class MergeCursor
{
public:
    bool exec(const QSqlDatabase &db, const QString &sql, QString *error)
    {
        sqlite3 *handle = sqliteHandle(db);
        if (!handle) {
            *error = Tr::tr("the database is not an SQLite database");
            return false;
        }
        if (!m_statement.prepare(handle, sql.toUtf8().constData())) {
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
            return false;
        }
        advance();
        if (m_failed) {
            *error = m_statement.errorMessage();
            return false;
        }
        return true;
    }
    // True while the current row belongs to `key`; skips rows of contracts not read.
    bool at(RowId key)
    {
        while (m_valid && m_key < key)
            advance();
        return m_valid && m_key == key;
    }
    void advance()
    {
        const int rc = m_statement.step();
        m_valid = rc == SQLITE_ROW;
        m_failed = m_failed || (rc != SQLITE_ROW && rc != SQLITE_DONE);
        if (m_valid)
            m_key = m_statement.int64(0);
    }
    bool isNull(int i) const { return m_statement.isNull(i); }
    qint64 integer(int i) const { return m_statement.int64(i); }
    template<typename T> std::optional<T> optional(int i) const
    {
        return isNull(i) ? std::nullopt : std::optional<T>(T(integer(i)));
    }
    int month(int i) const { return isNull(i) ? -1 : int(integer(i)); }
    bool valid() const { return m_valid; }
    bool failed() const { return m_failed; }
    RowId key() const { return m_key; }
    QString error() const { return m_statement.errorMessage(); }

private:
    SqliteStatement m_statement;
    bool m_valid = false;
    bool m_failed = false;
    RowId m_key = 0;
};

template<typename T> std::optional<T> optionalValue(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return T(v.toLongLong());
}

QString idList(const QList<RowId> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (RowId id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

bool execQuery(QSqlQuery &query, const QString &sql, QString *error)
{
    query.setForwardOnly(true);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

PartialDate dateValue(const QVariant &v)
{
    return PartialDate::parse(v.toString()).value_or(PartialDate());
}

// Every contract (or only those involving `organisations`) with its holders, amendments, acts and sources,
// merging five forward-only queries in contract-id order.
bool scanContracts(const QSqlDatabase &db, const QList<RowId> *organisations,
                   const AnalysisSource::ContractVisitor &visit, QString *error)
{
    QString restrict;
    if (organisations) {
        const QString ids = idList(*organisations);
        restrict = QStringLiteral(R"(WHERE contract_id IN (
                SELECT contract_id FROM contract_holders WHERE organisation_id IN (%1)
                UNION SELECT contract_id FROM subcontracting_acts WHERE subcontractor_id IN (%1)))")
                       .arg(ids);
    }
    QString contractRestrict = restrict;
    contractRestrict.replace(QStringLiteral("WHERE contract_id IN"), QStringLiteral("WHERE c.id IN"));

    MergeCursor contracts, holders, amendments, acts, sources;
    const bool ok
        = contracts.exec(db,
                         QStringLiteral(R"(SELECT c.id, c.amount_cents, %1, length(c.notified_on) = 4, c.duration_months
                                           FROM contracts AS c %2 ORDER BY c.id)")
                             .arg(monthOf(QStringLiteral("c.notified_on")), contractRestrict),
                         error)
        && holders.exec(db,
                        QStringLiteral(R"(SELECT contract_id, organisation_id FROM contract_holders %1
                                          ORDER BY contract_id, organisation_id)")
                            .arg(restrict),
                        error)
        && amendments.exec(db,
                           QStringLiteral(R"(SELECT contract_id, id, %1, new_amount_cents, new_duration_months
                                             FROM amendments %2 ORDER BY contract_id)")
                               .arg(monthOf(QStringLiteral("signed_on")), restrict),
                           error)
        && acts.exec(db,
                     QStringLiteral(R"(SELECT contract_id, id, subcontractor_id, amount_cents, %1
                                       FROM subcontracting_acts %2 ORDER BY contract_id)")
                         .arg(monthOf(QStringLiteral("declared_on")), restrict),
                     error)
        && sources.exec(db,
                        QStringLiteral(R"(SELECT contract_id, source_id FROM contract_sources %1
                                          ORDER BY contract_id, source_id)")
                            .arg(restrict),
                        error);
    if (!ok)
        return false;

    while (contracts.valid()) {
        ContractFacts row;
        row.id = contracts.key();
        row.amount = contracts.optional<Cents>(1);
        row.month = contracts.month(2);
        row.yearOnly = contracts.integer(3) != 0;
        row.duration = contracts.optional<int>(4);
        for (; holders.at(row.id); holders.advance())
            row.holders.append(holders.integer(1));
        for (; amendments.at(row.id); amendments.advance()) {
            row.amendments.append(AmendmentFacts {amendments.integer(1), amendments.month(2),
                                                  amendments.optional<Cents>(3), amendments.optional<int>(4)});
        }
        for (; acts.at(row.id); acts.advance())
            row.acts.append(ActFacts {acts.integer(1), acts.integer(2), acts.optional<Cents>(3), acts.month(4)});
        for (; sources.at(row.id); sources.advance())
            row.sources.append(sources.integer(1));
        visit(row);
        contracts.advance();
    }
    for (const MergeCursor *cursor : {&contracts, &holders, &amendments, &acts, &sources}) {
        if (cursor->failed()) {
            *error = cursor->error();
            return false;
        }
    }
    return true;
}

bool readOrganisations(const QSqlDatabase &db, QList<OrganisationFacts> *organisations, QString *error)
{
    QSqlQuery query(db);
    if (!execQuery(query, QStringLiteral(R"(SELECT id, name, parent_id FROM organisations ORDER BY id)"), error))
        return false;
    while (query.next())
        *organisations << OrganisationFacts {query.value(0).toLongLong(), query.value(1).toString(),
                                             query.value(2).toLongLong()};
    return true;
}

// Through the repository, so that one statement says how a source is read.
bool readSources(const QSqlDatabase &db, QList<SourceRef> *sources, QString *error)
{
    const Repository repository(db);
    const QList<Source> stored = repository.sources();
    if (!repository.lastError().isEmpty()) {
        *error = repository.lastError();
        return false;
    }
    for (const Source &source : stored)
        *sources << SourceRef {source.id,          source.title, source.publisher, source.kind,
                               source.publishedOn, source.url,   source.fileRef};
    std::sort(sources->begin(), sources->end(), [](const SourceRef &a, const SourceRef &b) { return a.id < b.id; });
    return true;
}

bool readIncidents(const QSqlDatabase &db, AnalysisTables *tables, QString *error)
{
    QSqlQuery query(db);
    if (!execQuery(query, QStringLiteral(R"(SELECT id, weight FROM data_categories)"), error))
        return false;
    while (query.next())
        tables->categoryWeights.insert(query.value(0).toLongLong(), query.value(1).toInt());

    QHash<RowId, QList<RowId>> claimCategories;
    if (!execQuery(query, QStringLiteral(R"(SELECT claim_id, category_id FROM claim_data_categories
                                     ORDER BY claim_id, category_id)"),
                   error))
        return false;
    while (query.next())
        claimCategories[query.value(0).toLongLong()].append(query.value(1).toLongLong());

    QHash<RowId, QList<ClaimFacts>> claims;
    if (!execQuery(query, QStringLiteral(R"(SELECT id, incident_id, is_official, people, source_id FROM claims
                                     ORDER BY incident_id, id)"),
                   error))
        return false;
    while (query.next()) {
        ClaimFacts claim;
        claim.id = query.value(0).toLongLong();
        claim.official = query.value(2).toBool();
        claim.people = optionalValue<qint64>(query.value(3));
        claim.sourceId = query.value(4).toLongLong();
        claim.categories = claimCategories.value(claim.id);
        claims[query.value(1).toLongLong()].append(claim);
    }

    QHash<RowId, QList<RowId>> incidentSources;
    if (!execQuery(query, QStringLiteral(R"(SELECT incident_id, source_id FROM incident_sources
                                     ORDER BY incident_id, source_id)"),
                   error))
        return false;
    while (query.next())
        incidentSources[query.value(0).toLongLong()].append(query.value(1).toLongLong());

    if (!execQuery(query,
                   QStringLiteral(R"(SELECT id, title, subcontractor_id, occurred_on, discovered_on, cnil_notified_on,
                                            made_public_on
                                     FROM incidents ORDER BY id)"),
                   error))
        return false;
    while (query.next()) {
        IncidentFacts incident;
        incident.id = query.value(0).toLongLong();
        incident.title = query.value(1).toString();
        incident.subcontractorId = query.value(2).toLongLong();
        incident.occurredOn = dateValue(query.value(3));
        incident.discoveredOn = dateValue(query.value(4));
        incident.cnilNotifiedOn = dateValue(query.value(5));
        incident.madePublicOn = dateValue(query.value(6));
        incident.sources = incidentSources.value(incident.id);
        incident.claims = claims.value(incident.id);
        tables->incidents << incident;
    }
    return true;
}

} // namespace

AnalysisReader::AnalysisReader(const QSqlDatabase &db)
    : m_db(db)
{
}

std::optional<DataVersion> AnalysisReader::version(QString *error)
{
    // data_version moves when another connection commits, total_changes() when this one writes.
    QSqlQuery query(m_db);
    DataVersion version;
    if (query.exec(QStringLiteral(R"(PRAGMA data_version)")) && query.next())
        version.others = query.value(0).toLongLong();
    if (query.exec(QStringLiteral(R"(SELECT total_changes())")) && query.next())
        version.own = query.value(0).toLongLong();
    query.finish();
    if (version.others < 0 || version.own < 0) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return version;
}

bool AnalysisReader::read(AnalysisTables *tables, const ContractVisitor &visit, QString *error)
{
    const bool transaction = m_db.transaction();
    const bool ok = readOrganisations(m_db, &tables->organisations, error) && readSources(m_db, &tables->sources, error)
        && scanContracts(m_db, nullptr, visit, error) && readIncidents(m_db, tables, error);
    if (transaction)
        m_db.commit();
    return ok;
}

bool AnalysisReader::readContracts(const QList<RowId> &organisations, const ContractVisitor &visit, QString *error)
{
    return scanContracts(m_db, &organisations, visit, error);
}

std::optional<QHash<RowId, QString>> AnalysisReader::contractReferences(const QList<RowId> &ids, QString *error)
{
    QHash<RowId, QString> references;
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral(R"(SELECT reference FROM contracts WHERE id = :id)"))) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    for (RowId id : ids) {
        query.bindValue(QStringLiteral(":id"), id);
        if (!query.exec()) {
            *error = query.lastError().text();
            return std::nullopt;
        }
        if (query.next())
            references.insert(id, query.value(0).toString());
    }
    return references;
}

} // namespace vigie
