#include "subcontractortablemodel.h"

#include "formatting.h"

namespace vigie {

SubcontractorTableModel::SubcontractorTableModel(QObject *parent)
    : RecordTableModel(parent)
{
}

int SubcontractorTableModel::recordCount(const RecordSet &records) const
{
    return int(records.subcontractors().size());
}

RowId SubcontractorTableModel::recordId(const RecordSet &records, int row) const
{
    return records.subcontractors().at(row).id;
}

RecordTableModel::RowLinks SubcontractorTableModel::computeLinks(const RecordSet &records, int row) const
{
    const Organisation &organisation = records.subcontractors().at(row);
    RowLinks links;
    // A subcontractor is "in" a period or "working for" a buyer through what it did.
    for (const Contract *contract : records.contractsOf(organisation.id))
        merge(links, contractLinks(records, *contract));
    for (const Task *task : records.tasksOf(organisation.id))
        merge(links, taskLinks(records, *task));
    for (const Incident *incident : records.incidentsOf(organisation.id))
        merge(links, incidentLinks(records, *incident));
    // Its own group only: a subsidiary's contract must not list the row under an unrelated holder.
    links.subcontractors = records.withParents(organisation.id);
    return links;
}

QStringList SubcontractorTableModel::columnTitles() const
{
    return {tr("Name"), tr("Group"), tr("Identifier"), tr("Contracts"), tr("Tasks"), tr("Incidents")};
}

QStringList SubcontractorTableModel::columnKeys() const
{
    return {QStringLiteral("name"),      QStringLiteral("group"), QStringLiteral("identifier"),
            QStringLiteral("contracts"), QStringLiteral("tasks"), QStringLiteral("incidents")};
}

QVariant SubcontractorTableModel::cellData(const RecordSet &records, int row, int column, int role) const
{
    const Organisation &organisation = records.subcontractors().at(row);
    auto count = [&](int which) -> qint64 {
        switch (which) {
        case ContractsColumn:
            // All it holds, open data included, not only the followed contracts the details list.
            return records.heldContractCount(organisation.id);
        case TasksColumn:
            return records.tasksOf(organisation.id).size();
        default:
            return records.incidentsOf(organisation.id).size();
        }
    };
    switch (column) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return organisation.name;
        if (role == Qt::ToolTipRole)
            return organisation.notes.isEmpty() ? organisation.name
                                                : organisation.name + QLatin1Char('\n') + organisation.notes;
        break;
    case GroupColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return organisation.parentName;
        break;
    case IdentifierColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            if (organisation.identifier.isEmpty())
                return role == Qt::DisplayRole ? QVariant(unknownText()) : QVariant();
            return organisation.identifier;
        }
        if (role == Qt::ToolTipRole && organisation.idType)
            return identifierTypeCode(*organisation.idType) + QLatin1Char(' ') + organisation.identifier;
        break;
    case ContractsColumn:
    case TasksColumn:
    case IncidentsColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(count(column));
        if (role == SortRole || role == ExportRole)
            return count(column);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && !records.subsidiaries(organisation.id).isEmpty())
            return tr("Including those of its subsidiaries");
        break;
    default:
        break;
    }
    return {};
}

} // namespace vigie
