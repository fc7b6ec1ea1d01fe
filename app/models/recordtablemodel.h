#pragma once

#include "recordset.h"

#include <QAbstractTableModel>

#include <memory>

namespace vigie {

/// Base of the table models over a RecordSet: one row per record, in the RecordSet's order.
/// Every cell answers Qt::DisplayRole (text formatted for the default QLocale), SortRole (a number,
/// QDate or text that sorts right; an invalid QVariant when the value is unknown), ExportRole (the value
/// for a file: numbers as numbers, euros not cents, dates as ISO text, null when unknown), ToolTipRole and
/// RowIdRole (the record's id). The horizontal header answers ColumnKeyRole with a stable ASCII key
/// ("amount_eur") for JSON. links() tells the filter proxy which subcontractors, buyers and years a row is about.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole,
        RowIdRole,
        ExportRole,
        ColumnKeyRole, // header data
    };

    /// A span of years a row covers, both ends included.
    struct YearSpan
    {
        int first = 0;
        int last = 0;
    };
    /// What a row is about, for the subcontractor, buyer and period filters.
    struct RowLinks
    {
        QList<RowId> subcontractors; // including the groups above them, so a group filter finds its subsidiaries
        QList<RowId> buyers;
        QList<YearSpan> years; // empty when no date is known
    };

    explicit RecordTableModel(QObject *parent = nullptr);

    void setRecordSet(std::shared_ptr<const RecordSet> records);
    std::shared_ptr<const RecordSet> recordSet() const { return m_records; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    RowId rowId(int row) const;
    /// The row of the record with this id, or -1.
    int rowOf(RowId id) const;
    const RowLinks &links(int row) const;

protected:
    /// Number of records this model shows in `records`.
    virtual int recordCount(const RecordSet &records) const = 0;
    virtual RowId recordId(const RecordSet &records, int row) const = 0;
    virtual RowLinks computeLinks(const RecordSet &records, int row) const = 0;
    virtual QStringList columnTitles() const = 0;
    /// Untranslated keys of the columns, in the same order as the titles.
    virtual QStringList columnKeys() const = 0;
    /// DisplayRole, SortRole, ExportRole, ToolTipRole and TextAlignmentRole for one cell. An invalid ExportRole
    /// value exports the displayed text, or null when that text says the value is unknown.
    virtual QVariant cellData(const RecordSet &records, int row, int column, int role) const = 0;

    const RecordSet &records() const { return *m_records; }

    // What rows of each kind are about; the subcontractor and source models add them up.
    static RowLinks contractLinks(const RecordSet &records, const Contract &contract);
    static RowLinks taskLinks(const RecordSet &records, const Task &task);
    static RowLinks incidentLinks(const RecordSet &records, const Incident &incident);
    static void merge(RowLinks &into, const RowLinks &from);
    static QVariant dateSortValue(const PartialDate &date);
    /// "2023-08-24", "2023-08" or "2023": as precise as known; null when unknown.
    static QVariant dateExportValue(const PartialDate &date);
    /// Whole euros as an integer ("80000000", not "8e+07"), other amounts as a decimal; null when unknown.
    static QVariant eurosExportValue(const std::optional<Cents> &cents);

private:
    std::shared_ptr<const RecordSet> m_records;
    QList<RowId> m_ids;
    QHash<RowId, int> m_rowOfId;
    QList<RowLinks> m_links;
};

} // namespace vigie
