#pragma once

#include "analytics/analysissource.h"

#include <QSqlDatabase>

namespace vigie {

/// Reads what OutsourcingAnalysis computes from out of a Vigie database, as plain data.
///
/// The contracts come from five forward-only queries (contracts, holders, amendments, acts, sources) merged
/// in contract-id order, each stepping SQLite's own statement: at a million rows, QSqlQuery's QVariant per
/// value costs more than the query itself. read() runs in one read transaction, so that the tables are read
/// as of one moment. The version is PRAGMA data_version (other connections' commits) and total_changes()
/// (this connection's writes). Not thread-safe: use it on the thread that owns the connection.
class AnalysisReader : public AnalysisSource
{
public:
    explicit AnalysisReader(const QSqlDatabase &db);

    std::optional<DataVersion> version(QString *error) override;
    bool read(AnalysisTables *tables, const ContractVisitor &visit, QString *error) override;
    bool readContracts(const QList<RowId> &organisations, const ContractVisitor &visit, QString *error) override;
    std::optional<QHash<RowId, QString>> contractReferences(const QList<RowId> &ids, QString *error) override;

private:
    QSqlDatabase m_db;
};

} // namespace vigie
