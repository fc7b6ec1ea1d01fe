#include "../testsupport.h"
// Hostile files fed to the DECP import: each gets a clear rejection (what and where), and nothing in
// the database changes but what the record itself legitimately brings. Also replays every input the
// fuzzers crashed on (tests/data/hostile/).
#include "../fuzz/inputcheck.h"
#include "export/tableexport.h"
#include "storage/database.h"
#include "storage/decpimporter.h"
#include "storage/demodata.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using vigie::testing::checksum;

namespace {

enum class Outcome {
    FileRejected, // the import fails, the database is untouched
    ValueUnknown, // the record is imported with that value unknown (NULL), and a report line says why
    RecordRejected, // the record is rejected with a report line; nothing is imported
    Flagged, // the record is imported with the text kept, and a report line flags it
    StoredVerbatim, // the text is stored exactly as given, and nothing else happens
};

const QByteArray kBuyer = "13000548100010"; // Pôle emploi, already in the demo database
const QByteArray kHolder = "44306184100013";

// A 2019-layout file holding one contract, with `fields` added to the record.
QByteArray jsonContract(const QByteArray &fields)
{
    return R"({"marches": [{"id": "H-1", "acheteur": {"id": ")" + kBuyer + R"("},
        "titulaires": [{"typeIdentifiant": "SIRET", "id": ")"
        + kHolder + R"(", "denominationSociale": "HOSTILE SA"}])" + (fields.isEmpty() ? QByteArray() : ", " + fields)
        + "}]}";
}

QByteArray xmlContract(const QByteArray &elements)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<marches><marche><id>X-1</id><acheteur><id>)"
        + kBuyer + "</id></acheteur><titulaires><titulaire><typeIdentifiant>SIRET</typeIdentifiant><id>" + kHolder
        + "</id><denominationSociale>HOSTILE SA</denominationSociale></titulaire></titulaires>" + elements
        + "</marche></marches>";
}

QByteArray csvContract(const QByteArray &object)
{
    return "id;acheteur.id;objet;montant;titulaire.id;titulaire.typeIdentifiant\r\nC-1;" + kBuyer + ";" + object
        + ";1000;" + kHolder + ";SIRET\r\n";
}

// Every row of every table (search-index internals aside), as text, to tell what an import changed.
using Snapshot = QHash<QString, QSet<QByteArray>>;

Snapshot snapshot(const QSqlDatabase &db)
{
    Snapshot result;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                               "AND name NOT LIKE 'contracts_fts%'"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &name : std::as_const(names)) {
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name)))
            qFatal("cannot read %s: %s", qPrintable(name), qPrintable(rows.lastError().text()));
        QSet<QByteArray> &set = result[name];
        while (rows.next()) {
            QByteArray row;
            for (int i = 0; i < rows.record().count(); ++i) {
                const QVariant v = rows.value(i);
                row += v.isNull() ? QByteArray("\\N") : v.toString().toUtf8().toBase64();
                row += '|';
            }
            set.insert(row);
        }
    }
    return result;
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

Q_DECLARE_METATYPE(Outcome)

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void import_data();
    void import();
    void hugeSparseFileIsRejectedAtOnce();
    void formulaPrefixesAreNeutralisedOnExport_data();
    void formulaPrefixesAreNeutralisedOnExport();
    void fuzzRegressions_data();
    void fuzzRegressions();

private:
    // A fresh copy of the demo database (hand-entered facts that no import may touch).
    QString freshDatabase(const QString &name);

    QTemporaryDir m_dir;
    QString m_template;
};

void TestHostileInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    Database db;
    QVERIFY2(db.create(m_template), qPrintable(db.errorString()));
    QSqlDatabase connection = db.connection();
    QString error;
    QVERIFY2(populateDemoData(connection, &error), qPrintable(error));
}

