#pragma once

#include "storage/records.h"

#include <QSortFilterProxyModel>

namespace vigie {

class RecordTableModel;

/// Filters and sorts a RecordTableModel: search text (every word must appear in some column, case and
/// accents ignored), subcontractor (its subsidiaries included), buyer, and a span of years. Sorts on
/// RecordTableModel::SortRole with unknown values after known ones in either order.
class RecordFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RecordFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    RowId subcontractorId() const { return m_subcontractorId; }
    void setSubcontractorId(RowId id); // 0 = any
    RowId buyerId() const { return m_buyerId; }
    void setBuyerId(RowId id); // 0 = any
    int fromYear() const { return m_fromYear; }
    int toYear() const { return m_toYear; }
    /// Keeps rows whose dates overlap [from, to]; 0 leaves that end open. Rows with no known date
    /// are hidden while a period is set.
    void setPeriod(int fromYear, int toYear);

    /// The source model's record id at a proxy row, 0 when out of range.
    RowId rowId(int proxyRow) const;
    /// The proxy row of a record, -1 when hidden or absent.
    int proxyRowOf(RowId id) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    RecordTableModel *recordModel() const;

    QString m_searchText;
    QStringList m_searchWords; // searchKey() of each word
    RowId m_subcontractorId = 0;
    RowId m_buyerId = 0;
    int m_fromYear = 0;
    int m_toYear = 0;
};

} // namespace vigie
