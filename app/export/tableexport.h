#pragma once

#include "storage/contractpages.h"

#include <QChar>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace vigie {

enum class ExportFormat { Json, Csv };

/// The contracts an export takes, in the order the open-data view shows them: every contract, or every one
/// matching `search` (all of them, also when the view shows only the newest ContractPages::kMaxMatches).
struct ContractSelection
{
    QString search;
    ContractPages::Order order = ContractPages::Order::NotifiedOn;
    Qt::SortOrder direction = Qt::DescendingOrder;
};

struct TableExportOptions
{
    ExportFormat format = ExportFormat::Json;
    QChar separator = QLatin1Char(','); // CSV only
    /// "contracts" only: which ones and in which order. None: all, in the order of Repository::contracts().
    std::optional<ContractSelection> contracts;
    /// "contracts" only: called as rows are written, with the rows written so far and the total; returning
    /// false cancels the export, which then fails with the message "export cancelled".
    std::function<bool(qint64 done, qint64 total)> progress;
};

/// Tables `vigie export` and the GUI can export: subcontractors, contracts, tasks, incidents, sources.
QStringList exportableTables();

/// Writes every record of `table` to `device`. JSON: an array of objects (nested holders, claims,
/// sources); CSV: one line per record, lists joined with "; ". Unknown values are null / empty,
/// never 0. The records are read in one read transaction: a change committed meanwhile by another
/// connection (an import) is not half in the file. Returns false with `error` set on failure.
bool exportTable(const QSqlDatabase &db, const QString &table, const TableExportOptions &options, QIODevice *device,
                 QString *error);

/// Same, into `path` through QSaveFile: the file appears whole or not at all, and a previous file
/// stays untouched when the export fails.
bool exportTableToFile(const QSqlDatabase &db, const QString &table, const TableExportOptions &options,
                       const QString &path, QString *error);

} // namespace vigie
