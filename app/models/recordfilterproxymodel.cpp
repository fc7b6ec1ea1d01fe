#include "recordfilterproxymodel.h"

#include "formatting.h"
#include "recordtablemodel.h"

namespace vigie {

RecordFilterProxyModel::RecordFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RecordTableModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RecordFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    Q_ASSERT(!model || qobject_cast<RecordTableModel *>(model));
    QSortFilterProxyModel::setSourceModel(model);
}

void RecordFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_searchWords = searchKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void RecordFilterProxyModel::setSubcontractorId(RowId id)
{
    if (id == m_subcontractorId)
        return;
    m_subcontractorId = id;
    invalidateRowsFilter();
}

void RecordFilterProxyModel::setBuyerId(RowId id)
{
    if (id == m_buyerId)
        return;
    m_buyerId = id;
    invalidateRowsFilter();
}

void RecordFilterProxyModel::setPeriod(int fromYear, int toYear)
{
    if (fromYear == m_fromYear && toYear == m_toYear)
        return;
    m_fromYear = fromYear;
    m_toYear = toYear;
    invalidateRowsFilter();
}

RowId RecordFilterProxyModel::rowId(int proxyRow) const
{
    if (proxyRow < 0 || proxyRow >= rowCount())
        return 0;
    return index(proxyRow, 0).data(RecordTableModel::RowIdRole).toLongLong();
}

int RecordFilterProxyModel::proxyRowOf(RowId id) const
{
    const RecordTableModel *model = recordModel();
    if (!model)
        return -1;
    const int sourceRow = model->rowOf(id);
    if (sourceRow < 0)
        return -1;
    return mapFromSource(model->index(sourceRow, 0)).row();
}

RecordTableModel *RecordFilterProxyModel::recordModel() const
{
    return qobject_cast<RecordTableModel *>(sourceModel());
}

bool RecordFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const RecordTableModel *model = recordModel();
    if (!model || sourceParent.isValid())
        return true;
    const RecordTableModel::RowLinks &links = model->links(sourceRow);
    if (m_subcontractorId != 0 && !links.subcontractors.contains(m_subcontractorId))
        return false;
    if (m_buyerId != 0 && !links.buyers.contains(m_buyerId))
        return false;
    if (m_fromYear != 0 || m_toYear != 0) {
        const int from = m_fromYear != 0 ? m_fromYear : std::numeric_limits<int>::min();
        const int to = m_toYear != 0 ? m_toYear : std::numeric_limits<int>::max();
        const bool overlaps
            = std::any_of(links.years.cbegin(), links.years.cend(), [&](const RecordTableModel::YearSpan &span) {
                  return span.first <= to && span.last >= from;
              });
        if (!overlaps)
            return false;
    }
    if (m_searchWords.isEmpty())
        return true;
    QString rowText;
    for (int column = 0; column < model->columnCount(); ++column)
        rowText += searchKey(model->index(sourceRow, column).data(Qt::DisplayRole).toString()) + QLatin1Char('\t');
    return std::all_of(m_searchWords.cbegin(), m_searchWords.cend(),
                       [&](const QString &word) { return rowText.contains(word); });
}

bool RecordFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    const bool aKnown = a.isValid();
    const bool bKnown = b.isValid();
    if (!aKnown || !bKnown) {
        // The sort reverses lessThan for descending order; unknown values stay at the bottom either way.
        const bool descending = sortOrder() == Qt::DescendingOrder;
        if (aKnown == bKnown)
            return left.row() < right.row();
        return aKnown != descending;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace vigie
