#include "modelexport.h"

#include "core/csvwriter.h"
#include "export/jsonwriter.h"
#include "recordtablemodel.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QSaveFile>

namespace vigie {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::TableFile)
};

QJsonValue jsonValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    case QMetaType::Bool:
        return QJsonValue(value.toBool());
    default:
        return QJsonValue(value.toString());
    }
}

} // namespace

bool writeTableFile(const QAbstractItemModel &model, const TableFileOptions &options, QIODevice *device, QString *error)
{
    QList<int> columns = options.columns;
    if (columns.isEmpty()) {
        for (int column = 0; column < model.columnCount(); ++column)
            columns << column;
    }
    const int rows = model.rowCount();
    if (options.format == TableFileFormat::Csv) {
        CsvWriter writer(device, options.separator);
        QStringList header;
        for (int column : std::as_const(columns))
            header << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        writer.writeHeader(header);
        QVariantList cells;
        for (int row = 0; row < rows && writer.isOk(); ++row) {
            cells.clear();
            for (int column : std::as_const(columns))
                cells << model.index(row, column).data(RecordTableModel::ExportRole);
            writer.writeRow(cells);
        }
        if (!writer.isOk()) {
            *error = writer.errorString();
            return false;
        }
        return true;
    }

    JsonArrayWriter writer(device);
    QStringList keys;
    for (int column : std::as_const(columns)) {
        QString key = model.headerData(column, Qt::Horizontal, RecordTableModel::ColumnKeyRole).toString();
        keys << (key.isEmpty() ? model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString() : key);
    }
    for (int row = 0; row < rows && writer.isOk(); ++row) {
        QJsonObject object;
        for (qsizetype i = 0; i < columns.size(); ++i)
            object.insert(keys.at(i), jsonValue(model.index(row, columns.at(i)).data(RecordTableModel::ExportRole)));
        writer.writeObject(object);
    }
    if (!writer.finish()) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

bool exportTableFile(const QAbstractItemModel &model, const TableFileOptions &options, const QString &path,
                     QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Text::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QString writeError;
    if (!writeTableFile(model, options, &file, &writeError)) {
        file.cancelWriting();
        *error = Text::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), writeError);
        return false;
    }
    if (!file.commit()) {
        *error = Text::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace vigie
