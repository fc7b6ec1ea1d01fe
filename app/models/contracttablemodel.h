#pragma once

#include "recordtablemodel.h"

namespace vigie {

/// Public contracts: reference, buyer, holders, object, amount (ceiling/approximate marked, unknown
/// sorted after known amounts), notification date and duration.
class ContractTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        ReferenceColumn,
        BuyerColumn,
        HoldersColumn,
        ObjectColumn,
        AmountColumn,
        NotifiedColumn,
        DurationColumn
    };

    explicit ContractTableModel(QObject *parent = nullptr);

protected:
    int recordCount(const RecordSet &records) const override;
    RowId recordId(const RecordSet &records, int row) const override;
    RowLinks computeLinks(const RecordSet &records, int row) const override;
    QStringList columnTitles() const override;
    QStringList columnKeys() const override;
    QVariant cellData(const RecordSet &records, int row, int column, int role) const override;
};

} // namespace vigie
