#pragma once

#include <QChar>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QIODevice;

namespace vigie {

enum class ExportFormat { Json, Csv };

struct TableExportOptions
{
    ExportFormat format = ExportFormat::Json;
    QChar separator = QLatin1Char(','); // CSV only
};

/// Tables `vigie export` and the GUI can export: subcontractors, contracts, tasks, incidents, sources.
QStringList exportableTables();

/// Writes every record of `table` to `device`. JSON: an array of objects (nested holders, claims,
/// sources); CSV: one line per record, lists joined with "; ". Unknown values are null / empty,
/// never 0. Returns false with `error` set on failure.
bool exportTable(const QSqlDatabase &db, const QString &table, const TableExportOptions &options, QIODevice *device,
                 QString *error);

/// Same, into `path` through QSaveFile: the file appears whole or not at all, and a previous file
/// stays untouched when the export fails.
bool exportTableToFile(const QSqlDatabase &db, const QString &table, const TableExportOptions &options,
                       const QString &path, QString *error);

} // namespace vigie
