// What the table models give to a file (ExportRole, ColumnKeyRole) and what writeTableFile makes of a
// filtered, sorted proxy: the rows shown, in their order, numbers as numbers, unknown values empty or null.
#include "models/contracttablemodel.h"
#include "models/incidenttablemodel.h"
#include "models/modelexport.h"
#include "models/recordfilterproxymodel.h"
#include "models/recordset.h"
#include "models/sourcetablemodel.h"
#include "models/subcontractortablemodel.h"
#include "models/tasktablemodel.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/repository.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

namespace {

std::unique_ptr<RecordTableModel> makeModel(const QString &kind)
{
    if (kind == QLatin1String("subcontractors"))
        return std::make_unique<SubcontractorTableModel>();
    if (kind == QLatin1String("contracts"))
        return std::make_unique<ContractTableModel>();
    if (kind == QLatin1String("tasks"))
        return std::make_unique<TaskTableModel>();
    if (kind == QLatin1String("incidents"))
        return std::make_unique<IncidentTableModel>();
    return std::make_unique<SourceTableModel>();
}

} // namespace

class TestModelExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void columnKeys_data();
    void columnKeys();
    void exportValues_data();
    void exportValues();
    void csvOfFilteredSortedRows_data();
    void csvOfFilteredSortedRows();
    void jsonOfChosenColumns();
    void failedWriteIsReported();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::shared_ptr<const RecordSet> m_records;
};

void TestModelExport::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->create(m_dir.filePath(QStringLiteral("demo.sqlite"))));
    QSqlDatabase connection = m_database->connection();
    QString error;
    QVERIFY2(populateDemoData(connection, &error), qPrintable(error));
    const Repository repository(connection);
    m_records = RecordSet::load(repository, &error);
    QVERIFY2(m_records, qPrintable(error));
}

void TestModelExport::cleanupTestCase()
{
    m_records.reset();
    m_database.reset();
}

void TestModelExport::columnKeys_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"subcontractors", "contracts", "tasks", "incidents", "sources"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestModelExport::columnKeys()
{
    QFETCH(QString, kind);
    const auto model = makeModel(kind);
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setRecordSet(m_records);
    QSet<QString> keys;
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString key = model->headerData(column, Qt::Horizontal, RecordTableModel::ColumnKeyRole).toString();
        QVERIFY2(!key.isEmpty(), qPrintable(QString::number(column)));
        // Stable ASCII keys, whatever the language of the titles.
        for (const QChar c : key)
            QVERIFY2(c.isLower() || c.isDigit() || c == u'_', qPrintable(key));
        keys.insert(key);
    }
    QCOMPARE(keys.size(), model->columnCount());
    QVERIFY(!model->headerData(model->columnCount(), Qt::Horizontal, RecordTableModel::ColumnKeyRole).isValid());
}

void TestModelExport::exportValues_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("rowContains"); // picks the row by its first column
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("expected"); // invalid: null

    QTest::newRow("contract amount in euros, an integer")
        << "contracts"
        << "TESSI" << int(ContractTableModel::AmountColumn) << QVariant(qint64(80000000));
    QTest::newRow("contract date unknown: null") << "contracts"
                                                 << "TESSI" << int(ContractTableModel::NotifiedColumn) << QVariant();
    QTest::newRow("contract duration unknown: null")
        << "contracts"
        << "TESSI" << int(ContractTableModel::DurationColumn) << QVariant();
    QTest::newRow("official count of people")
        << "incidents"
        << "Cyberattaque" << int(IncidentTableModel::PeopleColumn) << QVariant(qint64(6353810));
    QTest::newRow("partial date as precise as known")
        << "incidents"
        << "Cyberattaque" << int(IncidentTableModel::MadePublicColumn) << QVariant(QStringLiteral("2023-08"));
    QTest::newRow("unknown date: null, not the word")
        << "incidents"
        << "Cyberattaque" << int(IncidentTableModel::OccurredColumn) << QVariant();
    QTest::newRow("unknown subcontractor: null")
        << "incidents"
        << "2021" << int(IncidentTableModel::SubcontractorColumn) << QVariant();
    QTest::newRow("year-only date") << "incidents"
                                    << "2021" << int(IncidentTableModel::OccurredColumn)
                                    << QVariant(QStringLiteral("2021"));
    QTest::newRow("text stays text") << "subcontractors"
                                     << "Majorel" << int(SubcontractorTableModel::NameColumn)
                                     << QVariant(QStringLiteral("Majorel"));
    QTest::newRow("a count is a number") << "subcontractors"
                                         << "Majorel" << int(SubcontractorTableModel::IncidentsColumn)
                                         << QVariant(qint64(1));
}