QString TestHostileInput::freshDatabase(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
    QFile::remove(path);
    if (!QFile::copy(m_template, path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestHostileInput::import_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<Outcome>("outcome");
    // FileRejected: words the error must hold (besides the file name). Others: the report line's field
    // and words of its message; StoredVerbatim: the column and the exact text stored.
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("needles");

    // Encoding.
    // Invalid UTF-8 in JSON is most often a Latin-1 file: the text is kept, marked and reported, so that
    // one bad byte does not cost a national file. XML must be well-formed: the file is refused.
    QTest::newRow("json invalid UTF-8") << "json" << jsonContract("\"objet\": \"March\xE9\xFF\xFE\"")
                                        << Outcome::Flagged << QStringLiteral("objet")
                                        << QStringList {QStringLiteral("encoding")};
    QTest::newRow("xml invalid UTF-8") << "xml" << xmlContract("<objet>March\xE9\xFF</objet>") << Outcome::FileRejected
                                       << QString() << QStringList {QStringLiteral("line"), QStringLiteral("encoded")};
    QTest::newRow("json NUL byte") << "json" << jsonContract(QByteArray("\"objet\": \"a\0b\"", 14))
                                   << Outcome::FileRejected << QString() << QStringList {QStringLiteral("byte")};
    QTest::newRow("json escaped NUL") << "json" << jsonContract(R"("objet": "a\u0000b")") << Outcome::Flagged
                                      << QStringLiteral("objet") << QStringList {QStringLiteral("NUL")};
    QTest::newRow("xml NUL byte") << "xml" << xmlContract(QByteArray("<objet>a\0b</objet>", 18))
                                  << Outcome::FileRejected << QString() << QStringList {QStringLiteral("line 2")};

    // Length claims and truncation: a string that never ends, an element never closed.
    QTest::newRow("json unterminated string")
        << "json" << QByteArray(R"({"marches": [{"id": "H-1", "objet": ")") + QByteArray(200000, 'x')
        << Outcome::FileRejected << QString() << QStringList {QStringLiteral("not closed")};
    QTest::newRow("json truncated") << "json" << jsonContract({}).chopped(3) << Outcome::FileRejected << QString()
                                    << QStringList {QStringLiteral("truncated")};
    QTest::newRow("xml truncated") << "xml" << xmlContract({}).chopped(20) << Outcome::FileRejected << QString()
                                   << QStringList {QStringLiteral("line 2")};
    QTest::newRow("csv unterminated quote")
        << "csv" << csvContract("\"Accueil" + QByteArray(100000, 'x')) << Outcome::FileRejected << QString()
        << QStringList {QStringLiteral("line 2")};

    // Nesting 10,000 deep, inside a record and around the records.
    QTest::newRow("json nested 10000 in a record")
        << "json"
        << jsonContract("\"objet\": \"Accueil\", \"extra\": " + QByteArray(10000, '[') + QByteArray(10000, ']'))
        << Outcome::StoredVerbatim << QStringLiteral("object") << QStringList {QStringLiteral("Accueil")};
    QTest::newRow("json nested 10000 around")
        << "json" << QByteArray(10000, '[') + QByteArray(10000, ']') << Outcome::RecordRejected << QString()
        << QStringList {QStringLiteral("not a record")};
    {
        QByteArray deep;
        for (int i = 0; i < 10000; ++i)
            deep += "<a>";
        for (int i = 0; i < 10000; ++i)
            deep += "</a>";
        QTest::newRow("xml nested 10000 in a record")
            << "xml" << xmlContract("<objet>Accueil</objet>" + deep) << Outcome::StoredVerbatim
            << QStringLiteral("object") << QStringList {QStringLiteral("Accueil")};
    }
    // Entity expansion ("billion laughs") and external entities are not followed.
    const QByteArray laughs
        = R"(<?xml version="1.0"?><!DOCTYPE marches [<!ENTITY a "aaaaaaaaaa">)"
          R"(<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">)"
          R"(<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">)"
          R"(<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">)"
          R"(<!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">]>)";
    const QByteArray laughsRecord = "<marches><marche><id>B-1</id><acheteur><id>" + kBuyer
        + "</id></acheteur><objet>&i;</objet></marche></marches>";
    QTest::newRow("xml billion laughs") << "xml" << QByteArray(laughs + laughsRecord) << Outcome::FileRejected
                                        << QString() << QStringList {QStringLiteral("line 1")};
    const QByteArray external = R"(<?xml version="1.0"?><!DOCTYPE marches [<!ENTITY x SYSTEM "file:///etc/passwd">]>)";
    const QByteArray externalRecord = "<marches><marche><id>E-1</id><acheteur><id>" + kBuyer
        + "</id></acheteur><objet>&x;</objet></marche></marches>";
    QTest::newRow("xml external entity") << "xml" << QByteArray(external + externalRecord) << Outcome::StoredVerbatim
                                         << QStringLiteral("object") << QStringList {QString()};

    // Numbers of 400 digits, absurd exponents, negative zero.
    const QByteArray digits400(400, '7');
    // RapidJSON refuses a number beyond a double's range outright: the whole file, with where.
    QTest::newRow("json amount of 400 digits")
        << "json" << jsonContract("\"montant\": " + digits400) << Outcome::FileRejected << QString()
        << QStringList {QStringLiteral("line 2"), QStringLiteral("invalid number")};
    QTest::newRow("json amount text of 400 digits")
        << "json" << jsonContract("\"montant\": \"" + digits400 + "\"") << Outcome::ValueUnknown
        << QStringLiteral("montant") << QStringList {QStringLiteral("too large")};
    QTest::newRow("json amount 1e308") << "json" << jsonContract("\"montant\": 1e308") << Outcome::ValueUnknown
                                       << QStringLiteral("montant") << QStringList {QStringLiteral("too large")};
    QTest::newRow("json amount 1e-308") << "json" << jsonContract("\"montant\": 1e-308") << Outcome::ValueUnknown
                                        << QStringLiteral("montant") << QStringList {QStringLiteral("0")};
    QTest::newRow("json amount -0") << "json" << jsonContract("\"montant\": -0") << Outcome::ValueUnknown
                                    << QStringLiteral("montant") << QStringList {QStringLiteral("0")};
    QTest::newRow("json amount -5") << "json" << jsonContract("\"montant\": -5") << Outcome::ValueUnknown
                                    << QStringLiteral("montant") << QStringList {QStringLiteral("negative")};
    QTest::newRow("json amount text 1e308") << "json" << jsonContract("\"montant\": \"1e308\"") << Outcome::ValueUnknown
                                            << QStringLiteral("montant") << QStringList {QStringLiteral("too large")};
    QTest::newRow("json duration of 400 digits")
        << "json" << jsonContract("\"dureeMois\": \"" + digits400 + "\"") << Outcome::ValueUnknown
        << QStringLiteral("dureeMois") << QStringList {QStringLiteral("months")};
    QTest::newRow("xml amount of 400 digits")
        << "xml" << xmlContract("<montant>" + digits400 + "</montant>") << Outcome::ValueUnknown
        << QStringLiteral("montant") << QStringList {QStringLiteral("too large")};
    QTest::newRow("csv amount 1e308") << "csv"
                                      << QByteArray("id;acheteur.id;objet;montant;titulaire.id\r\nC-1;" + kBuyer
                                                    + ";Accueil;1e308;" + kHolder + "\r\n")
                                      << Outcome::ValueUnknown << QStringLiteral("montant")
                                      << QStringList {QStringLiteral("too large")};

    // Dates that do not exist.
    QTest::newRow("json 2023-02-30") << "json" << jsonContract("\"dateNotification\": \"2023-02-30\"")
                                     << Outcome::ValueUnknown << QStringLiteral("dateNotification")
                                     << QStringList {QStringLiteral("2023-02-30"), QStringLiteral("calendar")};
    QTest::newRow("json 2023-13-01") << "json" << jsonContract("\"dateNotification\": \"2023-13-01\"")
                                     << Outcome::ValueUnknown << QStringLiteral("dateNotification")
                                     << QStringList {QStringLiteral("2023-13-01")};
    QTest::newRow("xml 30/02/2023") << "xml" << xmlContract("<dateNotification>30/02/2023</dateNotification>")
                                    << Outcome::ValueUnknown << QStringLiteral("dateNotification")
                                    << QStringList {QStringLiteral("30/02/2023")};
    QTest::newRow("json year 0") << "json" << jsonContract("\"dateNotification\": \"0000-01-01\"")
                                 << Outcome::ValueUnknown << QStringLiteral("dateNotification")
                                 << QStringList {QStringLiteral("0000-01-01")};

    // SQL in text fields is data, nothing more.
    QTest::newRow("json SQL in object") << "json" << jsonContract(R"("objet": "x'); DROP TABLE incidents; --")")
                                        << Outcome::StoredVerbatim << QStringLiteral("object")
                                        << QStringList {QStringLiteral("x'); DROP TABLE incidents; --")};
    QTest::newRow("json SQL in id") << "json"
                                    << QByteArray(R"({"marches": [{"id": "1' OR '1'='1", "acheteur": {"id": ")" + kBuyer
                                                  + R"("}}]})")
                                    << Outcome::StoredVerbatim << QStringLiteral("reference")
                                    << QStringList {QStringLiteral("1' OR '1'='1")};
    QTest::newRow("csv SQL in object") << "csv" << csvContract("\"Robert\"\"); DELETE FROM claims; --\"")
                                       << Outcome::StoredVerbatim << QStringLiteral("object")
                                       << QStringList {QStringLiteral("Robert\"); DELETE FROM claims; --")};
    QTest::newRow("xml SQL in object") << "xml" << xmlContract("<objet>'; UPDATE sources SET title = '';</objet>")
                                       << Outcome::StoredVerbatim << QStringLiteral("object")
                                       << QStringList {QStringLiteral("'; UPDATE sources SET title = '';")};

    // No buyer, no identifier: rejected with the reason.
    QTest::newRow("json no buyer") << "json" << QByteArray(R"({"marches": [{"id": "N-1", "objet": "Accueil"}]})")
                                   << Outcome::RecordRejected << QStringLiteral("acheteur.id")
                                   << QStringList {QStringLiteral("buyer")};
    QTest::newRow("empty file") << "json" << QByteArray() << Outcome::FileRejected << QString()
                                << QStringList {QStringLiteral("empty")};
}

