#include "opendataview.h"

#include "models/contractwindowmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace vigie {

namespace {

// Long enough not to query the index at every keystroke of a word, short enough to feel immediate.
constexpr int kTypingPauseMs = 150;

} // namespace

OpenDataView::OpenDataView(const QSqlDatabase &db, QWidget *parent)
    : QWidget(parent)
    , m_model(new ContractWindowModel(db, this))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("openDataSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search contract objects and holder names..."));
    m_search->setClearButtonEnabled(true);
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &OpenDataView::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &OpenDataView::applySearch);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("openDataCountLabel"));
    // A long count (more matches than listed) wraps rather than widen the page and squeeze the other panes.
    m_count->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("openDataTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows it has not shown, so a million rows cost nothing.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ContractWindowModel::ObjectColumn, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(ContractWindowModel::ReferenceColumn, 14 * digit);
    m_table->setColumnWidth(ContractWindowModel::BuyerColumn, 18 * digit);
    m_table->setColumnWidth(ContractWindowModel::HoldersColumn, 18 * digit);
    m_table->setColumnWidth(ContractWindowModel::AmountColumn, 17 * digit);
    m_table->setColumnWidth(ContractWindowModel::NotifiedColumn, 10 * digit);
    m_table->setSortingEnabled(true);
    m_sortColumn = ContractWindowModel::NotifiedColumn;
    m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
    // Only indexed columns sort at this scale: a click elsewhere keeps the current order and says why.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (ContractWindowModel::isSortable(column)) {
                    m_sortColumn = column;
                    m_sortOrder = order;
                    updateCount();
                    return;
                }
                QSignalBlocker blocker(m_table->horizontalHeader());
                m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
                m_count->setText(tr("This table sorts by notification date or amount only."));
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OpenDataView::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OpenDataView::selectionChanged);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    updateCount();
}

void OpenDataView::refresh()
{
    m_model->refresh();
    updateCount();
}

qint64 OpenDataView::selectedId() const
{
    const QModelIndex index = m_table->selectionModel()->currentIndex();
    if (!index.isValid() || !m_table->selectionModel()->isRowSelected(index.row(), QModelIndex()))
        return 0;
    return m_model->contractId(index.row());
}

ContractSelection OpenDataView::selection() const
{
    ContractSelection selection;
    selection.search = m_model->searchText();
    selection.order = m_sortColumn == ContractWindowModel::AmountColumn ? ContractPages::Order::Amount
                                                                        : ContractPages::Order::NotifiedOn;
    selection.direction = m_sortOrder;
    return selection;
}

void OpenDataView::setSearchText(const QString &text)
{
    {
        QSignalBlocker blocker(m_search);
        m_search->setText(text);
    }
    applySearch();
}

void OpenDataView::applySearch()
{
    m_typing->stop();
    m_model->setSearchText(m_search->text().trimmed());
    updateCount();
}

void OpenDataView::updateCount()
{
    if (!m_model->lastError().isEmpty()) {
        m_count->setText(tr("Cannot read the contracts: %1").arg(m_model->lastError()));
        return;
    }
    const int rows = m_model->rowCount();
    if (m_model->isTruncated()) {
        m_count->setText(tr("More than %L1 contracts match: the %L1 most recently imported are shown, unsorted. "
                            "Add words to narrow the search.")
                             .arg(rows));
    } else if (m_model->searchText().isEmpty()) {
        m_count->setText(tr("%Ln contract(s)", nullptr, rows));
    } else {
        m_count->setText(tr("%Ln contract(s) match", nullptr, rows));
    }
}

} // namespace vigie
