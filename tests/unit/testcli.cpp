#include "../testsupport.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using namespace vigie::testing;

namespace {

using Result = CliRun;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void versionAndHelp();
    void initAndCheck();
    void initRefusesOverwrite();
    void checkReportsDamage();
    void exportJson_data();
    void exportJson();
    void exportJsonContent();
    void exportCsv();
    void exportManyContracts();
    void exportSearch();
    void exportCsvNeutralisesFormulas();
    void exportToFile();
    void failedExportKeepsPreviousFile();
    void errors_data();
    void errors();
    void usageErrors_data();
    void usageErrors();
    void notACommandLine_data();
    void notACommandLine();
    void helpListsEverySubcommand();
    void importKeepsTheBackupsThePreferencesKeep();
    void oneRuleForNamingAnOrganisation();
    void watchList();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString demoDatabase();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::cleanup()
{
    m_dir.reset();
}

QString TestCli::demoDatabase()
{
    const QString db = path(QStringLiteral("demo.sqlite"));
    const Result result = runVigie({QStringLiteral("init"), db, QStringLiteral("--demo")});
    [&] { QVERIFY2(result.exitCode == 0, result.err.constData()); }();
    return db;
}

void TestCli::versionAndHelp()
{
    Result result = runVigie({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("vigie "));
    QVERIFY(result.err.isEmpty());

    result = runVigie({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char *word : {"init", "export", "check", "--demo", "--format"})
        QVERIFY2(result.out.contains(word), word);

    result = runVigie({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("export TABLE"));

    // Every subcommand answers --help on standard output, with exit code 0.
    for (const char *command : {"init", "check", "import", "restore", "backup", "chart"}) {
        result = runVigie({QLatin1String(command), QStringLiteral("--help")});
        QVERIFY2(result.exitCode == 0, command);
        QVERIFY2(result.out.contains(QByteArray("vigie ") + command), command);
    }
}

void TestCli::initAndCheck()
{
    const QString db = path(QStringLiteral("sub/new.sqlite"));
    Result result = runVigie({QStringLiteral("init"), db});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.err.isEmpty());
    QVERIFY(QFile::exists(db));
    QCOMPARE(QFile::permissions(db) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

    result = runVigie({QStringLiteral("check"), db});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("schema version"));
    QVERIFY(result.out.contains("integrity: ok"));
    QVERIFY(result.err.isEmpty());

    const QString demo = demoDatabase();
    result = runVigie({QStringLiteral("check"), demo});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("integrity: ok"));
}

void TestCli::initRefusesOverwrite()
{
    const QString existing = path(QStringLiteral("precious.sqlite"));
    QVERIFY(writeFile(existing, "months of work"));
    const QByteArray before = checksum(existing);
    for (const QStringList &arguments : {QStringList {QStringLiteral("init"), existing},
                                         QStringList {QStringLiteral("init"), existing, QStringLiteral("--demo")}}) {
        const Result result = runVigie(arguments);
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY(result.err.contains("already exists"));
        QCOMPARE(checksum(existing), before);
    }
    // A Vigie database is not overwritten either.
    const QString demo = demoDatabase();
    const QByteArray demoBefore = checksum(demo);
    QCOMPARE(runVigie({QStringLiteral("init"), demo}).exitCode, 1);
    QCOMPARE(checksum(demo), demoBefore);
}

void TestCli::checkReportsDamage()
{
    const QString db = path(QStringLiteral("orphan.sqlite"));
    {
        Database database;
        QVERIFY(database.create(db));
    }
    {
        // A row pointing nowhere, as written by a program that does not enforce foreign keys.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO tasks (subcontractor_id, title) VALUES (999, 'orphan')")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = checksum(db);
    const Result result = runVigie({QStringLiteral("check"), db});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.contains("damaged") && result.err.contains("tasks"), result.err.constData());
    QCOMPARE(checksum(db), before);
}

void TestCli::exportJson_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("subcontractors") << QStringLiteral("subcontractors") << 3
                                    << QStringList {QStringLiteral("name"), QStringLiteral("siren"),
                                                    QStringLiteral("sources")};
    QTest::newRow("contracts") << QStringLiteral("contracts") << 1
                               << QStringList {QStringLiteral("reference"),   QStringLiteral("buyer"),
                                               QStringLiteral("holders"),     QStringLiteral("amount_eur"),
                                               QStringLiteral("notified_on"), QStringLiteral("amount_kind"),
                                               QStringLiteral("sources")};
    QTest::newRow("tasks") << QStringLiteral("tasks") << 5
                           << QStringList {QStringLiteral("title"),           QStringLiteral("subcontractor"),
                                           QStringLiteral("contract"),        QStringLiteral("started_on"),
                                           QStringLiteral("data_categories"), QStringLiteral("sources")};
    QTest::newRow("incidents") << QStringLiteral("incidents") << 3
                               << QStringList {QStringLiteral("title"), QStringLiteral("subcontractor"),
                                               QStringLiteral("discovered_on"), QStringLiteral("claims"),
                                               QStringLiteral("sources")};
    QTest::newRow("sources") << QStringLiteral("sources") << 2
                             << QStringList {QStringLiteral("title"), QStringLiteral("publisher"),
                                             QStringLiteral("kind"), QStringLiteral("published_on")};
}

void TestCli::exportJson()
{
    QFETCH(QString, table);
    QFETCH(int, rows);
    QFETCH(QStringList, keys);
    const QString db = demoDatabase();
    const Result result = runVigie({QStringLiteral("export"), table, QStringLiteral("--db"), db,
                                    QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.err.isEmpty());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isArray());
    QCOMPARE(document.array().size(), rows);
    for (const QJsonValue &value : document.array()) {
        QVERIFY(value.isObject());
        for (const QString &key : keys)
            QVERIFY2(value.toObject().contains(key), qPrintable(table + QLatin1Char('.') + key));
    }
}

void TestCli::exportJsonContent()
{
    const QString db = demoDatabase();
    auto exportArray = [&](const QString &table) {
        const Result result = runVigie({QStringLiteral("export"), table, QStringLiteral("--db"), db,
                                        QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(result.out).array();
    };

    const QJsonObject contract = exportArray(QStringLiteral("contracts")).at(0).toObject();
    QCOMPARE(contract.value(QStringLiteral("buyer")).toString(), QStringLiteral("Pôle emploi"));
    QVERIFY(contract.value(QStringLiteral("amount_eur")).isDouble());
    QCOMPARE(contract.value(QStringLiteral("amount_eur")).toDouble(), 80000000.0);
    QVERIFY(contract.value(QStringLiteral("notified_on")).isNull()); // unknown, not ""
    const QJsonArray holders = contract.value(QStringLiteral("holders")).toArray();
    QCOMPARE(holders.size(), 1);
    QCOMPARE(holders.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("TESSI"));
    QVERIFY(holders.at(0).toObject().contains(QStringLiteral("id")));

    bool foundOfficial = false;
    bool foundUnknownPeople = false;
    for (const QJsonValue &value : exportArray(QStringLiteral("incidents"))) {
        const QJsonObject incident = value.toObject();
        QVERIFY(incident.value(QStringLiteral("discovered_on")).isNull());
        QVERIFY(incident.value(QStringLiteral("sources")).isArray());
        QVERIFY(!incident.value(QStringLiteral("sources")).toArray().isEmpty());
        for (const QJsonValue &c : incident.value(QStringLiteral("claims")).toArray()) {
            const QJsonObject claim = c.toObject();
            QVERIFY(claim.value(QStringLiteral("data_categories")).isArray());
            QVERIFY(!claim.value(QStringLiteral("data_categories")).toArray().isEmpty());
            QVERIFY(claim.value(QStringLiteral("source")).isString());
            if (claim.value(QStringLiteral("people")).isNull()) {
                foundUnknownPeople = true;
            } else if (claim.value(QStringLiteral("people")).toDouble() == 6353810.0) {
                foundOfficial = true;
                QCOMPARE(incident.value(QStringLiteral("subcontractor")).toString(), QStringLiteral("Majorel"));
                QVERIFY(claim.value(QStringLiteral("data_categories")).toArray().contains(QStringLiteral("nir")));
                QVERIFY(claim.value(QStringLiteral("source")).toString().startsWith(QStringLiteral("Vols de données")));
            }
        }
    }
    QVERIFY(foundOfficial);
    QVERIFY(foundUnknownPeople);
}

// More contracts than the export reads at a time (2,000): the file holds them all, in the order of
// Repository::contracts(), each with its own holders, amendments and sources.
void TestCli::exportManyContracts()
{
    const QString db = demoDatabase();
    {
        Database database;
        QVERIFY2(database.open(db), qPrintable(database.errorString()));
        QSqlQuery query(database.connection());
        const QStringList statements = {
            QStringLiteral("INSERT INTO organisations (id, name, role) VALUES (9001, 'Acheteur', 'buyer'), "
                           "(9002, 'Titulaire A', 'subcontractor'), (9003, 'Titulaire B', 'subcontractor')"),
            // Dates repeat and some are unknown; references differ by case only: every part of the order counts.
            QStringLiteral(R"(
                WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4321)
                INSERT INTO contracts (id, reference, buyer_id, notified_on, amount_cents)
                SELECT 10000 + i, CASE i % 2 WHEN 0 THEN 'ref-' ELSE 'REF-' END || (i / 2), 9001,
                       CASE WHEN i % 7 = 0 THEN NULL ELSE printf('2023-%02d-%02d', 1 + i % 12, 1 + i % 28) END,
                       CASE WHEN i % 5 = 0 THEN NULL ELSE i * 100 END
                  FROM n)"),
            QStringLiteral("INSERT INTO contract_holders (contract_id, organisation_id) "
                           "SELECT id, 9002 FROM contracts WHERE id > 10000 AND id % 3 <> 0"),
            QStringLiteral("INSERT INTO contract_holders (contract_id, organisation_id) "
                           "SELECT id, 9003 FROM contracts WHERE id > 10000 AND id % 2 = 0"),
            QStringLiteral("INSERT INTO amendments (contract_id, signed_on) "
                           "SELECT id, '2024-01-01' FROM contracts WHERE id > 10000 AND id % 11 = 0"),
            QStringLiteral("INSERT INTO contract_sources (contract_id, source_id, quote) "
                           "SELECT c.id, (SELECT min(id) FROM sources), 'ligne ' || c.id FROM contracts AS c "
                           "WHERE c.id > 10000 AND c.id % 13 = 0"),
        };
        for (const QString &sql : statements)
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text() + QLatin1Char(' ') + sql));
    }
    QList<Contract> expected;
    {
        Database database;
        QVERIFY2(database.open(db), qPrintable(database.errorString()));
        expected = Repository(database.connection()).contracts(); // all at once: what the export must match
    }
    QVERIFY(expected.size() > 4321);

