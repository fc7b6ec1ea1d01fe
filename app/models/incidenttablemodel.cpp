#include "incidenttablemodel.h"

#include "formatting.h"

#include <QColor>

namespace vigie {

IncidentTableModel::IncidentTableModel(QObject *parent)
    : RecordTableModel(parent)
{
}

int IncidentTableModel::recordCount(const RecordSet &records) const
{
    return int(records.incidents().size());
}

RowId IncidentTableModel::recordId(const RecordSet &records, int row) const
{
    return records.incidents().at(row).id;
}

RecordTableModel::RowLinks IncidentTableModel::computeLinks(const RecordSet &records, int row) const
{
    return incidentLinks(records, records.incidents().at(row));
}

QStringList IncidentTableModel::columnTitles() const
{
    return {tr("Incident"),    tr("Subcontractor"), tr("People (official)"),
            tr("Occurred"),    tr("Discovered"),    tr("Notified to the CNIL"),
            tr("Made public"), tr("Status"),        tr("Sources")};
}

QStringList IncidentTableModel::columnKeys() const
{
    return {QStringLiteral("title"),          QStringLiteral("subcontractor"), QStringLiteral("people_official"),
            QStringLiteral("occurred_on"),    QStringLiteral("discovered_on"), QStringLiteral("cnil_notified_on"),
            QStringLiteral("made_public_on"), QStringLiteral("status"),        QStringLiteral("sourced")};
}

QVariant IncidentTableModel::cellData(const RecordSet &records, int row, int column, int role) const
{
    const Incident &incident = records.incidents().at(row);
    const QLocale locale;
    switch (column) {
    case TitleColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return incident.title;
        if (role == Qt::ToolTipRole)
            return incident.description.isEmpty() ? incident.title
                                                  : incident.title + QLatin1Char('\n') + incident.description;
        break;
    case SubcontractorColumn:
        if (role == Qt::DisplayRole)
            return incident.subcontractorId == 0 ? unknownText() : incident.subcontractorName;
        if (role == SortRole)
            return incident.subcontractorId == 0 ? QVariant() : QVariant(incident.subcontractorName);
        break;
    case OccurredColumn:
    case DiscoveredColumn:
    case CnilNotifiedColumn:
    case MadePublicColumn: {
        const PartialDate &date = column == OccurredColumn ? incident.occurredOn
            : column == DiscoveredColumn                   ? incident.discoveredOn
            : column == CnilNotifiedColumn                 ? incident.cnilNotifiedOn
                                                           : incident.madePublicOn;
        if (role == Qt::DisplayRole)
            return formatDate(date, locale);
        if (role == SortRole)
            return dateSortValue(date);
        if (role == ExportRole)
            return dateExportValue(date);
        break;
    }
    case PeopleColumn: {
        const Claim *claim = RecordSet::officialClaim(incident);
        const std::optional<qint64> people = claim ? claim->people : std::nullopt;
        if (role == Qt::DisplayRole)
            return formatCount(people, locale);
        if (role == SortRole || role == ExportRole)
            return people ? QVariant(*people) : QVariant();
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole) {
            // Every claim, so a figure that differs from the official one is one hover away.
            QStringList lines;
            for (const Claim &other : incident.claims) {
                QString line = tr("%1%2: %3")
                                   .arg(other.claimant, other.isOfficial ? tr(" (official)") : QString(),
                                        formatCount(other.people, locale));
                if (!other.peopleNote.isEmpty())
                    line += QStringLiteral(" (%1)").arg(other.peopleNote);
                lines << line;
            }
            return lines.isEmpty() ? tr("No claim recorded.") : lines.join(QLatin1Char('\n'));
        }
        break;
    }
    case StatusColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return statusName(incident.status);
        break;
    case SourcedColumn: {
        const bool sourced = incident.isSourced();
        if (role == Qt::DisplayRole)
            return sourced ? tr("sourced") : tr("unsourced");
        if (role == SortRole)
            return sourced ? 1 : 0;
        if (role == Qt::ToolTipRole)
            return sourced ? tr("At least one source backs this incident.")
                           : tr("No source backs this incident: add one before quoting it.");
        break;
    }
    default:
        break;
    }
    return {};
}

} // namespace vigie
