#pragma once

#include "export/tableexport.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace vigie {

class ContractWindowModel;

/// Every contract of the database, open data included, for a million rows and more: a windowed
/// table (ContractWindowModel: only the pages looked at are in memory), search as you type through
/// the full-text index, sorting on the indexed columns (notification date, amount), the row count.
/// The main window's own pages hold only the contracts a delegate follows (entered by hand, of a
/// watched group, or linked to a task or an incident); this page is where the rest is browsed.
class OpenDataView : public QWidget
{
    Q_OBJECT

public:
    /// `db` must outlive the view (the view is deleted before its database closes).
    explicit OpenDataView(const QSqlDatabase &db, QWidget *parent = nullptr);

    /// Reads the database again (after an import or an edit), keeping the search and the order.
    void refresh();
    /// The contract of the selected row, 0 for none.
    qint64 selectedId() const;
    /// The search text, applied at once (typing applies it after a short pause).
    void setSearchText(const QString &text);
    ContractWindowModel *model() const { return m_model; }
    /// The contracts shown and their order, for an export: every match of the search, also when more match
    /// than the table shows.
    ContractSelection selection() const;

signals:
    void selectionChanged();

private:
    void applySearch();
    void updateCount();

    ContractWindowModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_typing = nullptr;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace vigie