void TestHostileInput::import()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, content);
    QFETCH(Outcome, outcome);
    QFETCH(QString, field);
    QFETCH(QStringList, needles);

    const QString dbPath = freshDatabase(QStringLiteral("import"));
    QVERIFY(!dbPath.isEmpty());
    const QString input = m_dir.filePath(QStringLiteral("hostile.") + suffix);
    {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(content), content.size());
    }
    const QByteArray fileBefore = checksum(dbPath);

    Database db;
    QVERIFY2(db.open(dbPath), qPrintable(db.errorString()));
    const Snapshot before = snapshot(db.connection());
    const qint64 contractsBefore = count(db.connection(), QStringLiteral("SELECT count(*) FROM contracts"));

    DecpImportResult result;
    {
        DecpImportOptions options;
        options.files = {input};
        DecpImporter importer(db.connection());
        result = importer.run(options);
    }
    const Snapshot after = snapshot(db.connection());
    // Nothing from outside the file gets in (an external entity naming /etc/passwd).
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        for (const QByteArray &row : it.value())
            QVERIFY(!row.contains(QByteArray("root:x:0").toBase64().left(8)));
    }

    // Whatever happened, no row that was there before has changed or gone.
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QSet<QByteArray> &now = after.value(it.key());
        for (const QByteArray &row : it.value())
            QVERIFY2(now.contains(row), qPrintable(QStringLiteral("a row of %1 changed or vanished").arg(it.key())));
    }
    const QStringList integrity = db.checkIntegrity(true);
    QVERIFY2(integrity.isEmpty(), qPrintable(integrity.join(QLatin1Char('\n'))));

    if (outcome == Outcome::FileRejected) {
        QVERIFY2(!result.ok, "the import should have failed");
        QVERIFY2(result.error.contains(QStringLiteral("hostile.") + suffix), qPrintable(result.error));
        for (const QString &needle : std::as_const(needles))
            QVERIFY2(result.error.contains(needle, Qt::CaseInsensitive), qPrintable(result.error));
        QVERIFY2(!result.error.contains(QLatin1Char('\n')), qPrintable(result.error));
        QCOMPARE(after, before);
        db.close();
        QCOMPARE(checksum(dbPath), fileBefore);
        return;
    }

    QVERIFY2(result.ok, qPrintable(result.error));
    const DecpFileSummary total = result.total();
    QCOMPARE(total.recordsRead, 1);
    QCOMPARE(total.accepted + total.merged + total.rejected, total.recordsRead);
    // What a record may legitimately add; the hand-entered facts stay as they were.
    const QSet<QString> mayGrow
        = {QStringLiteral("contracts"),        QStringLiteral("organisations"), QStringLiteral("contract_holders"),
           QStringLiteral("contract_sources"), QStringLiteral("sources"),       QStringLiteral("import_batches")};
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!mayGrow.contains(it.key()))
            QVERIFY2(it.value() == before.value(it.key()), qPrintable(QStringLiteral("%1 changed").arg(it.key())));
    }
    const qint64 contractsAfter = count(db.connection(), QStringLiteral("SELECT count(*) FROM contracts"));

    if (outcome == Outcome::RecordRejected) {
        QCOMPARE(total.rejected, 1);
        QCOMPARE(contractsAfter, contractsBefore);
        QVERIFY(!result.changed);
        QCOMPARE(after, before);
    } else {
        QCOMPARE(total.accepted, 1);
        QCOMPARE(contractsAfter, contractsBefore + 1);
    }

    if (outcome == Outcome::StoredVerbatim) {
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT %1 FROM contracts ORDER BY id DESC LIMIT 1").arg(field)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), needles.value(0));
        QCOMPARE(total.warnings, 0);
        return;
    }

    // The report names the record, the field and what was wrong.
    bool found = false;
    for (const DecpReportLine &line : result.firstLines) {
        if (line.field != field)
            continue;
        found = true;
        QCOMPARE(line.record, 1);
        QVERIFY(line.file.contains(QStringLiteral("hostile.")));
        for (const QString &needle : std::as_const(needles))
            QVERIFY2(line.message.contains(needle, Qt::CaseInsensitive), qPrintable(line.message));
    }
    if (!found) {
        QStringList lines;
        for (const DecpReportLine &line : result.firstLines)
            lines << line.field + QStringLiteral(": ") + line.message;
        QFAIL(
            qPrintable(QStringLiteral("no report line about %1 in: %2").arg(field, lines.join(QStringLiteral(" | ")))));
    }
    if (outcome == Outcome::ValueUnknown) {
        const QHash<QString, QString> columns = {{QStringLiteral("montant"), QStringLiteral("amount_cents")},
                                                 {QStringLiteral("dureeMois"), QStringLiteral("duration_months")},
                                                 {QStringLiteral("dateNotification"), QStringLiteral("notified_on")}};
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT %1 FROM contracts ORDER BY id DESC LIMIT 1").arg(columns.value(field, field))));
        QVERIFY(query.next());
        QVERIFY2(query.value(0).isNull(), qPrintable(query.value(0).toString()));
    }
}

