// The windowed contracts model over imported data: order, sort, search, bounded memory.
#include "export/tableexport.h"
#include "export/tableexportworker.h"
#include "models/contractwindowmodel.h"
#include "models/formatting.h"
#include "storage/database.h"
#include "storage/decpimporter.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

class TestDecpWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void orderAndSort();
    void search();
    void boundedMemory();
    void exportSelection();
    void cancelledExportWritesNothing();
    void exportReadsOneSnapshot();
    void exportWorker();
    void refreshAfterImport();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void TestDecpWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("vigie.sqlite"));
    QVERIFY(m_db.create(path));
    // 2,500 contracts: notified on distinct days, amounts in reverse order, one in seven unknown.
    const QString file = m_dir.filePath(QStringLiteral("contracts.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("{\"marches\": [\n");
    for (int i = 0; i < 2500; ++i) {
        const QDate day = QDate(2015, 1, 1).addDays(i);
        out.write((i ? ",\n" : "")
                  + QStringLiteral("{\"id\": \"W-%1\", \"acheteur\": {\"id\": \"13000548100010\"}, \"objet\": \"%2\", "
                                   "\"montant\": %3, \"dateNotification\": \"%4\", \"titulaires\": [{\"id\": "
                                   "\"44306184100013\", \"denominationSociale\": \"CENTRE APPELS ALPHA\"}]}")
                        .arg(i)
                        .arg(i % 100 == 0 ? QStringLiteral("Hotline technique") : QStringLiteral("Accueil"))
                        .arg(i % 7 == 0 ? 0 : 100000 + (2500 - i))
                        .arg(day.toString(Qt::ISODate))
                        .toUtf8());
    }
    out.write("]}\n");
    out.close();
    DecpImportOptions options;
    options.files = {file};
    const DecpImportResult result = DecpImporter(m_db.connection()).run(options);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.total().accepted, 2500);
}

void TestDecpWindow::orderAndSort()
{
    ContractWindowModel model(m_db.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2500);
    // Most recent first by default.
    QCOMPARE(model.index(0, ContractWindowModel::ReferenceColumn).data().toString(), QStringLiteral("W-2499"));
    QCOMPARE(model.index(2499, ContractWindowModel::ReferenceColumn).data().toString(), QStringLiteral("W-0"));
    QCOMPARE(model.index(1234, ContractWindowModel::NotifiedColumn).data().toString(),
             QDate(2015, 1, 1).addDays(2499 - 1234).toString(QStringLiteral("dd/MM/yyyy")));
    QCOMPARE(model.index(5, ContractWindowModel::HoldersColumn).data().toString(),
             QStringLiteral("CENTRE APPELS ALPHA"));
    // By amount, largest first: unknown amounts (NULL) last, never shown as 0.
    model.sort(ContractWindowModel::AmountColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, ContractWindowModel::ReferenceColumn).data().toString(), QStringLiteral("W-1"));
    QCOMPARE(model.index(2499, ContractWindowModel::AmountColumn).data().toString(), vigie::unknownText());
    // Not indexed: sorting on it is refused rather than slow.
    QVERIFY(!ContractWindowModel::isSortable(ContractWindowModel::ObjectColumn));
    model.sort(ContractWindowModel::ObjectColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(0, ContractWindowModel::ReferenceColumn).data().toString(), QStringLiteral("W-1"));
    QVERIFY(model.contractId(0) > 0);
}

