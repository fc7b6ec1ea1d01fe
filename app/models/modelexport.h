#pragma once

#include <QChar>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace vigie {

/// File formats a table view can be exported to.
enum class TableFileFormat { Csv, Json };

/// What to write of a view: the format, the CSV separator (',' or ';', which also makes decimals use a
/// comma), and the columns in the order shown (logical indexes; empty: every column in model order).
struct TableFileOptions
{
    TableFileFormat format = TableFileFormat::Csv;
    QChar separator = QLatin1Char(',');
    QList<int> columns;
};

/// Writes the rows `model` shows, in its order (a filter proxy's visible rows, sorted as shown), reading
/// each cell's RecordTableModel::ExportRole: numbers stay numbers, unknown values are empty (CSV) or null
/// (JSON), never 0. CSV (CsvWriter: BOM, RFC 4180, formula prefixes neutralised) has the column titles as
/// header; JSON is an array of objects keyed by RecordTableModel::ColumnKeyRole. Returns false with
/// `error` set when a write fails.
bool writeTableFile(const QAbstractItemModel &model, const TableFileOptions &options, QIODevice *device,
                    QString *error);

/// Same into `path` through QSaveFile: the file appears whole or not at all, and a previous file at
/// `path` stays untouched when the export fails.
bool exportTableFile(const QAbstractItemModel &model, const TableFileOptions &options, const QString &path,
                     QString *error);

} // namespace vigie
