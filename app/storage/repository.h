#pragma once

#include "records.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVariantMap>

#include <functional>

class QSqlQuery;

namespace vigie {

/// Reads and writes the records of a Vigie database. All SQL for these records lives in
/// repository.cpp. Every write is one transaction: it happens whole or not at all.
/// Not thread-safe: use it on the thread that owns the connection.
class Repository
{
public:
    explicit Repository(const QSqlDatabase &db);

    QString lastError() const { return m_error; }

    // Reads. Lists are sorted for display (by name, by date descending for incidents).
    QList<Source> sources() const;
    std::optional<Source> source(RowId id) const;
    QList<Organisation> organisations() const;
    QList<Organisation> subcontractors() const; // role = 'subcontractor'
    QList<Organisation> buyers() const; // role = 'buyer'
    std::optional<Organisation> organisation(RowId id) const;
    QList<Contract> contracts() const; // with holders, amendments, acts, citations
    /// The ids of every contract, in the order contracts() lists them: to read a million in bounded memory,
    /// a few hundred at a time with contracts(ids).
    QList<RowId> contractIds() const;
    /// The contracts `ids` (with holders, amendments, acts, citations), in the order of `ids`; unknown ids
    /// are left out.
    QList<Contract> contracts(const QList<RowId> &ids) const;
    /// The contracts a delegate follows, not the whole open data: entered by hand, of a watched group,
    /// linked to a task or an incident, or held by a subcontractor (or a subsidiary) that has one.
    QList<Contract> followedContracts() const;
    /// How many contracts each organisation holds, open data included (contract_holders, by its index).
    QHash<RowId, qint64> heldContractCounts() const;
    /// How many distinct contracts the organisations of `group` hold between them.
    qint64 heldContractCount(const QList<RowId> &group) const;
    std::optional<Contract> contract(RowId id) const;
    QList<Task> tasks() const;
    std::optional<Task> task(RowId id) const;
    QList<Incident> incidents() const; // with claims, consequences, citations
    std::optional<Incident> incident(RowId id) const;
    QList<DataCategory> dataCategories() const;

    // Writes. Each returns false and sets lastError() on failure, leaving the database unchanged.
    // Saving a record with id 0 inserts it and sets its id; otherwise it replaces the stored one,
    // including its child rows (claims, holders, citations...).

    /// What a save of a record with an id does: replace the stored record, or write a deleted record back
    /// under its former id (undo and redo do, so that whatever still names that id finds it). Recreate fails,
    /// changing nothing, when the id has been taken meanwhile.
    enum class SaveMode { Update, Recreate };
    bool saveSource(Source &source, SaveMode mode = SaveMode::Update);
    bool saveOrganisation(Organisation &organisation, SaveMode mode = SaveMode::Update);
    bool saveContract(Contract &contract);
    bool saveTask(Task &task, SaveMode mode = SaveMode::Update);
    /// Validates (validateIncident) then writes the incident with its claims, consequences and citations.
    bool saveIncident(Incident &incident, QDate today = QDate::currentDate(), SaveMode mode = SaveMode::Update);
    bool deleteIncident(RowId id);
    /// Delete a record that nothing refers to; otherwise fail, saying what still refers to it (a source still
    /// cited, a subcontractor that holds contracts or has tasks...). Subsidiaries of a deleted organisation
    /// leave its group; a task's citations and data categories go with it.
    bool deleteSource(RowId id);
    /// Refused while companies belong to its group, except those in `leaveGroup`, which leave it first (undoing
    /// the save that put them there).
    bool deleteOrganisation(RowId id, const QList<RowId> &leaveGroup = {});
    bool deleteTask(RowId id);
    /// The organisation whose identifier (SIREN, SIRET, TVA or HORS-UE, normalised) is `reference`, else those
    /// whose name is `reference` (ignoring case): none, one, or several of the same name.
    QList<RowId> organisationsNamed(const QString &reference) const;
    /// Puts the organisations `ids` on the watch list (or takes them off), all or none.
    bool setWatched(const QList<RowId> &ids, bool watched);
    /// Takes the organisations `ids` out of the group `groupId` (those still in it): what undoing a save that
    /// linked establishments to their group does.
    bool detachFromGroup(RowId groupId, const QList<RowId> &ids);
    bool setCategoryWeight(RowId categoryId, int weight);
    /// Runs `work` (writes through this repository) as one transaction: all of it, or, when it returns false,
    /// none of it (lastError() then says why, as the failing write set it).
    bool runInTransaction(const std::function<bool()> &work);

private:
    class Transaction;

    bool exec(QSqlQuery &query) const;
    bool execSql(QSqlQuery &query, const QString &sql, const QVariantMap &values) const;
    bool readAll(const QSqlQuery &query) const;
    bool fail(const QString &message);
    bool checkUpdated(QSqlQuery &query, const QString &what, RowId id);
    /// For a Recreate save: fails unless `id` is free in `table`.
    bool checkFree(const QString &table, const QString &what, RowId id);
    /// Fails saying what refers to WHAT when one of the counts (SQL returning one row of counts, each named by
    /// the untranslated plural text in `labels`, "%Ln task(s)") is not zero.
    bool checkUnused(const QString &what, const QString &countsSql, const QList<const char *> &labels, RowId id);
    /// Deletes row `id` of `table` in a transaction, unless checkUnused finds something refers to it.
    bool deleteUnused(const QString &table, const QString &what, const QString &named, const QString &countsSql,
                      const QList<const char *> &labels, RowId id);
    bool writeCitations(const QString &table, const QString &column, RowId ownerId, const QList<Citation> &citations);
    // onlyId 0 reads every record.
    QList<Source> readSources(RowId onlyId) const;
    QList<Organisation> readOrganisations(RowId onlyId, const QString &role) const;
    // chosen: a common table expression defining the contracts to read, "chosen" (see rowFilter); empty: all,
    // or onlyId.
    QList<Contract> readContracts(RowId onlyId, const QString &chosen = {}) const;
    QList<Task> readTasks(RowId onlyId) const;
    QList<Incident> readIncidents(RowId onlyId) const;
    // chosen: a common table expression defining "chosen" contracts, to read their citations only.
    QHash<RowId, QList<Citation>> readCitations(const QString &table, const QString &column, RowId onlyId,
                                                const QString &chosen = {}) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace vigie
