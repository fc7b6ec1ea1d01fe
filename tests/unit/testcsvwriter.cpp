#include "core/csvwriter.h"
#include "export/jsonwriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace vigie;

namespace {

// A device whose writes fail, like a full disk.
class FullDevice : public QIODevice
{
public:
    FullDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override
    {
        setErrorString(QStringLiteral("No space left on device"));
        return -1;
    }
};

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void cells_data();
    void cells();
    void rows();
    void semicolonUsesDecimalComma();
    void writeFailure();
    void jsonArray();
};

void TestCsvWriter::cells_data()
{
    QTest::addColumn<QVariant>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QVariant(QStringLiteral("TESSI")) << QStringLiteral("TESSI");
    QTest::newRow("null") << QVariant() << QString();
    QTest::newRow("null string") << QVariant(QMetaType::fromType<QString>()) << QString();
    QTest::newRow("separator") << QVariant(QStringLiteral("a,b")) << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QVariant(QStringLiteral("dit \"non\"")) << QStringLiteral("\"dit \"\"non\"\"\"");
    QTest::newRow("newline") << QVariant(QStringLiteral("l1\nl2")) << QStringLiteral("\"l1\nl2\"");
    QTest::newRow("formula =") << QVariant(QStringLiteral("=SUM(A1)")) << QStringLiteral("'=SUM(A1)");
    QTest::newRow("formula +") << QVariant(QStringLiteral("+33 1 23")) << QStringLiteral("'+33 1 23");
    QTest::newRow("formula -") << QVariant(QStringLiteral("-5")) << QStringLiteral("'-5");
    QTest::newRow("formula @") << QVariant(QStringLiteral("@cmd")) << QStringLiteral("'@cmd");
    QTest::newRow("tab") << QVariant(QStringLiteral("\tx")) << QStringLiteral("'\tx");
    QTest::newRow("cr") << QVariant(QStringLiteral("\rx")) << QStringLiteral("\"'\rx\"");
    QTest::newRow("formula with comma") << QVariant(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"))
                                        << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("inner = kept") << QVariant(QStringLiteral("a=b")) << QStringLiteral("a=b");
    QTest::newRow("integer") << QVariant(qint64(80000000)) << QStringLiteral("80000000");
    QTest::newRow("negative number stays a number") << QVariant(qint64(-5)) << QStringLiteral("-5");
    QTest::newRow("double") << QVariant(1234.56) << QStringLiteral("1234.56");
    QTest::newRow("big double no exponent") << QVariant(80000000.0) << QStringLiteral("80000000");
    QTest::newRow("accents") << QVariant(QStringLiteral("Pôle emploi")) << QStringLiteral("Pôle emploi");
}

void TestCsvWriter::cells()
{
    QFETCH(QVariant, cell);
    QFETCH(QString, expected);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const CsvWriter writer(&buffer);
    QCOMPARE(writer.formatCell(cell), expected);
}

void TestCsvWriter::rows()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeHeader({QStringLiteral("name"), QStringLiteral("amount")}));
    QVERIFY(writer.writeRow({QStringLiteral("Majorel"), QVariant()}));
    QVERIFY(writer.writeRow({QStringLiteral("=1+1"), qint64(12)}));
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBFname,amount\r\nMajorel,\r\n'=1+1,12\r\n"));
}

void TestCsvWriter::semicolonUsesDecimalComma()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, QLatin1Char(';'));
    QCOMPARE(writer.decimalSeparator(), QLatin1Char(','));
    QVERIFY(writer.writeRow({QStringLiteral("a;b"), 1234.5, QStringLiteral("x,y")}));
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF\"a;b\";1234,5;x,y\r\n"));
}

void TestCsvWriter::writeFailure()
{
    FullDevice device;
    CsvWriter writer(&device);
    QVERIFY(!writer.writeRow({QStringLiteral("x")}));
    QVERIFY(!writer.isOk());
    QVERIFY(writer.errorString().contains(QStringLiteral("No space")));
    JsonArrayWriter json(&device);
    QVERIFY(!json.writeObject({}));
    QVERIFY(!json.isOk());
}

void TestCsvWriter::jsonArray()
{
    QBuffer empty;
    empty.open(QIODevice::WriteOnly);
    JsonArrayWriter emptyWriter(&empty);
    QVERIFY(emptyWriter.finish());
    QVERIFY(QJsonDocument::fromJson(empty.data()).isArray());
    QCOMPARE(QJsonDocument::fromJson(empty.data()).array().size(), 0);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonArrayWriter writer(&buffer);
    QVERIFY(writer.writeObject({{QStringLiteral("a"), 1}}));
    QVERIFY(writer.writeObject({{QStringLiteral("b"), QJsonValue::Null}}));
    QVERIFY(writer.finish());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(buffer.data(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.array().size(), 2);
    QVERIFY(document.array().at(1).toObject().value(QStringLiteral("b")).isNull());
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "testcsvwriter.moc"
