#include "contractpages.h"

#include "contractsearch.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vigie {

namespace {

QString orderBy(ContractPages::Order order, Qt::SortOrder direction, const QString &table)
{
    const QString column
        = order == ContractPages::Order::Amount ? QStringLiteral("amount_cents") : QStringLiteral("notified_on");
    const QString dir = direction == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // The id breaks ties, so that the order is total and pages never overlap.
    return QStringLiteral("%1.%2 %3, %1.id %3").arg(table, column, dir);
}

} // namespace

ContractPages::ContractPages(const QSqlDatabase &db)
    : m_db(db)
{
}

bool ContractPages::reset(Order order, Qt::SortOrder direction, const QString &search)
{
    m_order = order;
    m_direction = direction;
    m_matches.clear();
    m_truncated = false;
    m_count = 0;
    m_error.clear();
    const QString match = contractSearchQuery(search);
    m_searching = !match.isEmpty();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!m_searching) {
        // count(*) walks the smallest index: some 20 ms for a million rows.
        if (!query.exec(QStringLiteral("SELECT count(*) FROM contracts")) || !query.next()) {
            m_error = query.lastError().text();
            return false;
        }
        m_count = query.value(0).toLongLong();
        return true;
    }
    QString error;
    // Brings the index up to date unless another connection is writing (see syncContractSearch).
    syncContractSearch(m_db, &error, false);
    // First the newest matches, in the index's own order, which costs little however broad the search.
    if (!query.prepare(QStringLiteral(R"(
            SELECT rowid FROM contracts_fts WHERE contracts_fts MATCH :match ORDER BY rowid DESC LIMIT :limit)"))) {
        m_error = query.lastError().text();
        return false;
    }
    query.bindValue(QStringLiteral(":match"), match);
    query.bindValue(QStringLiteral(":limit"), kMaxMatches + 1);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    while (query.next())
        m_matches.append(query.value(0).toLongLong());
    query.finish();
    if (m_matches.size() > kMaxMatches) {
        // Too broad to sort as you type: the newest kMaxMatches, until the search is narrowed.
        m_matches.resize(kMaxMatches);
        m_truncated = true;
    } else if (!m_matches.isEmpty()) {
        // Few enough to sort: all of them, in the order asked.
        m_matches = allIds(m_db, order, direction, search, &m_error);
        if (!m_error.isEmpty())
            return false;
    }
    m_count = m_matches.size();
    return true;
}

QVector<qint64> ContractPages::allIds(const QSqlDatabase &db, Order order, Qt::SortOrder direction,
                                      const QString &search, QString *error)
{
    QVector<qint64> ids;
    const QString match = contractSearchQuery(search);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString fromWhere = match.isEmpty()
        ? QStringLiteral("contracts AS c")
        : QStringLiteral("contracts_fts AS f JOIN contracts AS c ON c.id = f.rowid "
                         "WHERE contracts_fts MATCH :match");
    const bool prepared = query.prepare(QStringLiteral("SELECT c.id FROM %1 ORDER BY %2")
                                            .arg(fromWhere, orderBy(order, direction, QStringLiteral("c"))));
    if (!match.isEmpty())
        query.bindValue(QStringLiteral(":match"), match);
    if (!prepared || !query.exec()) {
        if (error)
            *error = query.lastError().text();
        return {};
    }
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (query.lastError().isValid()) { // stopped by an error (or a cancel), not by the end of the rows
        if (error)
            *error = query.lastError().text();
        return {};
    }
    return ids;
}

QList<ContractRow> ContractPages::rows(qint64 offset, int limit)
{
    if (offset < 0 || limit <= 0 || offset >= m_count)
        return {};
    QVector<qint64> ids;
    if (m_searching) {
        ids = m_matches.mid(offset, limit);
    } else {
        // Only the covering index is walked to skip `offset` rows; the rows themselves are read by id.
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id FROM contracts AS c ORDER BY %1 LIMIT :limit OFFSET :offset")
                          .arg(orderBy(m_order, m_direction, QStringLiteral("c"))));
        query.bindValue(QStringLiteral(":limit"), limit);
        query.bindValue(QStringLiteral(":offset"), offset);
        if (!query.exec()) {
            m_error = query.lastError().text();
            return {};
        }
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return rowsById(ids);
}

QList<ContractRow> ContractPages::rowsById(const QVector<qint64> &ids)
{
    QList<ContractRow> rows;
    if (ids.isEmpty())
        return rows;
    // The ids are numbers we read from the database: inlined, one statement for the page.
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(R"(
            SELECT c.id, c.reference, b.name, c.object, c.amount_cents, c.amount_kind, c.notified_on, c.duration_months,
                   (SELECT group_concat(o.name, '; ') FROM contract_holders AS h
                      JOIN organisations AS o ON o.id = h.organisation_id WHERE h.contract_id = c.id)
              FROM contracts AS c JOIN organisations AS b ON b.id = c.buyer_id
             WHERE c.id IN (%1))")
                        .arg(list.join(QLatin1Char(','))))) {
        m_error = query.lastError().text();
        return rows;
    }
    QHash<qint64, ContractRow> byId;
    while (query.next()) {
        ContractRow row;
        row.id = query.value(0).toLongLong();
        row.reference = query.value(1).toString();
        row.buyer = query.value(2).toString();
        row.object = query.value(3).toString();
        if (!query.value(4).isNull())
            row.amount = query.value(4).toLongLong();
        row.amountKind = query.value(5).toString();
        row.notifiedOn = PartialDate::parse(query.value(6).toString()).value_or(PartialDate());
        if (!query.value(7).isNull())
            row.durationMonths = query.value(7).toInt();
        row.holders = query.value(8).toString();
        byId.insert(row.id, row);
    }
    query.finish(); // no read transaction left open
    for (qint64 id : ids) {
        if (const auto it = byId.constFind(id); it != byId.cend())
            rows.append(it.value());
    }
    return rows;
}

} // namespace vigie
