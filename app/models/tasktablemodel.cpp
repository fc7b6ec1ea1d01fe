#include "tasktablemodel.h"

#include "formatting.h"

namespace vigie {

TaskTableModel::TaskTableModel(QObject *parent)
    : RecordTableModel(parent)
{
}

int TaskTableModel::recordCount(const RecordSet &records) const
{
    return int(records.tasks().size());
}

RowId TaskTableModel::recordId(const RecordSet &records, int row) const
{
    return records.tasks().at(row).id;
}

RecordTableModel::RowLinks TaskTableModel::computeLinks(const RecordSet &records, int row) const
{
    return taskLinks(records, records.tasks().at(row));
}

QStringList TaskTableModel::columnTitles() const
{
    return {tr("Task"), tr("Subcontractor"), tr("Contract"), tr("Channel"), tr("From"), tr("To"), tr("Personal data")};
}

QStringList TaskTableModel::columnKeys() const
{
    return {QStringLiteral("title"),          QStringLiteral("subcontractor"), QStringLiteral("contract"),
            QStringLiteral("channel"),        QStringLiteral("started_on"),    QStringLiteral("ended_on"),
            QStringLiteral("data_categories")};
}

QVariant TaskTableModel::cellData(const RecordSet &records, int row, int column, int role) const
{
    const Task &task = records.tasks().at(row);
    const QLocale locale;
    switch (column) {
    case TitleColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return task.title;
        if (role == Qt::ToolTipRole)
            return task.description.isEmpty() ? task.title : task.title + QLatin1Char('\n') + task.description;
        break;
    case SubcontractorColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return task.subcontractorName;
        break;
    case ContractColumn:
        if (role == Qt::DisplayRole)
            return task.contractId == 0 ? unknownText() : task.contractReference;
        if (role == SortRole)
            return task.contractId == 0 ? QVariant() : QVariant(task.contractReference);
        break;
    case ChannelColumn:
        if (role == Qt::DisplayRole)
            return channelName(task.channel);
        if (role == SortRole)
            return task.channel.isEmpty() ? QVariant() : QVariant(channelName(task.channel));
        break;
    case StartColumn:
    case EndColumn: {
        const PartialDate &date = column == StartColumn ? task.startedOn : task.endedOn;
        if (role == Qt::DisplayRole)
            return formatDate(date, locale);
        if (role == SortRole)
            return dateSortValue(date);
        if (role == ExportRole)
            return dateExportValue(date);
        break;
    }
    case CategoriesColumn: {
        const QString names = records.categoryNames(task.categoryIds).join(QStringLiteral(", "));
        if (role == Qt::DisplayRole)
            return task.categoryIds.isEmpty() ? unknownText() : names;
        if (role == SortRole)
            return task.categoryIds.isEmpty() ? QVariant() : QVariant(names);
        if (role == Qt::ToolTipRole)
            return task.categoryIds.isEmpty() ? tr("No source says which personal data this task touches.") : names;
        break;
    }
    default:
        break;
    }
    return {};
}

} // namespace vigie