void TestHostileInput::hugeSparseFileIsRejectedAtOnce()
{
    // A file that claims gigabytes (sparse: no disk used) must be refused at its first bad byte,
    // without reading it all or holding it in memory.
    const QString dbPath = freshDatabase(QStringLiteral("sparse"));
    for (const QByteArray &start : {QByteArray(), QByteArray(R"({"marches": [{"id": "S-1", "objet": ")")}) {
        const QString input = m_dir.filePath(QStringLiteral("huge.json"));
        {
            QFile file(input);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(start);
            QVERIFY(file.resize(qint64(3) * 1024 * 1024 * 1024));
        }
        const QByteArray fileBefore = checksum(dbPath);
        QElapsedTimer clock;
        clock.start();
        {
            Database db;
            QVERIFY2(db.open(dbPath), qPrintable(db.errorString()));
            DecpImportOptions options;
            options.files = {input};
            DecpImporter importer(db.connection());
            const DecpImportResult result = importer.run(options);
            QVERIFY(!result.ok);
            QVERIFY2(result.error.contains(QStringLiteral("huge.json"))
                         && result.error.contains(QStringLiteral("byte")),
                     qPrintable(result.error));
        }
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(checksum(dbPath), fileBefore);
        QFile::remove(input);
    }
}

void TestHostileInput::formulaPrefixesAreNeutralisedOnExport_data()
{
    QTest::addColumn<QString>("object");
    QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Cliquez\")");
    QTest::newRow("+") << QStringLiteral("+cmd|' /C calc'!A0");
    QTest::newRow("-") << QStringLiteral("-2+3+cmd|' /C calc'!A0");
    QTest::newRow("@") << QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0");
    QTest::newRow("tab") << QStringLiteral("\t=1+1");
    QTest::newRow("CR") << QStringLiteral("\r=1+1");
}

