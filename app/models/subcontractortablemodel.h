#pragma once

#include "recordtablemodel.h"

namespace vigie {

/// Subcontractors with their group and how many contracts, tasks and incidents are linked to them
/// (their subsidiaries' included).
class SubcontractorTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, GroupColumn, IdentifierColumn, ContractsColumn, TasksColumn, IncidentsColumn };

    explicit SubcontractorTableModel(QObject *parent = nullptr);

protected:
    int recordCount(const RecordSet &records) const override;
    RowId recordId(const RecordSet &records, int row) const override;
    RowLinks computeLinks(const RecordSet &records, int row) const override;
    QStringList columnTitles() const override;
    QStringList columnKeys() const override;
    QVariant cellData(const RecordSet &records, int row, int column, int role) const override;
};

} // namespace vigie
