#include "recordtablemodel.h"

#include "formatting.h"

#include <QColor>
#include <QFont>

namespace vigie {

namespace {

void addUnique(QList<RowId> &list, RowId id)
{
    if (id != 0 && !list.contains(id))
        list << id;
}

void addSpan(QList<RecordTableModel::YearSpan> &spans, const QDate &first, const QDate &last)
{
    if (first.isValid() && last.isValid())
        spans.append({std::min(first.year(), last.year()), std::max(first.year(), last.year())});
    else if (first.isValid() || last.isValid())
        spans.append({first.isValid() ? first.year() : last.year(), first.isValid() ? first.year() : last.year()});
}

} // namespace

RecordTableModel::RecordTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RecordTableModel::setRecordSet(std::shared_ptr<const RecordSet> records)
{
    beginResetModel();
    m_records = std::move(records);
    m_ids.clear();
    m_rowOfId.clear();
    m_links.clear();
    if (m_records) {
        const int count = recordCount(*m_records);
        m_ids.reserve(count);
        m_links.reserve(count);
        for (int row = 0; row < count; ++row) {
            const RowId id = recordId(*m_records, row);
            m_ids << id;
            m_rowOfId.insert(id, row);
            m_links << computeLinks(*m_records, row);
        }
    }
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(columnTitles().size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_records)
        return {};
    switch (role) {
    case RowIdRole:
        return m_ids.at(index.row());
    case ExportRole: {
        const QVariant value = cellData(*m_records, index.row(), index.column(), ExportRole);
        if (value.isValid())
            return value;
        const QString text = cellData(*m_records, index.row(), index.column(), Qt::DisplayRole).toString();
        return text.isEmpty() || text == unknownText() ? QVariant() : QVariant(text);
    }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::TextAlignmentRole:
    case SortRole:
        return cellData(*m_records, index.row(), index.column(), role);
    case Qt::FontRole:
    case Qt::ForegroundRole: {
        // Unknown values stand out as such, so nobody reads them as a blank or a zero.
        if (cellData(*m_records, index.row(), index.column(), Qt::DisplayRole).toString() != unknownText())
            return {};
        if (role == Qt::ForegroundRole)
            return QColor(Qt::darkGray);
        QFont font;
        font.setItalic(true);
        return font;
    }
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == ColumnKeyRole) {
        const QStringList keys = columnKeys();
        return section >= 0 && section < keys.size() ? QVariant(keys.at(section)) : QVariant();
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList titles = columnTitles();
    return section >= 0 && section < titles.size() ? QVariant(titles.at(section)) : QVariant();
}

RowId RecordTableModel::rowId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int RecordTableModel::rowOf(RowId id) const
{
    return m_rowOfId.value(id, -1);
}

const RecordTableModel::RowLinks &RecordTableModel::links(int row) const
{
    static const RowLinks none;
    return row >= 0 && row < m_links.size() ? m_links.at(row) : none;
}

RecordTableModel::RowLinks RecordTableModel::contractLinks(const RecordSet &records, const Contract &contract)
{
    RowLinks links;
    for (const ContractHolder &holder : contract.holders) {
        for (RowId id : records.withParents(holder.id))
            addUnique(links.subcontractors, id);
    }
    for (const SubcontractingAct &act : contract.subcontractingActs) {
        for (RowId id : records.withParents(act.subcontractorId))
            addUnique(links.subcontractors, id);
    }
    addUnique(links.buyers, contract.buyerId);
    QDate end;
    if (!contract.notifiedOn.isUnknown() && contract.durationMonths)
        end = contract.notifiedOn.earliest().addMonths(*contract.durationMonths).addDays(-1);
    addSpan(links.years, contract.notifiedOn.earliest(), end.isValid() ? end : contract.notifiedOn.latest());
    return links;
}

RecordTableModel::RowLinks RecordTableModel::taskLinks(const RecordSet &records, const Task &task)
{
    RowLinks links;
    for (RowId id : records.withParents(task.subcontractorId))
        addUnique(links.subcontractors, id);
    if (const Contract *contract = records.contract(task.contractId))
        addUnique(links.buyers, contract->buyerId);
    addSpan(links.years, task.startedOn.earliest(), task.endedOn.latest());
    return links;
}

RecordTableModel::RowLinks RecordTableModel::incidentLinks(const RecordSet &records, const Incident &incident)
{
    RowLinks links;
    for (RowId id : records.withParents(incident.subcontractorId))
        addUnique(links.subcontractors, id);
    // The buyer whose data leaked: the incident's contract, its task's, else those the subcontractor works for.
    const Contract *contract = records.contract(incident.contractId);
    if (!contract) {
        if (const Task *task = records.task(incident.taskId))
            contract = records.contract(task->contractId);
    }
    if (contract) {
        addUnique(links.buyers, contract->buyerId);
    } else {
        for (const Contract *held : records.contractsOf(incident.subcontractorId))
            addUnique(links.buyers, held->buyerId);
    }
    QDate first;
    QDate last;
    for (const PartialDate *date :
         {&incident.occurredOn, &incident.discoveredOn, &incident.cnilNotifiedOn, &incident.madePublicOn}) {
        if (date->isUnknown())
            continue;
        if (!first.isValid() || date->earliest() < first)
            first = date->earliest();
        if (!last.isValid() || date->latest() > last)
            last = date->latest();
    }
    addSpan(links.years, first, last);
    return links;
}

void RecordTableModel::merge(RowLinks &into, const RowLinks &from)
{
    for (RowId id : from.subcontractors)
        addUnique(into.subcontractors, id);
    for (RowId id : from.buyers)
        addUnique(into.buyers, id);
    into.years << from.years;
}

QVariant RecordTableModel::dateSortValue(const PartialDate &date)
{
    return date.isUnknown() ? QVariant() : QVariant(date.earliest());
}

QVariant RecordTableModel::dateExportValue(const PartialDate &date)
{
    return date.isUnknown() ? QVariant() : QVariant(date.toIso());
}

QVariant RecordTableModel::eurosExportValue(const std::optional<Cents> &cents)
{
    if (!cents)
        return {};
    if (*cents % 100 == 0)
        return qint64(*cents / 100);
    return double(*cents) / 100.0;
}

} // namespace vigie