void TestHostileInput::formulaPrefixesAreNeutralisedOnExport()
{
    QFETCH(QString, object);
    const QString dbPath = freshDatabase(QStringLiteral("formula"));
    const QString input = m_dir.filePath(QStringLiteral("formula.json"));
    {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QJsonObject record {
            {QStringLiteral("id"), QStringLiteral("F-1")},
            {QStringLiteral("acheteur"), QJsonObject {{QStringLiteral("id"), QString::fromLatin1(kBuyer)}}},
            {QStringLiteral("objet"), object},
            {QStringLiteral("montant"), 1000}};
        file.write(QJsonDocument(QJsonObject {{QStringLiteral("marches"), QJsonArray {record}}}).toJson());
    }
    Database db;
    QVERIFY2(db.open(dbPath), qPrintable(db.errorString()));
    DecpImportOptions options;
    options.files = {input};
    DecpImporter importer(db.connection());
    const DecpImportResult result = importer.run(options);
    QVERIFY2(result.ok, qPrintable(result.error));
    // Stored as given: neutralising is the exporter's job, for spreadsheets only.
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT object FROM contracts WHERE reference = 'F-1'")) && query.next());
    const QString stored = query.value(0).toString();
    QCOMPARE(stored, object.trimmed());

    for (const QChar separator : {QLatin1Char(','), QLatin1Char(';')}) {
        QByteArray csv;
        QBuffer buffer(&csv);
        buffer.open(QIODevice::WriteOnly);
        TableExportOptions exportOptions;
        exportOptions.format = ExportFormat::Csv;
        exportOptions.separator = separator;
        QString error;
        QVERIFY2(exportTable(db.connection(), QStringLiteral("contracts"), exportOptions, &buffer, &error),
                 qPrintable(error));
        const QString text = QString::fromUtf8(csv);
        // The cell holding the object starts with an apostrophe, quoted or not; the bare text never
        // starts a cell.
        const QString neutral = QLatin1Char('\'') + stored;
        QString quoted = neutral;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        quoted = QLatin1Char('"') + quoted + QLatin1Char('"');
        QVERIFY2(text.contains(QString(separator) + quoted) || text.contains(separator + neutral + separator),
                 qPrintable(text.right(300)));
        QString bareQuoted = stored;
        bareQuoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        QVERIFY(!text.contains(separator + stored)
                && !text.contains(QString(separator) + QLatin1Char('"') + bareQuoted));
    }
    // JSON keeps the text exactly: it is data, not a spreadsheet.
    QByteArray json;
    QBuffer buffer(&json);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(exportTable(db.connection(), QStringLiteral("contracts"), TableExportOptions {}, &buffer, &error));
    bool found = false;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array()) {
        if (value[QStringLiteral("reference")].toString() == QLatin1String("F-1")) {
            found = true;
            QCOMPARE(value[QStringLiteral("object")].toString(), stored);
        }
    }
    QVERIFY(found);
}

void TestHostileInput::fuzzRegressions_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(VIGIE_TEST_DATA_DIR "/hostile"));
    const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Name);
    int rows = 0;
    for (const QFileInfo &file : files) {
        if (file.fileName() != QLatin1String("README.md")) {
            QTest::newRow(qPrintable(file.fileName())) << file.absoluteFilePath();
            ++rows;
        }
    }
    if (rows == 0)
        QTest::newRow("none") << QString();
}

void TestHostileInput::fuzzRegressions()
{
    // Each file is named after the fuzz target that found it: json-*, xml-*, csv-*, values-*.
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("no fuzz regression input");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QString name = QFileInfo(path).fileName();
    QString problem;
    if (name.startsWith(QLatin1String("json-")))
        problem = fuzz::jsonInputProblem(bytes);
    else if (name.startsWith(QLatin1String("xml-")))
        problem = fuzz::xmlInputProblem(bytes);
    else if (name.startsWith(QLatin1String("csv-")))
        problem = fuzz::csvInputProblem(bytes);
    else if (name.startsWith(QLatin1String("values-")))
        problem = fuzz::valuesInputProblem(bytes);
    else
        QFAIL("the name does not say which fuzz target found it (json-, xml-, csv-, values-)");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "testhostileinput.moc"
