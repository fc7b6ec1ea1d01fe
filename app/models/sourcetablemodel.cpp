#include "sourcetablemodel.h"

#include "formatting.h"

namespace vigie {

SourceTableModel::SourceTableModel(QObject *parent)
    : RecordTableModel(parent)
{
}

int SourceTableModel::recordCount(const RecordSet &records) const
{
    return int(records.sources().size());
}

RowId SourceTableModel::recordId(const RecordSet &records, int row) const
{
    return records.sources().at(row).id;
}

RecordTableModel::RowLinks SourceTableModel::computeLinks(const RecordSet &records, int row) const
{
    const Source &source = records.sources().at(row);
    RowLinks links;
    // A source is about the subcontractors and buyers of the facts it backs; its period is its date.
    for (const RecordSet::Fact &fact : records.factsOf(source.id)) {
        switch (fact.kind) {
        case RecordSet::Fact::Kind::Organisation: {
            const Organisation *organisation = records.organisation(fact.id);
            if (organisation && organisation->role == QLatin1String("buyer")) {
                if (!links.buyers.contains(organisation->id))
                    links.buyers << organisation->id;
            } else {
                for (RowId id : records.withParents(fact.id)) {
                    if (!links.subcontractors.contains(id))
                        links.subcontractors << id;
                }
            }
            break;
        }
        case RecordSet::Fact::Kind::Contract:
            if (const Contract *contract = records.contract(fact.id)) {
                RowLinks other = contractLinks(records, *contract);
                other.years.clear();
                merge(links, other);
            }
            break;
        case RecordSet::Fact::Kind::Task:
            if (const Task *task = records.task(fact.id)) {
                RowLinks other = taskLinks(records, *task);
                other.years.clear();
                merge(links, other);
            }
            break;
        case RecordSet::Fact::Kind::Incident:
        case RecordSet::Fact::Kind::Claim:
            if (const Incident *incident = records.incident(fact.id)) {
                RowLinks other = incidentLinks(records, *incident);
                other.years.clear();
                merge(links, other);
            }
            break;
        }
    }
    if (!source.publishedOn.isUnknown())
        links.years.append({source.publishedOn.year(), source.publishedOn.year()});
    return links;
}

QStringList SourceTableModel::columnTitles() const
{
    return {tr("Title"), tr("Publisher"), tr("Kind"), tr("Published"), tr("Reference"), tr("Facts")};
}

QStringList SourceTableModel::columnKeys() const
{
    return {QStringLiteral("title"),        QStringLiteral("publisher"), QStringLiteral("kind"),
            QStringLiteral("published_on"), QStringLiteral("reference"), QStringLiteral("facts")};
}

QVariant SourceTableModel::cellData(const RecordSet &records, int row, int column, int role) const
{
    const Source &source = records.sources().at(row);
    const QLocale locale;
    switch (column) {
    case TitleColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return source.title;
        if (role == Qt::ToolTipRole)
            return source.notes.isEmpty() ? source.title : source.title + QLatin1Char('\n') + source.notes;
        break;
    case PublisherColumn:
        if (role == Qt::DisplayRole)
            return source.publisher.isEmpty() ? unknownText() : source.publisher;
        if (role == SortRole)
            return source.publisher.isEmpty() ? QVariant() : QVariant(source.publisher);
        break;
    case KindColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return sourceKindName(source.kind);
        break;
    case PublishedColumn:
        if (role == Qt::DisplayRole)
            return formatDate(source.publishedOn, locale);
        if (role == SortRole)
            return dateSortValue(source.publishedOn);
        if (role == ExportRole)
            return dateExportValue(source.publishedOn);
        if (role == Qt::ToolTipRole && !source.retrievedOn.isUnknown())
            return tr("Retrieved on %1").arg(formatDate(source.retrievedOn, locale));
        break;
    case ReferenceColumn: {
        const QString reference = source.url.isEmpty() ? source.fileRef : source.url;
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return reference;
        if (role == SortRole)
            return reference.isEmpty() ? QVariant() : QVariant(reference);
        break;
    }
    case FactsColumn: {
        const qint64 count = records.factsOf(source.id).size();
        if (role == Qt::DisplayRole)
            return locale.toString(count);
        if (role == SortRole || role == ExportRole)
            return count;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("Number of facts (organisations, contracts, tasks, incidents, claims) this source backs");
        break;
    }
    default:
        break;
    }
    return {};
}

} // namespace vigie
