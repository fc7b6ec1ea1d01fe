#include "contractwindowmodel.h"

#include "formatting.h"

#include <QLocale>

#include <limits>

namespace vigie {

ContractWindowModel::ContractWindowModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_pages(db)
{
    reload();
}

bool ContractWindowModel::isSortable(int column)
{
    return column == AmountColumn || column == NotifiedColumn;
}

void ContractWindowModel::reload()
{
    beginResetModel();
    m_cache.clear();
    m_recent.clear();
    m_pages.reset(m_order, m_direction, m_search);
    // A view holds at most INT_MAX rows; a contracts table is far below.
    m_count = int(qMin<qint64>(m_pages.count(), std::numeric_limits<int>::max()));
    endResetModel();
}

void ContractWindowModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    reload();
}

void ContractWindowModel::refresh()
{
    reload();
}

void ContractWindowModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    m_order = column == AmountColumn ? ContractPages::Order::Amount : ContractPages::Order::NotifiedOn;
    m_direction = order;
    reload();
}

const ContractRow *ContractWindowModel::row(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const qint64 page = row / kPageSize;
    auto it = m_cache.find(page);
    if (it == m_cache.end()) {
        if (m_cache.size() >= kMaxPages) {
            m_cache.remove(m_recent.takeFirst());
        }
        it = m_cache.insert(page, m_pages.rows(page * kPageSize, kPageSize));
    } else {
        m_recent.removeOne(page);
    }
    m_recent.append(page);
    const QList<ContractRow> &rows = it.value();
    const int at = row % kPageSize;
    return at < rows.size() ? &rows.at(at) : nullptr;
}

qint64 ContractWindowModel::contractId(int r) const
{
    const ContractRow *contract = row(r);
    return contract ? contract->id : 0;
}

int ContractWindowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ContractWindowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContractWindowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    const ContractRow *contract = row(index.row());
    if (!contract)
        return {};
    if (role == Qt::UserRole)
        return contract->id;
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case ReferenceColumn:
        return contract->reference;
    case BuyerColumn:
        return contract->buyer;
    case HoldersColumn:
        return contract->holders.isEmpty() ? unknownText() : contract->holders;
    case ObjectColumn:
        return contract->object.isEmpty() ? unknownText() : contract->object;
    case AmountColumn:
        return formatContractAmount(contract->amount, contract->amountKind);
    case NotifiedColumn:
        return formatDate(contract->notifiedOn);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ContractWindowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ReferenceColumn:
        return tr("Reference");
    case BuyerColumn:
        return tr("Buyer");
    case HoldersColumn:
        return tr("Holders");
    case ObjectColumn:
        return tr("Object");
    case AmountColumn:
        return tr("Amount excl. VAT");
    case NotifiedColumn:
        return tr("Notified on");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace vigie
