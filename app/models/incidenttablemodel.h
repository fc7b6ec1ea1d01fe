#pragma once

#include "recordtablemodel.h"

namespace vigie {

/// Data-breach incidents: dates (each may be unknown), the number of people according to the
/// official claim, and whether any source backs the incident.
class IncidentTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        SubcontractorColumn,
        PeopleColumn,
        OccurredColumn,
        DiscoveredColumn,
        CnilNotifiedColumn,
        MadePublicColumn,
        StatusColumn,
        SourcedColumn
    };

    explicit IncidentTableModel(QObject *parent = nullptr);

protected:
    int recordCount(const RecordSet &records) const override;
    RowId recordId(const RecordSet &records, int row) const override;
    RowLinks computeLinks(const RecordSet &records, int row) const override;
    QStringList columnTitles() const override;
    QStringList columnKeys() const override;
    QVariant cellData(const RecordSet &records, int row, int column, int role) const override;
};

} // namespace vigie
