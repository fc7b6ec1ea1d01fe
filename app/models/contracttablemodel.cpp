#include "contracttablemodel.h"

#include "formatting.h"

namespace vigie {

namespace {

QString holderNames(const Contract &contract)
{
    QStringList names;
    for (const ContractHolder &holder : contract.holders)
        names << (holder.name.isEmpty() ? holder.identifier : holder.name);
    return names.join(QStringLiteral(", "));
}

} // namespace

ContractTableModel::ContractTableModel(QObject *parent)
    : RecordTableModel(parent)
{
}

int ContractTableModel::recordCount(const RecordSet &records) const
{
    return int(records.contracts().size());
}

RowId ContractTableModel::recordId(const RecordSet &records, int row) const
{
    return records.contracts().at(row).id;
}

RecordTableModel::RowLinks ContractTableModel::computeLinks(const RecordSet &records, int row) const
{
    return contractLinks(records, records.contracts().at(row));
}

QStringList ContractTableModel::columnTitles() const
{
    return {tr("Reference"),        tr("Buyer"),    tr("Holders"), tr("Object"),
            tr("Amount excl. VAT"), tr("Notified"), tr("Duration")};
}

QStringList ContractTableModel::columnKeys() const
{
    // The names `vigie export contracts` uses, where it has the same column.
    return {QStringLiteral("reference"),      QStringLiteral("buyer"),      QStringLiteral("holders"),
            QStringLiteral("object"),         QStringLiteral("amount_eur"), QStringLiteral("notified_on"),
            QStringLiteral("duration_months")};
}

QVariant ContractTableModel::cellData(const RecordSet &records, int row, int column, int role) const
{
    const Contract &contract = records.contracts().at(row);
    const QLocale locale;
    switch (column) {
    case ReferenceColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return contract.reference;
        break;
    case BuyerColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return contract.buyerName;
        break;
    case HoldersColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return holderNames(contract);
        break;
    case ObjectColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return contract.object;
        break;
    case AmountColumn:
        if (role == Qt::DisplayRole)
            return formatContractAmount(contract.amount, contract.amountKind, locale);
        if (role == SortRole)
            return contract.amount ? QVariant(qint64(*contract.amount)) : QVariant();
        if (role == ExportRole)
            return eurosExportValue(contract.amount);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole) {
            if (!contract.amount)
                return tr("Nobody has published this amount.");
            if (contract.amountKind == QLatin1String("ceiling"))
                return tr("Maximum amount of the contract (as published in the open data), not what was spent.");
            if (contract.amountKind == QLatin1String("approximate"))
                return tr("Approximate amount, as the source puts it.");
        }
        break;
    case NotifiedColumn:
        if (role == Qt::DisplayRole)
            return formatDate(contract.notifiedOn, locale);
        if (role == SortRole)
            return dateSortValue(contract.notifiedOn);
        if (role == ExportRole)
            return dateExportValue(contract.notifiedOn);
        break;
    case DurationColumn:
        if (role == Qt::DisplayRole)
            return formatDuration(contract.durationMonths);
        if (role == SortRole || role == ExportRole)
            return contract.durationMonths ? QVariant(*contract.durationMonths) : QVariant();
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

} // namespace vigie