    const Result result = runVigie({QStringLiteral("export"), QStringLiteral("contracts"), QStringLiteral("--db"), db,
                                    QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray exported = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(exported.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Contract &c = expected.at(i);
        const QJsonObject object = exported.at(i).toObject();
        QCOMPARE(object.value(QStringLiteral("id")).toInteger(), c.id);
        QCOMPARE(object.value(QStringLiteral("reference")).toString(), c.reference);
        QCOMPARE(object.value(QStringLiteral("holders")).toArray().size(), c.holders.size());
        QCOMPARE(object.value(QStringLiteral("amendments")).toArray().size(), c.amendments.size());
        QCOMPARE(object.value(QStringLiteral("sources")).toArray().size(), c.citations.size());
        QCOMPARE(object.value(QStringLiteral("amount_eur")).isNull(), !c.amount.has_value());
    }
    // Spot checks against the data as inserted, so that both sides cannot be wrong together.
    QJsonObject both;
    for (const QJsonValue &value : exported) {
        // 10010: even and not a multiple of 3 (two holders), a multiple of 11 (amended) and of 13 (cited).
        if (value[QStringLiteral("id")].toInteger() == 10010)
            both = value.toObject();
    }
    QCOMPARE(both.value(QStringLiteral("holders")).toArray().size(), 2);
    QCOMPARE(both.value(QStringLiteral("amendments")).toArray().size(), 1);
    QCOMPARE(both.value(QStringLiteral("sources")).toArray().at(0)[QStringLiteral("quote")].toString(),
             QStringLiteral("ligne 10010"));

    // The CSV holds the same rows in the same order.
    const Result csv = runVigie({QStringLiteral("export"), QStringLiteral("contracts"), QStringLiteral("--db"), db,
                                 QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.size(), expected.size() + 1);
    for (qsizetype i = 0; i < expected.size(); i += 997)
        QVERIFY2(lines.at(i + 1).startsWith(QByteArray::number(expected.at(i).id) + ','), lines.at(i + 1).constData());
}

// --search keeps the contracts whose object or holders match, through the full-text index, brought up to date
// first (a contract entered a moment ago is found).
void TestCli::exportSearch()
{
    const QString db = demoDatabase();
    {
        Database database;
        QVERIFY2(database.open(db), qPrintable(database.errorString()));
        QSqlQuery query(database.connection());
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO contracts (reference, buyer_id, object) SELECT 'NEUF', buyer_id, "
                                      "'Numérisation des courriers' FROM contracts LIMIT 1")));
    }
    auto exported = [&](const QString &text) {
        const Result result
            = runVigie({QStringLiteral("export"), QStringLiteral("contracts"), QStringLiteral("--db"), db,
                        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--search"), text});
        [&] { QVERIFY2(result.exitCode == 0, result.err.constData()); }();
        QStringList references;
        for (const QJsonValue &row : QJsonDocument::fromJson(result.out).array())
            references << row[QStringLiteral("reference")].toString();
        return references;
    };
    QCOMPARE(exported(QStringLiteral("hotline")).size(), 1); // the TESSI contract of the leaflet, by its object
    QCOMPARE(exported(QStringLiteral("tessi")), exported(QStringLiteral("hotline"))); // by its holder
    QCOMPARE(exported(QStringLiteral("numerisation cour")), QStringList {QStringLiteral("NEUF")});
    QCOMPARE(exported(QStringLiteral("nothing like it")), QStringList());
}

void TestCli::exportCsv()
{
    const QString db = demoDatabase();
    Result result = runVigie({QStringLiteral("export"), QStringLiteral("contracts"), QStringLiteral("--db"), db,
                              QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = result.out.mid(3).split('\n');
    QVERIFY(lines.at(0).startsWith("id,reference,buyer,holders"));
    QVERIFY(lines.at(0).endsWith('\r'));
    QVERIFY(lines.at(1).contains(",80000000,approximate,")); // a number, not text
    QCOMPARE(lines.size(), 3); // header, one contract, empty after the last CRLF

    result = runVigie({QStringLiteral("export"), QStringLiteral("sources"), QStringLiteral("--db"), db,
                       QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--separator"),
                       QStringLiteral(";")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.mid(3).startsWith("id;title;publisher;kind;published_on"));
    QVERIFY(result.out.contains(";2023-08-24;"));
}

void TestCli::exportCsvNeutralisesFormulas()
{
    const QString db = path(QStringLiteral("hostile.sqlite"));
    {
        Database database;
        QVERIFY(database.create(db));
        Repository repository(database.connection());
        Source source;
        source.title = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"clic\")");
        source.publisher = QStringLiteral("@SUM(1+1)");
        source.notes = QStringLiteral("-2+3");
        source.kind = QStringLiteral("press");
        QVERIFY(repository.saveSource(source));
    }
    const Result result = runVigie({QStringLiteral("export"), QStringLiteral("sources"), QStringLiteral("--db"), db,
                                    QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QByteArray row = result.out.split('\n').at(1);
    QVERIFY2(row.startsWith("1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"clic\"\")\",'@SUM(1+1),press,"),
             row.constData());
    QVERIFY2(row.contains(",'-2+3\r"), row.constData());
}

void TestCli::exportToFile()
{
    const QString db = demoDatabase();
    const QString out = path(QStringLiteral("incidents.json"));
    QVERIFY(writeFile(out, "old content"));
    const Result result = runVigie({QStringLiteral("export"), QStringLiteral("incidents"), QStringLiteral("--db"), db,
                                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.isEmpty());
    QCOMPARE(QJsonDocument::fromJson(readFile(out)).array().size(), 3);
    // No temporary file left next to it.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).filter(QStringLiteral("incidents")).size(), 1);
}

void TestCli::failedExportKeepsPreviousFile()
{
    const QString out = path(QStringLiteral("previous.csv"));
    QVERIFY(writeFile(out, "previous export"));
    const QByteArray before = checksum(out);
    const QString junk = path(QStringLiteral("junk.sqlite"));
    QVERIFY(writeFile(junk, QByteArray(4096, 'x')));
    Result result = runVigie({QStringLiteral("export"), QStringLiteral("sources"), QStringLiteral("--db"), junk,
                              QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(checksum(out), before);

    // Writing over the database itself is refused.
    const QString db = demoDatabase();
    const QByteArray dbBefore = checksum(db);
    result = runVigie({QStringLiteral("export"), QStringLiteral("sources"), QStringLiteral("--db"), db,
                       QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), db});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("database itself"));
    QCOMPARE(checksum(db), dbBefore);

    // An output folder that does not exist: an error, nothing created.
    const QString nowhere = path(QStringLiteral("nowhere/out.csv"));
    result = runVigie({QStringLiteral("export"), QStringLiteral("sources"), QStringLiteral("--db"), db,
                       QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), nowhere});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY(!QFile::exists(nowhere));
}

void TestCli::errors_data()
{
    QTest::addColumn<QString>("setup"); // "missing", "junk", "empty", "other"
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("export")}) {
        QTest::addRow("%s missing", qPrintable(command))
            << QStringLiteral("missing") << command << QStringLiteral("does not exist");
        QTest::addRow("%s junk", qPrintable(command))
            << QStringLiteral("junk") << command << QStringLiteral("not a Vigie database");
        QTest::addRow("%s empty", qPrintable(command))
            << QStringLiteral("empty") << command << QStringLiteral("empty file");
        QTest::addRow("%s folder", qPrintable(command))
            << QStringLiteral("folder") << command << QStringLiteral("not a file");
    }
}

void TestCli::errors()
{
    QFETCH(QString, setup);
    QFETCH(QString, command);
    QFETCH(QString, expected);
    QString target = path(QStringLiteral("target.sqlite"));
    if (setup == QLatin1String("junk"))
        QVERIFY(writeFile(target, QByteArray("PK\x03\x04 not a database at all").repeated(100)));
    else if (setup == QLatin1String("empty"))
        QVERIFY(writeFile(target, QByteArray()));
    else if (setup == QLatin1String("folder"))
        QVERIFY(QDir().mkpath(target));
    const QByteArray before = checksum(target);
    const QStringList entriesBefore = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    QStringList arguments {command};
    if (command == QLatin1String("check"))
        arguments << target;
    else
        arguments << QStringLiteral("sources") << QStringLiteral("--db") << target << QStringLiteral("--format")
                  << QStringLiteral("json");
    const Result result = runVigie(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY(result.err.endsWith('\n'));
    QVERIFY2(result.err.contains(expected.toUtf8()), result.err.constData());
    QVERIFY2(result.err.contains(QDir::toNativeSeparators(target).toUtf8()), result.err.constData());
    // Nothing created, nothing changed.
    QCOMPARE(checksum(target), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), entriesBefore);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString db = QStringLiteral("x.sqlite");
    const QString e = QStringLiteral("export");
    const QString s = QStringLiteral("sources");
    const QString dbo = QStringLiteral("--db");
    const QString fo = QStringLiteral("--format");
    const QString json = QStringLiteral("json");
    QTest::newRow("init without path") << QStringList {QStringLiteral("init")};
    QTest::newRow("init two paths") << QStringList {QStringLiteral("init"), db, db};
    QTest::newRow("init unknown option") << QStringList {QStringLiteral("init"), db, QStringLiteral("--force")};
    QTest::newRow("check without path") << QStringList {QStringLiteral("check")};
    QTest::newRow("export without table") << QStringList {e, dbo, db, fo, json};
    QTest::newRow("export unknown table") << QStringList {e, QStringLiteral("passwords"), dbo, db, fo, json};
    QTest::newRow("export without db") << QStringList {e, s, fo, json};
    QTest::newRow("export without format") << QStringList {e, s, dbo, db};
    QTest::newRow("export bad format") << QStringList {e, s, dbo, db, fo, QStringLiteral("xml")};
    QTest::newRow("export db without value") << QStringList {e, s, fo, json, dbo};
    QTest::newRow("export bad separator")
        << QStringList {e, s, dbo, db, fo, QStringLiteral("csv"), QStringLiteral("--separator"), QStringLiteral("|")};
    QTest::newRow("separator with json") << QStringList {
        e, s, dbo, db, fo, json, QStringLiteral("--separator"), QStringLiteral(";")};
    QTest::newRow("export unknown option") << QStringList {e, s, dbo, db, fo, json, QStringLiteral("--bogus")};
    const QString search = QStringLiteral("--search");
    QTest::newRow("search other than contracts")
        << QStringList {e, s, dbo, db, fo, json, search, QStringLiteral("tessi")};
    QTest::newRow("search of one letter")
        << QStringList {e, QStringLiteral("contracts"), dbo, db, fo, json, search, QStringLiteral("t")};
    QTest::newRow("watch without db") << QStringList {QStringLiteral("watch"), QStringLiteral("--add"), s};
    QTest::newRow("watch added and removed")
        << QStringList {QStringLiteral("watch"), dbo, db, QStringLiteral("--add"), s, QStringLiteral("--remove"), s};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result result = runVigie(arguments, m_dir->path());
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.contains("usage: vigie " + arguments.first().toUtf8()), result.err.constData());
    QVERIFY(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestCli::notACommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("named"); // the word the message names
    QTest::addColumn<QByteArray>("suggestion"); // what it offers instead, if anything

    const QString db = QStringLiteral("x.sqlite");
    QTest::newRow("unknown subcommand") << QStringList {QStringLiteral("nosuchcommand")} << QByteArray("nosuchcommand")
                                        << QByteArray();
    QTest::newRow("misspelt subcommand") << QStringList {QStringLiteral("exprot"), QStringLiteral("contracts"),
                                                         QStringLiteral("--db"), db}
                                         << QByteArray("exprot") << QByteArray("did you mean \"export\"");
    QTest::newRow("misspelt chart") << QStringList {QStringLiteral("chrat"), QStringLiteral("--db"), db}
                                    << QByteArray("chrat") << QByteArray("did you mean \"chart\"");
    QTest::newRow("stray word after --db FILE")
        << QStringList {QStringLiteral("--db"), db, QStringLiteral("stray")} << QByteArray("stray") << QByteArray();
    QTest::newRow("unknown window option")
        << QStringList {QStringLiteral("--bogus")} << QByteArray("--bogus") << QByteArray();
    QTest::newRow("misspelt window option") << QStringList {QStringLiteral("--read-onyl"), QStringLiteral("--db"), db}
                                            << QByteArray("--read-onyl") << QByteArray("did you mean --read-only");
    QTest::newRow("--db without a file") << QStringList {QStringLiteral("--db")} << QByteArray("--db") << QByteArray();
    QTest::newRow("misspelt chart option") << QStringList {QStringLiteral("chart"),
                                                           QStringLiteral("--db"),
                                                           db,
                                                           QStringLiteral("--kind"),
                                                           QStringLiteral("spending-exposure"),
                                                           QStringLiteral("--out"),
                                                           QStringLiteral("c.png"),
                                                           QStringLiteral("--fromat"),
                                                           QStringLiteral("png")}
                                           << QByteArray("--fromat") << QByteArray("did you mean --format");
    QTest::newRow("chart option given twice")
        << QStringList {QStringLiteral("chart"), QStringLiteral("--db"), db, QStringLiteral("--db"), db}
        << QByteArray("--db given more than once") << QByteArray();
}

void TestCli::notACommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, named);
    QFETCH(QByteArray, suggestion);
    // A home of its own: the default database, the settings, anything opened or created would show there.
    const QString home = path(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    const QHash<QString, QString> environment = {{QStringLiteral("HOME"), home},
                                                 {QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data")},
                                                 {QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config")}};
    for (const char *platform : {"", "offscreen"}) {
        // Without a display a window would abort; offscreen it would wait for ever (runVigie stops at a minute).
        QHash<QString, QString> env = environment;
        if (*platform)
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QLatin1String(platform));
        const Result result = runVigie(arguments, m_dir->path(), env);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.out.isEmpty(), result.out.constData());
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY2(result.err.startsWith("vigie"), result.err.constData());
        QVERIFY2(result.err.contains(named), result.err.constData());
        if (!suggestion.isEmpty())
            QVERIFY2(result.err.contains(suggestion), result.err.constData());
        else
            QVERIFY2(!result.err.contains("did you mean"), result.err.constData());
        QCOMPARE(QDir(home).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
    }
}

void TestCli::helpListsEverySubcommand()
{
    const Result help = runVigie({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QStringList subcommands
        = {QStringLiteral("init"),    QStringLiteral("export"), QStringLiteral("check"), QStringLiteral("import"),
           QStringLiteral("restore"), QStringLiteral("backup"), QStringLiteral("watch"), QStringLiteral("chart")};
    for (const QString &name : subcommands) {
        QVERIFY2(help.out.contains("\n  vigie " + name.toUtf8() + ' '), qPrintable(name));
        // Each one's own help gives the same synopsis as the list.
        const Result own = runVigie({name, QStringLiteral("--help")});
        QCOMPARE(own.exitCode, 0);
        const QByteArray synopsis = own.out.split('\n').value(0).mid(own.out.indexOf("vigie "));
        QVERIFY2(help.out.contains(synopsis), synopsis.constData());
    }
    // The list has no other subcommand, so the man page and the completion can rely on it.
    int listed = 0;
    for (const QByteArray &line : help.out.split('\n')) {
        if (line.startsWith("  vigie ") && !line.startsWith("  vigie [") && !line.startsWith("  vigie --"))
            ++listed;
    }
    QCOMPARE(listed, subcommands.size());
}

void TestCli::importKeepsTheBackupsThePreferencesKeep()
{
    // The window's Preferences keep 3 backups (the settings file it writes); an import from the command line
    // prunes to the same number, where it used to keep 10 whatever the user chose.
    const QString config = path(QStringLiteral("config"));
    QVERIFY(QDir().mkpath(config + QStringLiteral("/Vigie")));
    QFile settings(config + QStringLiteral("/Vigie/vigie.conf"));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[Backups]\nkeep=3\n");
    settings.close();
    const QHash<QString, QString> environment = {{QStringLiteral("XDG_CONFIG_HOME"), config}};
    const QString db = path(QStringLiteral("policy.sqlite"));
    QCOMPARE(runVigie({QStringLiteral("init"), db}, {}, environment).exitCode, 0);
    const QString decp = QStringLiteral(VIGIE_TEST_DATA_DIR "/decp/tessi.json");
    auto backupsOf
        = [&] { return QDir(db + QStringLiteral(".backups")).entryList({QStringLiteral("*.sqlite")}, QDir::Files); };
    for (int i = 1; i <= 5; ++i) {
        const Result result = runVigie({QStringLiteral("import"), decp, QStringLiteral("--db"), db}, {}, environment);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(backupsOf().size(), std::min(i, 3));
    }
    // A backup made by hand follows the same policy, unless --keep says otherwise this once.
    QCOMPARE(runVigie({QStringLiteral("backup"), QStringLiteral("--db"), db}, {}, environment).exitCode, 0);
    QCOMPARE(backupsOf().size(), 3);
    QCOMPARE(
        runVigie({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--keep"), QStringLiteral("1")},
                 {}, environment)
            .exitCode,
        0);
    QCOMPARE(backupsOf().size(), 1);
}

void TestCli::oneRuleForNamingAnOrganisation()
{
    // Two subcontractors called TESSI: `vigie chart` used to take the last of them silently, where `vigie watch`
    // refused the name. Both refuse it now, with the same words, and both take the identifier.
    const QString db = demoDatabase();
    {
        Database database;
        QVERIFY2(database.open(db), qPrintable(database.errorString()));
        Repository repository(database.connection());
        Organisation other;
        other.name = QStringLiteral("TESSI");
        other.idType = IdentifierType::Siren;
        other.identifier = QStringLiteral("732829320");
        QVERIFY2(repository.saveOrganisation(other), qPrintable(repository.lastError()));
    }
    const QString out = path(QStringLiteral("tessi.svg"));
    const Result chart = runVigie({QStringLiteral("chart"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                                   QStringLiteral("spending-exposure"), QStringLiteral("--out"), out,
                                   QStringLiteral("--subcontractor"), QStringLiteral("tessi")});
    QCOMPARE(chart.exitCode, 1);
    QVERIFY2(chart.err.contains("are called \"tessi\": give its SIREN"), chart.err.constData());
    QVERIFY(!QFile::exists(out));
    const Result watch = runVigie(
        {QStringLiteral("watch"), QStringLiteral("--db"), db, QStringLiteral("--add"), QStringLiteral("tessi")});
    QCOMPARE(watch.exitCode, 1);
    // The same reason, word for word (the watch list adds that it is unchanged).
    // (Qt may put a notice of its own before the chart's line.)
    const QByteArray reason = chart.err.trimmed().split('\n').last().mid(QByteArrayLiteral("vigie: ").size());
    QVERIFY2(watch.err.contains(reason), watch.err.constData());

    // By its SIREN, the second TESSI is found; it has no contract to draw, which is said, not drawn as zero.
    const Result bySiren = runVigie({QStringLiteral("chart"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                                     QStringLiteral("spending-exposure"), QStringLiteral("--out"), out,
                                     QStringLiteral("--subcontractor"), QStringLiteral("732 829 320")});
    QCOMPARE(bySiren.exitCode, 1);
    QVERIFY2(bySiren.err.contains("has no contracts or incidents"), bySiren.err.constData());
    QVERIFY(!QFile::exists(out));
}

void TestCli::watchList()
{
    const QString db = demoDatabase();
    // Two companies of one name, told apart by their identifiers; TESSI DOCUMENTS SERVICES is of the TESSI group.
    {
        Database database;
        QVERIFY(database.open(db));
        Repository repository(database.connection());
        for (const QString &siren : {QStringLiteral("732829320"), QStringLiteral("542065479")}) {
            Organisation twin;
            twin.name = QStringLiteral("Homonyme");
            twin.role = QStringLiteral("subcontractor");
            twin.idType = IdentifierType::Siren;
            twin.identifier = siren;
            QVERIFY2(repository.saveOrganisation(twin), qPrintable(repository.lastError()));
        }
        const QList<Organisation> all = repository.organisations();
        const auto tessi = std::find_if(all.cbegin(), all.cend(),
                                        [](const Organisation &o) { return o.name == QStringLiteral("TESSI"); });
        QVERIFY(tessi != all.cend());
        Organisation subsidiary;
        subsidiary.name = QStringLiteral("TESSI DOCUMENTS SERVICES");
        subsidiary.role = QStringLiteral("subcontractor");
        subsidiary.parentId = tessi->id;
        QVERIFY2(repository.saveOrganisation(subsidiary), qPrintable(repository.lastError()));
    }
    const QString dbo = QStringLiteral("--db");
    const QString add = QStringLiteral("--add");
    Result result = runVigie({QStringLiteral("watch"), dbo, db});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("No organisation is watched"), result.out.constData());

    // By name, whatever the case, and by identifier, spaces and all.
    result = runVigie(
        {QStringLiteral("watch"), dbo, db, add, QStringLiteral("tessi"), add, QStringLiteral("542 065 479")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.contains("Homonyme (SIREN 542065479)"), result.out.constData());
    QVERIFY2(lines.contains("TESSI, 1 subsidiary"), result.out.constData());

    // A name two companies share, or one nobody has, is refused; nothing of the command is done.
    for (const QString &reference : {QStringLiteral("Homonyme"), QStringLiteral("Sodexo")}) {
        result = runVigie({QStringLiteral("watch"), dbo, db, add, QStringLiteral("Majorel"), add, reference});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY2(result.err.contains(reference.toUtf8()) && result.err.contains("unchanged"), result.err.constData());
    }
    result = runVigie({QStringLiteral("watch"), dbo, db});
    QCOMPARE(result.out.trimmed().split('\n').size(), 3);
    QVERIFY(!result.out.contains("Majorel"));

    // Taken off the list; listing writes nothing.
    result = runVigie({QStringLiteral("watch"), dbo, db, QStringLiteral("--remove"), QStringLiteral("TESSI")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(!result.out.contains("TESSI"));
    QVERIFY(result.out.contains("542065479"));
    {
        Database database;
        QVERIFY(database.open(db));
        for (const Organisation &o : Repository(database.connection()).organisations())
            QCOMPARE(o.watched, o.identifier == QStringLiteral("542065479"));
    }
    const QByteArray settled = readFile(db);
    result = runVigie({QStringLiteral("watch"), dbo, db});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(readFile(db), settled);
}

QTEST_GUILESS_MAIN(TestCli)
#include "testcli.moc"
