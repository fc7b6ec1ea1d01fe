#pragma once

#include "core/amount.h"
#include "core/partialdate.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <optional>

namespace vigie {

/// One row of the contracts table as the windowed view shows it.
struct ContractRow
{
    qint64 id = 0;
    QString reference;
    QString buyer;
    QString holders; // names, "; "-separated
    QString object;
    std::optional<Cents> amount;
    QString amountKind;
    PartialDate notifiedOn;
    std::optional<int> durationMonths;
};

/// Pages of the contracts table for a view of a million rows: a page is found by an OFFSET over a
/// covering index (a few tens of ms at the far end of a million rows) then read by id, so memory
/// holds only the pages asked for. With a search text, the matching ids are kept in order instead:
/// all of them, sorted, when there are at most kMaxMatches; otherwise the kMaxMatches most recently
/// stored, in that order (truncated()), as sorting a broad match as you type would take too long.
/// All SQL of the windowed contracts view lives here.
class ContractPages
{
public:
    /// Orders backed by an index; other columns are not sortable at this scale.
    enum class Order { NotifiedOn, Amount };
    static constexpr int kMaxMatches = 10000;

    explicit ContractPages(const QSqlDatabase &db);

    /// Sets the order and the search text (FTS5, see contractSearchQuery); returns false on a
    /// database error. Counts the rows (capped at kMaxMatches with a search text).
    bool reset(Order order, Qt::SortOrder direction, const QString &search);
    qint64 count() const { return m_count; }
    /// True when the search matched more than kMaxMatches contracts (only the newest are shown, unsorted).
    bool truncated() const { return m_truncated; }

    /// The ids of every contract in `order`, or of every one matching `search` however many (an export of
    /// the view); empty with `error` set on a database error.
    static QVector<qint64> allIds(const QSqlDatabase &db, Order order, Qt::SortOrder direction, const QString &search,
                                  QString *error);

    /// Rows [offset, offset + limit) in the current order.
    QList<ContractRow> rows(qint64 offset, int limit);
    QString lastError() const { return m_error; }

private:
    QList<ContractRow> rowsById(const QVector<qint64> &ids);

    QSqlDatabase m_db;
    Order m_order = Order::NotifiedOn;
    Qt::SortOrder m_direction = Qt::DescendingOrder;
    bool m_searching = false;
    QVector<qint64> m_matches; // with a search text: the matching ids, in order
    qint64 m_count = 0;
    bool m_truncated = false;
    QString m_error;
};

} // namespace vigie
