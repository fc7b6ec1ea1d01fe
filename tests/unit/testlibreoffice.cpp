// Tables exported by `vigie export` open in LibreOffice (headless conversion to HTML) with the right
// columns, numbers as numbers, and formula-looking text left as text.
#include "storage/database.h"
#include "storage/demodata.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

namespace {

struct Cell
{
    QString text;
    bool numeric = false;
};

// The rows of the first table of an HTML page written by LibreOffice Calc.
QList<QList<Cell>> htmlRows(const QString &html)
{
    QList<QList<Cell>> rows;
    static const QRegularExpression rowPattern(QStringLiteral("<tr>(.*?)</tr>"),
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression cellPattern(QStringLiteral("<td([^>]*)>(.*?)</td>"),
                                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    for (auto row = rowPattern.globalMatch(html); row.hasNext();) {
        QList<Cell> cells;
        for (auto cell = cellPattern.globalMatch(row.next().captured(1)); cell.hasNext();) {
            const auto match = cell.next();
            QString text = match.captured(2);
            text.remove(tags);
            text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
            text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
            text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
            cells.append({text.trimmed(), match.captured(1).contains(QStringLiteral("sdval="))});
        }
        rows.append(cells);
    }
    return rows;
}

} // namespace

class TestLibreOffice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensInCalc_data();
    void opensInCalc();

private:
    QTemporaryDir m_dir;
    QString m_database;
    QString m_soffice;
};

void TestLibreOffice::initTestCase()
{
    m_soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (m_soffice.isEmpty())
        QSKIP("LibreOffice (package libreoffice-calc-nogui) is not installed");
    m_database = m_dir.filePath(QStringLiteral("demo.sqlite"));
    Database db;
    QVERIFY(db.create(m_database));
    QSqlDatabase connection = db.connection();
    QString error;
    QVERIFY2(populateDemoData(connection, &error), qPrintable(error));
    QSqlQuery query(connection);
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO contracts (reference, buyer_id, object, amount_cents) "
                       "SELECT 'F-1', id, '=HYPERLINK(\"http://example.invalid\";\"clic\")', 123456 FROM organisations "
                       "WHERE role = 'buyer' LIMIT 1")));
}

void TestLibreOffice::opensInCalc_data()
{
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QString>("filter"); // LibreOffice's CSV options: separator, quote, UTF-8, first line
    QTest::newRow("comma") << QStringLiteral(",") << QStringLiteral("CSV:44,34,76,1");
    QTest::newRow("semicolon (French spreadsheets)")
        << QStringLiteral(";") << QStringLiteral("CSV:59,34,76,1,,1036"); // read as French
}

void TestLibreOffice::opensInCalc()
{
    QFETCH(QString, separator);
    QFETCH(QString, filter);
    const QString csv = m_dir.filePath(QStringLiteral("contracts.csv"));
    QFile::remove(csv);
    QProcess vigie;
    vigie.start(QStringLiteral(VIGIE_EXECUTABLE),
                {QStringLiteral("export"), QStringLiteral("contracts"), QStringLiteral("--db"), m_database,
                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--separator"), separator,
                 QStringLiteral("--out"), csv});
    QVERIFY(vigie.waitForFinished(30000));
    QCOMPARE(vigie.exitCode(), 0);

    const QString outDir = m_dir.filePath(QStringLiteral("html"));
    QProcess office;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_dir.path()); // a profile of its own
    office.setProcessEnvironment(environment);
    office.start(m_soffice,
                 {QStringLiteral("--headless"), QStringLiteral("--infilter=") + filter, QStringLiteral("--convert-to"),
                  QStringLiteral("html"), QStringLiteral("--outdir"), outDir, csv});
    QVERIFY(office.waitForFinished(120000));
    QFile html(outDir + QStringLiteral("/contracts.html"));
    QVERIFY2(html.open(QIODevice::ReadOnly), office.readAllStandardError().constData());
    const QList<QList<Cell>> rows = htmlRows(QString::fromUtf8(html.readAll()));
    QCOMPARE(rows.size(), 3); // header, the TESSI contract, the formula-looking one

    QStringList header;
    for (const Cell &cell : rows.first())
        header << cell.text;
    // The BOM must not stick to the first column's name.
    QCOMPARE(header.value(0), QStringLiteral("id"));
    for (const char *column : {"reference", "buyer", "holders", "object", "amount_eur", "notified_on", "sources"})
        QVERIFY2(header.contains(QLatin1String(column)), column);
    const int object = header.indexOf(QStringLiteral("object"));
    const int amount = header.indexOf(QStringLiteral("amount_eur"));

    const QList<Cell> &tessi = rows.at(1);
    QCOMPARE(tessi.size(), header.size());
    QCOMPARE(tessi.at(amount).text, QStringLiteral("80000000"));
    QVERIFY(tessi.at(amount).numeric);

    const QList<Cell> &formula = rows.at(2);
    QVERIFY2(formula.at(object).text.contains(QStringLiteral("=HYPERLINK")), qPrintable(formula.at(object).text));
    QVERIFY(!formula.at(object).numeric);
    QVERIFY(formula.at(amount).numeric);
    QVERIFY2(formula.at(amount).text == QStringLiteral("1234.56")
                 || formula.at(amount).text == QStringLiteral("1234,56"),
             qPrintable(formula.at(amount).text));
}

QTEST_GUILESS_MAIN(TestLibreOffice)
#include "testlibreoffice.moc"
