#include "recordset.h"

#include "storage/repository.h"

#include <QCoreApplication>
#include <QSet>

namespace vigie {

namespace {

template<typename T> QHash<RowId, qsizetype> indexById(const QList<T> &records)
{
    QHash<RowId, qsizetype> index;
    index.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        index.insert(records.at(i).id, i);
    return index;
}

template<typename T> const T *find(const QList<T> &records, const QHash<RowId, qsizetype> &index, RowId id)
{
    const auto it = index.constFind(id);
    return it == index.cend() ? nullptr : &records.at(*it);
}

} // namespace

std::shared_ptr<const RecordSet> RecordSet::load(const Repository &repository, QString *error)
{
    // Repository reads report failure only through lastError(), which a success does not clear.
    const QString errorBefore = repository.lastError();
    auto set = std::make_shared<RecordSet>();
    set->m_sources = repository.sources();
    set->m_organisations = repository.organisations();
    // Not the whole open data: a national import holds a million contracts, browsed through its own
    // windowed page (OpenDataView); the record set keeps those a delegate follows.
    set->m_contracts = repository.followedContracts();
    set->m_tasks = repository.tasks();
    set->m_incidents = repository.incidents();
    set->m_categories = repository.dataCategories();
    if (repository.lastError() != errorBefore) {
        if (error)
            *error = QCoreApplication::translate("vigie::RecordSet", "cannot read the database: %1")
                         .arg(repository.lastError());
        return nullptr;
    }
    for (const Organisation &organisation : std::as_const(set->m_organisations)) {
        if (organisation.role == QLatin1String("subcontractor"))
            set->m_subcontractors.append(organisation);
        else if (organisation.role == QLatin1String("buyer"))
            set->m_buyers.append(organisation);
    }
    set->m_sourceIndex = indexById(set->m_sources);
    set->m_organisationIndex = indexById(set->m_organisations);
    set->m_contractIndex = indexById(set->m_contracts);
    // Subsidiaries are looked up for every subcontractor row: an index, not a scan of all organisations.
    // Inserted backwards, as a QMultiHash gives the last inserted first: subsidiaries come in name order.
    for (auto it = set->m_organisations.crbegin(); it != set->m_organisations.crend(); ++it) {
        if (it->parentId != 0)
            set->m_children.insert(it->parentId, it->id);
    }
    // Contracts held, open data included: the record set keeps the followed ones only. A group counts
    // the distinct contracts of its members (two of them may hold one contract together).
    set->m_heldCounts = repository.heldContractCounts();
    QSet<RowId> groups;
    for (auto it = set->m_children.keyBegin(); it != set->m_children.keyEnd(); ++it)
        groups.insert(*it);
    for (RowId group : std::as_const(groups))
        set->m_heldCounts.insert(group, repository.heldContractCount(set->withSubsidiaries(group)));
    set->m_taskIndex = indexById(set->m_tasks);
    set->m_incidentIndex = indexById(set->m_incidents);
    set->m_categoryIndex = indexById(set->m_categories);
    return set;
}

const Source *RecordSet::source(RowId id) const
{
    return find(m_sources, m_sourceIndex, id);
}

const Organisation *RecordSet::organisation(RowId id) const
{
    return find(m_organisations, m_organisationIndex, id);
}

const Contract *RecordSet::contract(RowId id) const
{
    return find(m_contracts, m_contractIndex, id);
}

const Task *RecordSet::task(RowId id) const
{
    return find(m_tasks, m_taskIndex, id);
}

const Incident *RecordSet::incident(RowId id) const
{
    return find(m_incidents, m_incidentIndex, id);
}

const DataCategory *RecordSet::dataCategory(RowId id) const
{
    return find(m_categories, m_categoryIndex, id);
}

QString RecordSet::organisationName(RowId id) const
{
    const Organisation *organisation = this->organisation(id);
    return organisation ? organisation->name : QString();
}

QStringList RecordSet::categoryNames(const QList<RowId> &ids) const
{
    QStringList names;
    for (RowId id : ids) {
        if (const DataCategory *category = dataCategory(id))
            names << category->name;
    }
    return names;
}

QList<RowId> RecordSet::withSubsidiaries(RowId organisationId) const
{
    QList<RowId> result;
    if (organisationId == 0)
        return result;
    result << organisationId;
    // Breadth-first; the seen check guards against a cycle the schema cannot fully rule out.
    for (qsizetype i = 0; i < result.size(); ++i) {
        for (auto it = m_children.constFind(result.at(i)); it != m_children.cend() && it.key() == result.at(i); ++it) {
            if (!result.contains(it.value()))
                result << it.value();
        }
    }
    return result;
}

QList<RowId> RecordSet::withParents(RowId organisationId) const
{
    QList<RowId> result;
    for (const Organisation *organisation = this->organisation(organisationId);
         organisation && !result.contains(organisation->id); organisation = this->organisation(organisation->parentId))
        result << organisation->id;
    return result;
}

QList<const Organisation *> RecordSet::subsidiaries(RowId organisationId) const
{
    QList<const Organisation *> result;
    const QList<RowId> ids = withSubsidiaries(organisationId);
    for (qsizetype i = 1; i < ids.size(); ++i)
        result << organisation(ids.at(i));
    return result;
}

QList<const Contract *> RecordSet::contractsOf(RowId organisationId) const
{
    QList<const Contract *> result;
    const QList<RowId> group = withSubsidiaries(organisationId);
    for (const Contract &contract : m_contracts) {
        bool linked = false;
        for (const ContractHolder &holder : contract.holders)
            linked = linked || group.contains(holder.id);
        for (const SubcontractingAct &act : contract.subcontractingActs)
            linked = linked || group.contains(act.subcontractorId);
        if (linked)
            result << &contract;
    }
    return result;
}

QList<const Task *> RecordSet::tasksOf(RowId organisationId) const
{
    QList<const Task *> result;
    const QList<RowId> group = withSubsidiaries(organisationId);
    for (const Task &task : m_tasks) {
        if (group.contains(task.subcontractorId))
            result << &task;
    }
    return result;
}

QList<const Incident *> RecordSet::incidentsOf(RowId organisationId) const
{
    QList<const Incident *> result;
    const QList<RowId> group = withSubsidiaries(organisationId);
    for (const Incident &incident : m_incidents) {
        if (group.contains(incident.subcontractorId))
            result << &incident;
    }
    return result;
}

QList<const Task *> RecordSet::tasksUnder(RowId contractId) const
{
    QList<const Task *> result;
    for (const Task &task : m_tasks) {
        if (contractId != 0 && task.contractId == contractId)
            result << &task;
    }
    return result;
}

QList<const Incident *> RecordSet::incidentsUnder(RowId contractId) const
{
    QList<const Incident *> result;
    if (contractId == 0)
        return result;
    for (const Incident &incident : m_incidents) {
        const Task *task = this->task(incident.taskId);
        if (incident.contractId == contractId || (task && task->contractId == contractId))
            result << &incident;
    }
    return result;
}

QList<RecordSet::Fact> RecordSet::factsOf(RowId sourceId) const
{
    QList<Fact> facts;
    auto cites = [sourceId](const QList<Citation> &citations, QString *quote) {
        for (const Citation &citation : citations) {
            if (citation.sourceId == sourceId) {
                *quote = citation.quote;
                return true;
            }
        }
        return false;
    };
    QString quote;
    for (const Organisation &organisation : m_organisations) {
        if (cites(organisation.citations, &quote))
            facts.append({Fact::Kind::Organisation, organisation.id, organisation.name, quote});
    }
    for (const Contract &contract : m_contracts) {
        if (cites(contract.citations, &quote))
            facts.append({Fact::Kind::Contract, contract.id, contract.reference, quote});
    }
    for (const Task &task : m_tasks) {
        if (cites(task.citations, &quote))
            facts.append({Fact::Kind::Task, task.id, task.title, quote});
    }
    for (const Incident &incident : m_incidents) {
        if (cites(incident.citations, &quote))
            facts.append({Fact::Kind::Incident, incident.id, incident.title, quote});
        for (const Claim &claim : incident.claims) {
            if (claim.sourceId == sourceId) {
                facts.append({Fact::Kind::Claim, incident.id,
                              QCoreApplication::translate("vigie::RecordSet", "%1: claim by %2")
                                  .arg(incident.title, claim.claimant),
                              claim.quote});
            }
        }
        for (const Consequence &consequence : incident.consequences) {
            if (consequence.sourceId == sourceId) {
                facts.append({Fact::Kind::Incident, incident.id,
                              QCoreApplication::translate("vigie::RecordSet", "%1: consequence (%2)")
                                  .arg(incident.title, consequence.description),
                              consequence.quote});
            }
        }
    }
    return facts;
}

const Claim *RecordSet::officialClaim(const Incident &incident)
{
    const Claim *first = nullptr;
    for (const Claim &claim : incident.claims) {
        if (!claim.isOfficial)
            continue;
        if (claim.people)
            return &claim;
        if (!first)
            first = &claim;
    }
    return first;
}

} // namespace vigie