void TestModelExport::exportValues()
{
    QFETCH(QString, kind);
    QFETCH(QString, rowContains);
    QFETCH(int, column);
    QFETCH(QVariant, expected);
    const auto model = makeModel(kind);
    model->setRecordSet(m_records);
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (model->index(r, 0).data().toString().contains(rowContains))
            row = r;
    }
    QVERIFY2(row >= 0, qPrintable(rowContains));
    const QVariant value = model->index(row, column).data(RecordTableModel::ExportRole);
    if (!expected.isValid()) {
        QVERIFY2(!value.isValid(), qPrintable(value.toString()));
        return;
    }
    QCOMPARE(value.typeId(), expected.typeId());
    QCOMPARE(value, expected);
}

void TestModelExport::csvOfFilteredSortedRows_data()
{
    QTest::addColumn<QChar>("separator");
    QTest::newRow("comma") << QChar(u',');
    QTest::newRow("semicolon") << QChar(u';');
}

void TestModelExport::csvOfFilteredSortedRows()
{
    QFETCH(QChar, separator);
    IncidentTableModel model;
    model.setRecordSet(m_records);
    RecordFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(IncidentTableModel::PeopleColumn, Qt::DescendingOrder);
    const int all = proxy.rowCount();
    proxy.setSearchText(QStringLiteral("majorel"));
    QVERIFY(proxy.rowCount() >= 1 && proxy.rowCount() < all);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    TableFileOptions options;
    options.separator = separator;
    options.columns
        = {IncidentTableModel::PeopleColumn, IncidentTableModel::TitleColumn, IncidentTableModel::OccurredColumn};
    QString error;
    QVERIFY2(writeTableFile(proxy, options, &buffer, &error), qPrintable(error));
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), proxy.rowCount() + 1);
    QCOMPARE(lines.first(),
             QStringList({QStringLiteral("People (official)"), QStringLiteral("Incident"), QStringLiteral("Occurred")})
                 .join(separator));
    // The largest count first, as a bare number; the unknown date empty.
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("6353810") + separator), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).endsWith(separator), qPrintable(lines.at(1)));
}

void TestModelExport::jsonOfChosenColumns()
{
    ContractTableModel model;
    model.setRecordSet(m_records);
    RecordFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    TableFileOptions options;
    options.format = TableFileFormat::Json;
    QString error;
    QVERIFY2(writeTableFile(proxy, options, &buffer, &error), qPrintable(error));
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(buffer.data(), &parse);
    QVERIFY2(document.isArray(), qPrintable(parse.errorString()));
    QCOMPARE(document.array().size(), proxy.rowCount());
    const QJsonObject first = document.array().first().toObject();
    QCOMPARE(first.keys().size(), model.columnCount());
    QCOMPARE(first.value(QStringLiteral("amount_eur")).toDouble(), 80000000.0);
    QVERIFY(first.value(QStringLiteral("notified_on")).isNull());
    QVERIFY(first.value(QStringLiteral("holders")).isString());
}

void TestModelExport::failedWriteIsReported()
{
    IncidentTableModel model;
    model.setRecordSet(m_records);
    QBuffer closed; // never opened: every write fails
    QString error;
    QVERIFY(!writeTableFile(model, {}, &closed, &error));
    QVERIFY(!error.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/incidents.csv"));
    QVERIFY(!exportTableFile(model, {}, path, &error));
    QVERIFY2(error.contains(QStringLiteral("incidents.csv")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestModelExport)
#include "testmodelexport.moc"
