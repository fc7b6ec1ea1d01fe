#pragma once

#include "storage/contractpages.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace vigie {

/// The contracts table for a million rows: a windowed model that holds only the pages the view has
/// asked for (at most kMaxPages of kPageSize rows, least recently used dropped), reads a page in a
/// few milliseconds wherever it is, counts rows without reading them, and sorts on indexed columns
/// only (notification date, amount). Search as you type goes through the FTS5 index.
class ContractWindowModel : public QAbstractTableModel
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
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 8;

    explicit ContractWindowModel(const QSqlDatabase &db, QObject *parent = nullptr);

    /// Filters on objects and holder names (empty: all contracts).
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    /// Reloads after the database changed (an import finished).
    void refresh();
    /// True when the search matched more rows than are shown (ContractPages::kMaxMatches): the newest
    /// are shown, not sorted, until the search is narrowed.
    bool isTruncated() const { return m_pages.truncated(); }
    qint64 contractId(int row) const;
    /// Pages held in memory now (bounded by kMaxPages).
    int cachedPages() const { return int(m_cache.size()); }
    QString lastError() const { return m_pages.lastError(); }

    static bool isSortable(int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    const ContractRow *row(int row) const;
    void reload();

    mutable ContractPages m_pages;
    ContractPages::Order m_order = ContractPages::Order::NotifiedOn;
    Qt::SortOrder m_direction = Qt::DescendingOrder;
    QString m_search;
    int m_count = 0;
    mutable QHash<qint64, QList<ContractRow>> m_cache; // page number -> rows
    mutable QList<qint64> m_recent; // page numbers, most recent last
};

} // namespace vigie
