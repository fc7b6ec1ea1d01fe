#pragma once

#include "recordtablemodel.h"

namespace vigie {

/// The documents facts come from, with how many facts each one backs.
class SourceTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, PublisherColumn, KindColumn, PublishedColumn, ReferenceColumn, FactsColumn };

    explicit SourceTableModel(QObject *parent = nullptr);

protected:
    int recordCount(const RecordSet &records) const override;
    RowId recordId(const RecordSet &records, int row) const override;
    RowLinks computeLinks(const RecordSet &records, int row) const override;
    QStringList columnTitles() const override;
    QStringList columnKeys() const override;
    QVariant cellData(const RecordSet &records, int row, int column, int role) const override;
};

} // namespace vigie