void TestDecpWindow::search()
{
    ContractWindowModel model(m_db.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearchText(QStringLiteral("hotl"));
    QCOMPARE(model.rowCount(), 25);
    QCOMPARE(model.index(0, ContractWindowModel::ReferenceColumn).data().toString(), QStringLiteral("W-2400"));
    model.setSearchText(QStringLiteral("centre alpha"));
    QCOMPARE(model.rowCount(), 2500);
    model.setSearchText(QStringLiteral("nothing like this"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isTruncated());
    model.setSearchText(QString());
    QCOMPARE(model.rowCount(), 2500);
}

void TestDecpWindow::boundedMemory()
{
    ContractWindowModel model(m_db.connection());
    QSet<QString> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        seen.insert(model.index(row, ContractWindowModel::ReferenceColumn).data().toString());
        QVERIFY(model.cachedPages() <= ContractWindowModel::kMaxPages);
    }
    QCOMPARE(seen.size(), 2500); // every row once: pages neither overlap nor leave gaps
    // Jumping around stays bounded too.
    for (int row : {2499, 0, 1800, 600, 2400, 1200, 10, 2000, 1500, 300, 900})
        QVERIFY(!model.index(row, 0).data().toString().isEmpty());
    QCOMPARE(model.cachedPages(), ContractWindowModel::kMaxPages);
}

// The export of the view: every match of the search, in the view's order, every column.
void TestDecpWindow::exportSelection()
{
    QString error;
    QCOMPARE(ContractPages::allIds(m_db.connection(), ContractPages::Order::NotifiedOn, Qt::DescendingOrder, {}, &error)
                 .size(),
             2500);
    TableExportOptions options;
    options.contracts = ContractSelection {QStringLiteral("hotl"), ContractPages::Order::Amount, Qt::AscendingOrder};
    QList<std::pair<qint64, qint64>> steps;
    options.progress = [&steps](qint64 done, qint64 total) {
        steps.append({done, total});
        return true;
    };
    QByteArray json;
    QBuffer buffer(&json);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY2(exportTable(m_db.connection(), QStringLiteral("contracts"), options, &buffer, &error), qPrintable(error));
    const QJsonArray rows = QJsonDocument::fromJson(json).array();
    QCOMPARE(rows.size(), 25); // "Hotline technique": one in a hundred
    QStringList references;
    for (const QJsonValue &row : rows)
        references << row[QStringLiteral("reference")].toString();
    // Amount ascending: the unknown amounts first (amount 0 in the file, one in seven), by id, then the
    // smallest, which are the latest contracts.
    QCOMPARE(references.mid(0, 6),
             QStringList({QStringLiteral("W-0"), QStringLiteral("W-700"), QStringLiteral("W-1400"),
                          QStringLiteral("W-2100"), QStringLiteral("W-2400"), QStringLiteral("W-2300")}));
    QVERIFY(rows.at(0)[QStringLiteral("amount_eur")].isNull());
    QCOMPARE(rows.at(4)[QStringLiteral("amount_eur")].toDouble(), 100100.0);
    QCOMPARE(rows.at(4)[QStringLiteral("holders")][0][QStringLiteral("name")].toString(),
             QStringLiteral("CENTRE APPELS ALPHA"));
    // Every row keeps its source: the imported file, with its record.
    QVERIFY(
        rows.at(4)[QStringLiteral("sources")][0][QStringLiteral("quote")].toString().contains(QLatin1String("2401")));
    QCOMPARE(steps.first(), std::make_pair(qint64(0), qint64(25)));
    QCOMPARE(steps.last(), std::make_pair(qint64(25), qint64(25)));

    // No search: every contract, in CSV too.
    options.contracts = ContractSelection {};
    QByteArray csv;
    QBuffer csvBuffer(&csv);
    csvBuffer.open(QIODevice::WriteOnly);
    options.format = ExportFormat::Csv;
    options.separator = QLatin1Char(';');
    QVERIFY2(exportTable(m_db.connection(), QStringLiteral("contracts"), options, &csvBuffer, &error),
             qPrintable(error));
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QCOMPARE(lines.size(), 2501);
    QVERIFY2(lines.at(1).contains(";W-2499;"), lines.at(1).constData()); // most recent first, as the view
}

void TestDecpWindow::cancelledExportWritesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    QFile previous(path);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("previous export\n");
    previous.close();
    TableExportOptions options;
    options.format = ExportFormat::Csv;
    options.contracts = ContractSelection {};
    options.progress = [](qint64 done, qint64) { return done < 2000; }; // stops after the first chunk
    QString error;
    QVERIFY(!exportTableToFile(m_db.connection(), QStringLiteral("contracts"), options, path, &error));
    QCOMPARE(error, QStringLiteral("export cancelled"));
    QVERIFY(previous.open(QIODevice::ReadOnly));
    QCOMPARE(previous.readAll(), QByteArray("previous export\n"));
}

// A change committed by another connection while the export runs is not half in the file.
void TestDecpWindow::exportReadsOneSnapshot()
{
    Database other;
    QVERIFY2(other.open(m_db.path()), qPrintable(other.errorString()));
    TableExportOptions options;
    options.contracts = ContractSelection {};
    bool changed = false;
    options.progress = [&](qint64 done, qint64) {
        if (done == 2000) // between the first chunk and the second
            changed = QSqlQuery(other.connection()).exec(QStringLiteral("UPDATE contracts SET notes = 'changed'"));
        return true;
    };
    QByteArray json;
    QBuffer buffer(&json);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(exportTable(m_db.connection(), QStringLiteral("contracts"), options, &buffer, &error), qPrintable(error));
    QVERIFY(changed);
    const QJsonArray rows = QJsonDocument::fromJson(json).array();
    QCOMPARE(rows.size(), 2500);
    for (const QJsonValue &row : rows)
        QVERIFY(row[QStringLiteral("notes")].isNull());
    QVERIFY(QSqlQuery(other.connection()).exec(QStringLiteral("UPDATE contracts SET notes = NULL")));
}

// The export on its own thread: written whole, or cancelled with nothing written.
void TestDecpWindow::exportWorker()
{
    TableExportOptions options;
    options.format = ExportFormat::Csv;
    options.contracts = ContractSelection {QStringLiteral("hotl")};
    const QString path = m_dir.filePath(QStringLiteral("worker.csv"));
    {
        TableExportWorker job(m_db.path(), QStringLiteral("contracts"), options, path);
        QSignalSpy finished(&job, &TableExportWorker::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), true); // ok
        QCOMPARE(finished.first().at(3).toLongLong(), 25); // rows
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().trimmed().split('\n').size(), 26);
    }
    const QString cancelledPath = m_dir.filePath(QStringLiteral("cancelled.csv"));
    TableExportWorker job(m_db.path(), QStringLiteral("contracts"), options, cancelledPath);
    QSignalSpy finished(&job, &TableExportWorker::finished);
    job.cancel();
    job.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toBool(), true); // cancelled
    QVERIFY(!QFile::exists(cancelledPath));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files), QStringList());
}

void TestDecpWindow::refreshAfterImport()
{
    ContractWindowModel model(m_db.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSqlQuery query(m_db.connection());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM contracts WHERE reference = 'W-2499'")));
    QCOMPARE(model.rowCount(), 2500);
    model.refresh();
    QCOMPARE(model.rowCount(), 2499);
    QCOMPARE(model.index(0, ContractWindowModel::ReferenceColumn).data().toString(), QStringLiteral("W-2498"));
}

QTEST_GUILESS_MAIN(TestDecpWindow)
#include "testdecpwindow.moc"
