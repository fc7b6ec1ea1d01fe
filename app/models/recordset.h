#pragma once

#include "storage/records.h"

#include <QHash>
#include <QList>

#include <memory>

namespace vigie {

class Repository;

/// Every record of a database, read at once through the Repository, with the links between them
/// resolved. The item models and the detail panel work on one shared, immutable snapshot, so a view
/// never holds a read transaction open and all views agree. Reload after a write.
class RecordSet
{
public:
    /// One fact that cites a source, for "what does this source back?".
    struct Fact
    {
        enum class Kind { Organisation, Contract, Task, Incident, Claim };
        Kind kind = Kind::Incident;
        RowId id = 0; // record id (the incident's for a claim)
        QString label; // what the fact is: the record's name or title, or a claim's summary
        QString quote;
    };

    /// Reads everything; on failure returns nullptr and sets `error`.
    static std::shared_ptr<const RecordSet> load(const Repository &repository, QString *error = nullptr);

    const QList<Source> &sources() const { return m_sources; }
    const QList<Organisation> &organisations() const { return m_organisations; }
    const QList<Organisation> &subcontractors() const { return m_subcontractors; }
    const QList<Organisation> &buyers() const { return m_buyers; }
    const QList<Contract> &contracts() const { return m_contracts; }
    const QList<Task> &tasks() const { return m_tasks; }
    const QList<Incident> &incidents() const { return m_incidents; }
    const QList<DataCategory> &dataCategories() const { return m_categories; }

    // Lookups by id; nullptr when there is no such record.
    const Source *source(RowId id) const;
    const Organisation *organisation(RowId id) const;
    const Contract *contract(RowId id) const;
    const Task *task(RowId id) const;
    const Incident *incident(RowId id) const;
    const DataCategory *dataCategory(RowId id) const;
    QString organisationName(RowId id) const; // empty when none
    QStringList categoryNames(const QList<RowId> &ids) const;

    /// The organisation and every organisation of its group below it (TESSI -> TESSI DOCUMENTS SERVICES).
    QList<RowId> withSubsidiaries(RowId organisationId) const;
    /// Contracts held by the organisation and its subsidiaries in the whole database, open data included
    /// (contractsOf() gives the followed ones only).
    qint64 heldContractCount(RowId organisationId) const { return m_heldCounts.value(organisationId, 0); }
    /// The organisation and the groups above it, nearest first.
    QList<RowId> withParents(RowId organisationId) const;
    QList<const Organisation *> subsidiaries(RowId organisationId) const;

    /// Contracts held (or declared as sub-contracted) by the organisation or one of its subsidiaries.
    QList<const Contract *> contractsOf(RowId organisationId) const;
    QList<const Task *> tasksOf(RowId organisationId) const;
    QList<const Incident *> incidentsOf(RowId organisationId) const;
    QList<const Task *> tasksUnder(RowId contractId) const;
    /// Incidents linked to the contract directly or through one of its tasks.
    QList<const Incident *> incidentsUnder(RowId contractId) const;
    /// Every fact that cites the source.
    QList<Fact> factsOf(RowId sourceId) const;

    /// The claim that gives an incident's official figure: the first official claim with a number,
    /// else the first official claim; nullptr when no official claim exists.
    static const Claim *officialClaim(const Incident &incident);

private:
    QList<Source> m_sources;
    QList<Organisation> m_organisations;
    QList<Organisation> m_subcontractors;
    QList<Organisation> m_buyers;
    QList<Contract> m_contracts;
    QList<Task> m_tasks;
    QList<Incident> m_incidents;
    QList<DataCategory> m_categories;

    QHash<RowId, qsizetype> m_sourceIndex;
    QHash<RowId, qsizetype> m_organisationIndex;
    QHash<RowId, qsizetype> m_contractIndex;
    QHash<RowId, qsizetype> m_taskIndex;
    QHash<RowId, qsizetype> m_incidentIndex;
    QHash<RowId, qsizetype> m_categoryIndex;
    QMultiHash<RowId, RowId> m_children; // parent organisation -> its direct subsidiaries
    QHash<RowId, qint64> m_heldCounts; // organisation -> contracts held by it and its subsidiaries, all of them
};

} // namespace vigie
