#pragma once

#include "recordtablemodel.h"

namespace vigie {

/// Tasks delegated to subcontractors, with the personal data each touches.
class TaskTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        SubcontractorColumn,
        ContractColumn,
        ChannelColumn,
        StartColumn,
        EndColumn,
        CategoriesColumn
    };

    explicit TaskTableModel(QObject *parent = nullptr);

protected:
    int recordCount(const RecordSet &records) const override;
    RowId recordId(const RecordSet &records, int row) const override;
    RowLinks computeLinks(const RecordSet &records, int row) const override;
    QStringList columnTitles() const override;
    QStringList columnKeys() const override;
    QVariant cellData(const RecordSet &records, int row, int column, int role) const override;
};

} // namespace vigie
