// The DECP readers alone (QtCore): every official example, messy fixtures, value readers, errors.
#include "decp/decpcsvreader.h"
#include "decp/decpfields.h"
#include "decp/decpjsonreader.h"
#include "decp/decpreader.h"
#include "decp/decpxmlreader.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace vigie;
using namespace vigie::decp;

namespace {

QString examples()
{
    return QStringLiteral(VIGIE_TEST_DATA_DIR "/decp/official/");
}

QString fixture(const char *name)
{
    return QStringLiteral(VIGIE_TEST_DATA_DIR "/decp/") + QLatin1String(name);
}

struct Parsed
{
    bool ok = false;
    QString error;
    QList<Record> records;
};

Parsed parseDevice(QIODevice &device, const QString &name, const CsvMapping &mapping = {})
{
    Parsed parsed;
    const Format format = detectFormat(device, name);
    std::unique_ptr<RecordReader> reader = createReader(format, mapping);
    if (!reader) {
        parsed.error = QStringLiteral("unknown format");
        return parsed;
    }
    parsed.ok = reader->read(device, [&parsed](Record &r) {
        parsed.records.append(r);
        return true;
    });
    parsed.error = reader->errorString();
    return parsed;
}

Parsed parseFile(const QString &path, const CsvMapping &mapping = {})
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseDevice(file, path, mapping);
}

Parsed parseText(const QByteArray &text, const QString &name = QStringLiteral("test.json"))
{
    QByteArray copy = text;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return parseDevice(buffer, name);
}

const Record *find(const Parsed &parsed, const QString &id)
{
    for (const Record &r : parsed.records) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

bool hasIssue(const Record &record, const QString &field, FieldIssue::Kind kind)
{
    for (const FieldIssue &issue : record.issues) {
        if (issue.field == field && issue.kind == kind)
            return true;
    }
    return false;
}

} // namespace

class TestDecpParse : public QObject
{
    Q_OBJECT

private slots:
    void examples_data();
    void examples();
    void exampleValues2022();
    void exampleValues2019();
    void xmlMatchesJson();
    void messy2019();
    void layouts2022();
    void truncatedJson();
    void invalidJson_data();
    void invalidJson();
    void deepNesting();
    void sinkStops();
    void bareArrayAndBom();
    void xmlMessy();
    void xmlError();
    void xmlTextInPieces();
    void csvWindows1252();
    void csvUtf8Official();
    void csvMapping();
    void csvErrors();
    void cpv_data();
    void cpv();
    void amountFromNumber_data();
    void amountFromNumber();
    void amountFromText_data();
    void amountFromText();
    void dates_data();
    void dates();
    void mangled_data();
    void mangled();
    void detectFormat_data();
    void detectFormat();
    void memoryDoesNotGrow();
};

void TestDecpParse::examples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("contracts");
    QTest::addColumn<int>("concessions");
    QTest::newRow("2022 with amendments") << QStringLiteral("marches_avec_modifications.json") << 2 << 0;
    QTest::newRow("2022 mixed") << QStringLiteral("marches_concessions.json") << 2 << 2;
    QTest::newRow("concessions") << QStringLiteral("concessions.json") << 0 << 2;
    QTest::newRow("concessions amended") << QStringLiteral("concessions_avec_modifications.json") << 0 << 2;
    QTest::newRow("2019 flat array") << QStringLiteral("paquet-2019-flat-array.json") << 1 << 1;
    QTest::newRow("2019 schema") << QStringLiteral("schema-2019-marches.json") << 0 << 0;
    QTest::newRow("2022 schema") << QStringLiteral("schema_decp_v2.0.3.json") << 0 << 0;
    QTest::newRow("XML contracts") << QStringLiteral("Marche.xml") << 2 << 0;
    QTest::newRow("XML concessions") << QStringLiteral("Contrat-concession.xml") << 0 << 2;
    QTest::newRow("XML concessions amended") << QStringLiteral("Contrat-concession-modification.xml") << 0 << 2;
}

void TestDecpParse::examples()
{
    QFETCH(QString, file);
    QFETCH(int, contracts);
    QFETCH(int, concessions);
    const Parsed parsed = parseFile(::examples() + file);
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    int c = 0, k = 0;
    qint64 index = 0;
    for (const Record &r : parsed.records) {
        QCOMPARE(r.index, ++index);
        QVERIFY(r.kind != RecordKind::Invalid);
        (r.kind == RecordKind::Contract ? c : k)++;
        QVERIFY2(rejectionReasons(r).isEmpty() || r.kind == RecordKind::Concession, qPrintable(r.id));
    }
    QCOMPARE(c, contracts);
    QCOMPARE(k, concessions);
}

void TestDecpParse::exampleValues2022()
{
    const Parsed parsed = parseFile(::examples() + QStringLiteral("marches_avec_modifications.json"));
    QVERIFY(parsed.ok);
    const Record *r = find(parsed, QStringLiteral("TEST2022"));
    QVERIFY(r);
    QCOMPARE(r->buyer.id, QStringLiteral("21750001630066"));
    QCOMPARE(r->object, QStringLiteral("envoi pour Json test 1"));
    QCOMPARE(r->cpv, QStringLiteral("45000000-7"));
    QCOMPARE(r->amount, std::optional<Cents>(57'500'000));
    QCOMPARE(r->notifiedOn.toIso(), QStringLiteral("2024-05-15"));
    QCOMPARE(r->publishedOn.toIso(), QStringLiteral("2024-05-25"));
    QCOMPARE(r->durationMonths, std::optional<int>(48));
    QCOMPARE(r->procedure, QStringLiteral("Appel d'offres ouvert"));
    QCOMPARE(r->territory, QStringLiteral("Code postal 75000"));
    QCOMPARE(r->holders.size(), 1);
    QCOMPARE(r->holders.at(0).id, QStringLiteral("55204599900869"));
    QCOMPARE(r->holders.at(0).idType, QStringLiteral("SIRET"));
    QVERIFY(r->holders.at(0).name.isEmpty()); // the 2022 layout gives no names
    QCOMPARE(r->modifications.size(), 1);
    const Modification &m = r->modifications.at(0);
    QCOMPARE(m.amount, std::optional<Cents>(12'345'787));
    QCOMPARE(m.durationMonths, std::optional<int>(12));
    QCOMPARE(m.signedOn.toIso(), QStringLiteral("2022-10-18"));
    QCOMPARE(m.publishedOn.toIso(), QStringLiteral("2022-10-20"));
    QCOMPARE(m.holders.size(), 1);
    QCOMPARE(m.holders.at(0).id, QStringLiteral("868768687576575"));
    QCOMPARE(r->subcontractingActs.size(), 1);
    const SubcontractingAct &a = r->subcontractingActs.at(0);
    QCOMPARE(a.subcontractor.id, QStringLiteral("214356"));
    QCOMPARE(a.amount, std::optional<Cents>(12'345'689));
    QCOMPARE(a.notifiedOn.toIso(), QStringLiteral("2023-10-11"));
    QCOMPARE(r->versionDate().toIso(), QStringLiteral("2024-05-25"));
    QVERIFY(r->issues.isEmpty());
}

void TestDecpParse::exampleValues2019()
{
    const Parsed parsed = parseFile(::examples() + QStringLiteral("paquet-2019-flat-array.json"));
    QVERIFY(parsed.ok);
    QCOMPARE(parsed.records.size(), 2);
    const Record &r = parsed.records.at(0);
    QCOMPARE(r.kind, RecordKind::Contract);
    QCOMPARE(r.id, QStringLiteral("mp-889"));
    QCOMPARE(r.cpv, QStringLiteral("77313000"));
    QCOMPARE(r.amount, std::optional<Cents>(12'700'000));
    QCOMPARE(r.territory, QStringLiteral("Code commune 35238"));
    QCOMPARE(r.holders.size(), 2);
    QCOMPARE(r.holders.at(1).idType, QStringLiteral("TVA"));
    QCOMPARE(r.holders.at(1).id, QStringLiteral("DE814864138"));
    const Record &c = parsed.records.at(1);
    QCOMPARE(c.kind, RecordKind::Concession);
    QCOMPARE(c.id, QStringLiteral("cc-67"));
    QCOMPARE(c.buyer.id, QStringLiteral("21350238800019"));
}

void TestDecpParse::xmlMatchesJson()
{
    const Parsed xml = parseFile(::examples() + QStringLiteral("Marche.xml"));
    QVERIFY2(xml.ok, qPrintable(xml.error));
    const Record &x = xml.records.at(0);
    QCOMPARE(x.id, QStringLiteral("TEST2022"));
    QCOMPARE(x.buyer.id, QStringLiteral("21750001630040"));
    QCOMPARE(x.cpv, QStringLiteral("45000000-7"));
    QCOMPARE(x.amount, std::optional<Cents>(57'500'000));
    QCOMPARE(x.durationMonths, std::optional<int>(48));
    QCOMPARE(x.notifiedOn.toIso(), QStringLiteral("2024-05-15"));
    QCOMPARE(x.holders.size(), 1);
    QCOMPARE(x.holders.at(0).id, QStringLiteral("55204599900869"));
    QCOMPARE(x.subcontractingActs.size(), 1);
    QCOMPARE(x.subcontractingActs.at(0).amount, std::optional<Cents>(12'345'689));
    QCOMPARE(x.territory, QStringLiteral("Code postal 75000"));
}

void TestDecpParse::messy2019()
{
    const Parsed parsed = parseFile(fixture("messy-2019.json"));
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QCOMPARE(parsed.records.size(), 11);

    const Record *r1 = find(parsed, QStringLiteral("M2019-001"));
    QVERIFY(r1);
    QCOMPARE(r1->amount, std::optional<Cents>(57'500'050)); // "575 000,50" as a string
    QCOMPARE(r1->notifiedOn.toIso(), QStringLiteral("2018-12-17")); // zone suffix dropped
    QCOMPARE(r1->buyer.name, QStringLiteral("Pôle emploi"));
    QCOMPARE(r1->holders.at(0).name, QStringLiteral("CENTRE APPELS ALPHA"));
    QCOMPARE(r1->territory, QStringLiteral("Code département 75 (Paris)"));

    const Record *r2 = find(parsed, QStringLiteral("M2019-002"));
    QVERIFY(r2);
    QCOMPARE(r2->amount, std::nullopt); // 0 is unknown in DECP
    QVERIFY(hasIssue(*r2, QStringLiteral("montant"), FieldIssue::Kind::Note));
    QCOMPARE(r2->durationMonths, std::nullopt);
    QCOMPARE(r2->notifiedOn.toIso(), QStringLiteral("2019-02-01")); // time and Z dropped
    QCOMPARE(r2->cpv, QStringLiteral("77313000"));
    QCOMPARE(r2->holders.at(0).idType, QStringLiteral("TVA"));

    const Record *r3 = find(parsed, QStringLiteral("M2019-003"));
    QVERIFY(r3);
    QCOMPARE(r3->amount, std::nullopt); // missing
    QVERIFY(r3->issues.isEmpty()); // a missing value is no issue
    QCOMPARE(r3->cpv, QStringLiteral("50700000-2"));
    QCOMPARE(r3->holders.size(), 2);
    QCOMPARE(r3->holders.at(1).idType, QStringLiteral("HORS-UE"));
    QVERIFY(r3->holders.at(1).name.isEmpty());

    const Record *r4 = find(parsed, QStringLiteral("M2019-004"));
    QVERIFY(r4);
    QVERIFY(r4->object.contains(QChar(0xFFFD))); // kept as it is...
    QVERIFY(hasIssue(*r4, QStringLiteral("objet"), FieldIssue::Kind::Suspicious)); // ...but flagged
    QVERIFY(hasIssue(*r4, QStringLiteral("titulaires[1].denominationSociale"), FieldIssue::Kind::Suspicious));
    QVERIFY(r4->notifiedOn.isUnknown()); // 30 February
    QVERIFY(hasIssue(*r4, QStringLiteral("dateNotification"), FieldIssue::Kind::ValueUnknown));
    QVERIFY(r4->cpv.isEmpty());
    QVERIFY(hasIssue(*r4, QStringLiteral("codeCPV"), FieldIssue::Kind::ValueUnknown));
    QCOMPARE(r4->amount, std::optional<Cents>(15'000'000)); // "1.5E5"
    QVERIFY(rejectionReasons(*r4).isEmpty()); // unreadable values do not reject the record

    // Rejected: no buyer, no id, not an object. The concession is recognised by its _type.
    const Record &noBuyer = parsed.records.at(5);
    QCOMPARE(noBuyer.index, 6);
    QCOMPARE(rejectionReasons(noBuyer).size(), 1);
    QCOMPARE(rejectionReasons(noBuyer).at(0).field, QStringLiteral("acheteur.id"));
    const Record &noId = parsed.records.at(6);
    QCOMPARE(rejectionReasons(noId).at(0).field, QStringLiteral("id"));
    QCOMPARE(parsed.records.at(7).kind, RecordKind::Concession);
    QCOMPARE(parsed.records.at(10).kind, RecordKind::Invalid);
    QVERIFY(!rejectionReasons(parsed.records.at(10)).isEmpty());

    const Record *r9 = find(parsed, QStringLiteral("M2019-009"));
    QVERIFY(r9);
    QCOMPARE(r9->amount, std::optional<Cents>(4'500'000)); // 45000.004 rounds to the cent
    const Record *r10 = find(parsed, QStringLiteral("20190010")); // a numeric id
    QVERIFY(r10);
    QCOMPARE(r10->cpv, QStringLiteral("04500000")); // the leading zero a spreadsheet dropped
    QCOMPARE(r10->amount, std::optional<Cents>(12'700'050));
    QCOMPARE(r10->durationMonths, std::optional<int>(12));
    QVERIFY(r10->holders.at(0).idType.isEmpty());
}

void TestDecpParse::layouts2022()
{
    const Parsed parsed = parseFile(fixture("messy-2022.json"));
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QCOMPARE(parsed.records.size(), 3);
    const Record &r = parsed.records.at(0);
    QCOMPARE(r.versionDate().toIso(), QStringLiteral("2020-03-01")); // the amendment's publication
    QCOMPARE(r.modifications.at(0).amount, std::optional<Cents>(65'000'000));
    const Record &n = parsed.records.at(1);
    QCOMPARE(n.amount, std::optional<Cents>(25'000'000)); // a string
    QCOMPARE(n.subcontractingActs.at(0).subcontractor.id, QStringLiteral("40211577800019"));
    QCOMPARE(parsed.records.at(2).kind, RecordKind::Concession);
}

void TestDecpParse::truncatedJson()
{
    QVector<QString> ids;
    QFile file(fixture("truncated.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    JsonReader reader;
    QVERIFY(!reader.read(file, [&ids](Record &r) {
        ids << r.id;
        return true;
    }));
    QVERIFY(!reader.wasStopped());
    // Where and what, so that the user can look at the file.
    QVERIFY2(reader.errorString().contains(QLatin1String("line 32")), qPrintable(reader.errorString()));
    QVERIFY(reader.errorString().contains(QLatin1String("column")));
    QVERIFY(reader.errorString().contains(QLatin1String("byte 1256")));
    QVERIFY(reader.errorString().contains(QLatin1String("truncated")));
    QCOMPARE(ids, QVector<QString> {QStringLiteral("M2019-001")}); // what came before the damage
}

void TestDecpParse::invalidJson_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray("   ") << QStringLiteral("empty");
    QTest::newRow("garbage") << QByteArray("{\"marches\": [nope]}") << QStringLiteral("line 1, column 15");
    QTest::newRow("two documents") << QByteArray("{}\n{}") << QStringLiteral("line 2");
    QTest::newRow("unclosed string") << QByteArray("{\"marches\": [{\"id\": \"abc") << QStringLiteral("not closed");
}

void TestDecpParse::invalidJson()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const Parsed parsed = parseText(text);
    QVERIFY(!parsed.ok);
    QVERIFY2(parsed.error.contains(expected), qPrintable(parsed.error));
}

void TestDecpParse::deepNesting()
{
    // The iterative parser keeps a constant call stack: hostile nesting is data, not a crash.
    QByteArray text = "{\"marches\": [{\"id\": \"deep\", \"acheteur\": {\"id\": \"13000548100010\"}, \"x\": ";
    text += QByteArray(200000, '[') + QByteArray(200000, ']') + "}]}";
    const Parsed parsed = parseText(text);
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QCOMPARE(parsed.records.size(), 1);
    QCOMPARE(parsed.records.at(0).id, QStringLiteral("deep"));
}

void TestDecpParse::sinkStops()
{
    QFile file(fixture("messy-2019.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    JsonReader reader;
    int seen = 0;
    QVERIFY(!reader.read(file, [&seen](Record &) { return ++seen < 3; }));
    QVERIFY(reader.wasStopped());
    QVERIFY(reader.errorString().isEmpty());
    QCOMPARE(seen, 3);
}

void TestDecpParse::bareArrayAndBom()
{
    const Parsed parsed
        = parseText(QByteArray("\xEF\xBB\xBF[{\"id\": \"a\", \"acheteur\": {\"id\": \"1\"}, \"montant\": "
                               "12.5, \"titulaires\": {\"titulaire\": [{\"id\": \"X1\"}, {\"id\": "
                               "\"X2\"}]}},]"));
    QVERIFY2(parsed.ok, qPrintable(parsed.error)); // BOM, trailing comma, converted-XML list form
    QCOMPARE(parsed.records.size(), 1);
    QCOMPARE(parsed.records.at(0).amount, std::optional<Cents>(1250));
    QCOMPARE(parsed.records.at(0).holders.size(), 2);
    QCOMPARE(parsed.records.at(0).holders.at(1).id, QStringLiteral("X2"));
}

void TestDecpParse::xmlMessy()
{
    const Parsed parsed = parseFile(fixture("messy.xml"));
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QCOMPARE(parsed.records.size(), 3);
    const Record &r = parsed.records.at(0);
    QCOMPARE(r.object, QStringLiteral("Assistance téléphonique & numérique"));
    QCOMPARE(r.notifiedOn.toIso(), QStringLiteral("2018-12-17"));
    QCOMPARE(r.publishedOn.toIso(), QStringLiteral("2019-01-05"));
    QCOMPARE(r.amount, std::nullopt);
    QCOMPARE(r.holders.size(), 2);
    QCOMPARE(r.holders.at(1).idType, QStringLiteral("TVA"));
    QCOMPARE(r.modifications.size(), 1);
    QCOMPARE(r.modifications.at(0).amount, std::optional<Cents>(8'000'050));
    QCOMPARE(r.versionDate().toIso(), QStringLiteral("2019-06-02"));
    QCOMPARE(parsed.records.at(1).kind, RecordKind::Concession);
    QCOMPARE(rejectionReasons(parsed.records.at(2)).at(0).field, QStringLiteral("acheteur.id"));
}

void TestDecpParse::xmlError()
{
    const Parsed parsed = parseText("<marches><marche><id>1</id><acheteur><id>2</id></acheteur></marche><marche><id>",
                                    QStringLiteral("x.xml"));
    QVERIFY(!parsed.ok);
    QVERIFY2(parsed.error.startsWith(QLatin1String("line 1, column")), qPrintable(parsed.error));
    QCOMPARE(parsed.records.size(), 1);
}

// A value may come as several pieces (text, CDATA, entities) between white space: the reader keeps them
// together, trims the ends only, and a value of white space alone is unknown.
void TestDecpParse::xmlTextInPieces()
{
    const Parsed parsed = parseText("<marches>\n  <marche>\n    <id> <![CDATA[A-1]]> </id>\n"
                                    "    <acheteur>\n      <id>\n  130 </id></acheteur>\n"
                                    "    <objet>  Courrier <![CDATA[ & ]]>&amp;  colis\t</objet>\n"
                                    "    <codeCPV>   </codeCPV><nature><![CDATA[ ]]>  </nature>\n"
                                    "  </marche>\n</marches>\n",
                                    QStringLiteral("x.xml"));
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QCOMPARE(parsed.records.size(), 1);
    const Record &r = parsed.records.at(0);
    QCOMPARE(r.id, QStringLiteral("A-1"));
    QCOMPARE(r.buyer.id, QStringLiteral("130"));
    QCOMPARE(r.object, QStringLiteral("Courrier  & &  colis"));
    QVERIFY(r.cpv.isEmpty());
    QVERIFY(r.nature.isEmpty());
}

void TestDecpParse::csvWindows1252()
{
    QFile file(fixture("spreadsheet-cp1252.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CsvInfo info = CsvReader::inspect(file);
    QCOMPARE(info.encoding, QStringLiteral("Windows-1252"));
    QCOMPARE(info.separator, ';');
    QCOMPARE(info.headers.value(8), QStringLiteral("Durée (mois)"));
    QCOMPARE(file.pos(), 0); // inspect() does not consume

    const Parsed parsed = parseDevice(file, file.fileName());
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QCOMPARE(parsed.records.size(), 3); // C-2 spans two rows, one per holder
    const Record &c1 = parsed.records.at(0);
    QCOMPARE(c1.object, QStringLiteral("Numérisation des courriers; lot 2"));
    QCOMPARE(c1.amount, std::optional<Cents>(123'456'789)); // decimal comma, grouped
    QCOMPARE(c1.notifiedOn.toIso(), QStringLiteral("2021-03-15")); // dd/mm/yyyy
    QCOMPARE(c1.cpv, QStringLiteral("79999100-4"));
    QCOMPARE(c1.durationMonths, std::optional<int>(36));
    QCOMPARE(c1.position, 2);
    const Record &c2 = parsed.records.at(1);
    QCOMPARE(c2.object, QStringLiteral("Accueil physique\nsur deux lignes"));
    QCOMPARE(c2.holders.size(), 2);
    QCOMPARE(c2.holders.at(0).name, QStringLiteral("SOCIÉTÉ \"BÊTA\" SERVICES"));
    QCOMPARE(c2.holders.at(1).name, QStringLiteral("GAMMA € PROPRETÉ"));
    QCOMPARE(c2.amount, std::optional<Cents>(4'500'000));
    QVERIFY(c2.issues.isEmpty());
    QCOMPARE(rejectionReasons(parsed.records.at(2)).at(0).field, QStringLiteral("acheteur.id"));
}

void TestDecpParse::csvUtf8Official()
{
    const Parsed parsed = parseFile(fixture("official-utf8.csv"));
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QCOMPARE(parsed.records.size(), 1);
    const Record &r = parsed.records.at(0);
    QCOMPARE(r.id, QStringLiteral("U-1")); // the BOM is not part of the first header
    QCOMPARE(r.object, QStringLiteral("Nettoyage, vitrerie"));
    QCOMPARE(r.amount, std::optional<Cents>(1'200'050));
    QCOMPARE(r.holders.at(0).idType, QStringLiteral("SIRET"));
    QCOMPARE(r.holders.at(0).name, QStringLiteral("CENTRE APPELS ALPHA"));
}

void TestDecpParse::csvMapping()
{
    QString error;
    const CsvMapping mapping
        = CsvMapping::fromString(QStringLiteral("id=Ref,buyerId=Who buys,amount=Combien,holderId=Qui"), &error);
    QVERIFY2(!mapping.isEmpty(), qPrintable(error));
    QByteArray text = "Ref;Who buys;Combien;Qui\nR1;13000548100010;\"1 000,5\";44306184100013\n";
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(mapping);
    QList<Record> records;
    QVERIFY2(reader.read(buffer,
                         [&records](Record &r) {
                             records << r;
                             return true;
                         }),
             qPrintable(reader.errorString()));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).amount, std::optional<Cents>(100'050));
    QCOMPARE(records.at(0).holders.at(0).id, QStringLiteral("44306184100013"));

    QVERIFY(CsvMapping::fromString(QStringLiteral("nosuchfield=X"), &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("nosuchfield")));
    const CsvMapping detected = CsvMapping::detect(
        {QStringLiteral("id"), QStringLiteral("acheteur.id"), QStringLiteral("titulaire.denominationSociale")});
    QCOMPARE(detected.columns.value(QStringLiteral("buyerId")), QStringLiteral("acheteur.id"));
    QCOMPARE(detected.columns.value(QStringLiteral("holderName")), QStringLiteral("titulaire.denominationSociale"));
}

void TestDecpParse::csvErrors()
{
    Parsed parsed = parseText("a;b;c\n1;2;3\n", QStringLiteral("x.csv"));
    QVERIFY(!parsed.ok);
    QVERIFY2(parsed.error.contains(QLatin1String("contract id")), qPrintable(parsed.error));
    parsed = parseText("id;acheteur.id;objet\nA;13000548100010;\"never closed\n", QStringLiteral("x.csv"));
    QVERIFY(!parsed.ok);
    QVERIFY2(parsed.error.contains(QLatin1String("line 2")), qPrintable(parsed.error));

    QByteArray text = "id;acheteur.id\nA;1\n";
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    CsvMapping mapping;
    mapping.columns.insert(QStringLiteral("id"), QStringLiteral("missing column"));
    CsvReader reader(mapping);
    QVERIFY(!reader.read(buffer, [](Record &) { return true; }));
    QVERIFY(reader.errorString().contains(QLatin1String("missing column")));
}

void TestDecpParse::cpv_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("with check digit") << QStringLiteral("45000000-7") << QStringLiteral("45000000-7");
    QTest::newRow("spaces") << QStringLiteral(" 45000000 - 7 ") << QStringLiteral("45000000-7");
    QTest::newRow("without") << QStringLiteral("45000000") << QStringLiteral("45000000");
    QTest::newRow("glued check digit") << QStringLiteral("450000007") << QStringLiteral("45000000-7");
    QTest::newRow("lost leading zero") << QStringLiteral("3000000") << QStringLiteral("03000000");
    QTest::newRow("with label") << QStringLiteral("79512000-6 Centre d'appels") << QStringLiteral("79512000-6");
    QTest::newRow("words") << QStringLiteral("travaux") << QString();
    QTest::newRow("too short") << QStringLiteral("4500") << QString();
    QTest::newRow("two dashes") << QStringLiteral("45-000000-7") << QString();
    QTest::newRow("long check") << QStringLiteral("45000000-77") << QString();
}

void TestDecpParse::cpv()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    QCOMPARE(normalizeCpv(text, &error), expected);
    QCOMPARE(error.isEmpty(), !expected.isEmpty());
}

void TestDecpParse::amountFromNumber_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("cents"); // -1: refused
    QTest::newRow("integer") << QByteArray("575000") << qint64(57'500'000);
    QTest::newRow("cents") << QByteArray("123456.89") << qint64(12'345'689);
    QTest::newRow("exponent") << QByteArray("5.75E5") << qint64(57'500'000);
    QTest::newRow("negative exponent") << QByteArray("12345e-2") << qint64(12'345);
    QTest::newRow("half cent up") << QByteArray("0.005") << qint64(1);
    QTest::newRow("below half cent") << QByteArray("0.004") << qint64(0);
    QTest::newRow("tiny") << QByteArray("1e-300") << qint64(0);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("minus zero") << QByteArray("-0.0") << qint64(0);
    QTest::newRow("long fraction") << QByteArray("10.123456789012345678901234567890") << qint64(1012);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("too large") << QByteArray("1e20") << qint64(-1);
    QTest::newRow("huge digits") << QByteArray("99999999999999999999999999999999999") << qint64(-1);
    QTest::newRow("not a number") << QByteArray("12a") << qint64(-1);
    QTest::newRow("empty") << QByteArray("") << qint64(-1);
}

void TestDecpParse::amountFromNumber()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, cents);
    QString error;
    const std::optional<Cents> value = vigie::decp::amountFromNumber(text, &error);
    if (cents < 0) {
        QVERIFY(!value);
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(value, qPrintable(error));
        QCOMPARE(*value, cents);
    }
}

void TestDecpParse::amountFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("plain") << QStringLiteral("575000") << qint64(57'500'000);
    QTest::newRow("decimal comma") << QStringLiteral("575000,5") << qint64(57'500'050);
    QTest::newRow("grouped") << QStringLiteral("575 000,50 €") << qint64(57'500'050);
    QTest::newRow("exponent string") << QStringLiteral("1.5E5") << qint64(15'000'000);
    QTest::newRow("junk") << QStringLiteral("n/a") << qint64(-1);
}

void TestDecpParse::amountFromText()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const std::optional<Cents> value = vigie::decp::amountFromText(text);
    QCOMPARE(value.has_value(), cents >= 0);
    if (value)
        QCOMPARE(*value, cents);
}

void TestDecpParse::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso"); // "!" = refused
    QTest::newRow("plain") << QStringLiteral("2018-12-17") << QStringLiteral("2018-12-17");
    QTest::newRow("zone") << QStringLiteral("2018-12-17+01:00") << QStringLiteral("2018-12-17");
    QTest::newRow("negative zone") << QStringLiteral("2018-12-17-05:00") << QStringLiteral("2018-12-17");
    QTest::newRow("Z") << QStringLiteral("2018-12-17Z") << QStringLiteral("2018-12-17");
    QTest::newRow("time") << QStringLiteral("2018-12-17T08:00:00+02:00") << QStringLiteral("2018-12-17");
    QTest::newRow("french") << QStringLiteral("17/12/2018") << QStringLiteral("2018-12-17");
    QTest::newRow("month") << QStringLiteral("2018-12") << QStringLiteral("2018-12");
    QTest::newRow("empty") << QStringLiteral("") << QString();
    QTest::newRow("30 February") << QStringLiteral("2023-02-30") << QStringLiteral("!");
    QTest::newRow("31/04") << QStringLiteral("31/04/2021") << QStringLiteral("!");
    QTest::newRow("words") << QStringLiteral("demain") << QStringLiteral("!");
}

void TestDecpParse::dates()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    QString error;
    const std::optional<PartialDate> date = parseDate(text, &error);
    if (iso == QLatin1String("!")) {
        QVERIFY(!date);
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(date, qPrintable(error));
        QCOMPARE(date->toIso(), iso);
    }
}

void TestDecpParse::mangled_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("mangled");
    QTest::newRow("clean") << QStringLiteral("Société générale") << false;
    QTest::newRow("ascii") << QStringLiteral("TESSI") << false;
    QTest::newRow("replacement") << QStringLiteral("r\uFFFDception") << true;
    QTest::newRow("double encoded") << QStringLiteral("SociÃ©tÃ©") << true;
    QTest::newRow("double encoded euro") << QStringLiteral("100 â‚¬") << true;
    QTest::newRow("real capital A tilde") << QStringLiteral("SÃO PAULO") << false;
}

void TestDecpParse::mangled()
{
    QFETCH(QString, text);
    QFETCH(bool, mangled);
    QCOMPARE(looksMangled(text), mangled);
}

void TestDecpParse::detectFormat_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");
    QTest::newRow("json") << QByteArray("\n  {\"marches\"") << QStringLiteral("a.dat") << int(Format::Json);
    QTest::newRow("json array with BOM") << QByteArray("\xEF\xBB\xBF[") << QStringLiteral("a") << int(Format::Json);
    QTest::newRow("xml") << QByteArray("<?xml") << QStringLiteral("a") << int(Format::Xml);
    QTest::newRow("csv by name") << QByteArray("id") << QStringLiteral("a.csv") << int(Format::Csv);
    QTest::newRow("csv by shape") << QByteArray("id;acheteur\n1;2") << QStringLiteral("a") << int(Format::Csv);
    QTest::newRow("unknown") << QByteArray("hello") << QStringLiteral("a.bin") << int(Format::Unknown);
}

void TestDecpParse::detectFormat()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, name);
    QFETCH(int, format);
    QBuffer buffer(&head);
    buffer.open(QIODevice::ReadOnly);
    QCOMPARE(int(vigie::decp::detectFormat(buffer, name)), format);
    QCOMPARE(buffer.pos(), 0);
}

void TestDecpParse::memoryDoesNotGrow()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer keeps freed memory in quarantine: peak memory says nothing under it");
#endif
    // About 60 MB of JSON: the peak memory of the process may not grow by as much as the file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.json"));
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"marches\": {\"marche\": [\n");
        const QByteArray record = "{\"id\": \"ID%1\", \"acheteur\": {\"id\": \"13000548100010\"}, \"objet\": \""
            + QByteArray(400, 'x')
            + "\", \"montant\": 123456.78, \"titulaires\": [{\"titulaire\": {\"typeIdentifiant\": \"SIRET\", \"id\": "
              "\"44306184100013\"}}]}";
        for (int i = 0; i < 120000; ++i) {
            if (i)
                out.write(",\n");
            out.write(QByteArray(record).replace("%1", QByteArray::number(i)));
        }
        out.write("]}}\n");
    }
    rusage before {};
    getrusage(RUSAGE_SELF, &before);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    JsonReader reader;
    qint64 count = 0;
    QVERIFY(reader.read(file, [&count](Record &) {
        ++count;
        return true;
    }));
    QCOMPARE(count, 120000);
    rusage after {};
    getrusage(RUSAGE_SELF, &after);
    const long grownMb = (after.ru_maxrss - before.ru_maxrss) / 1024;
    QVERIFY2(grownMb < 20,
             qPrintable(QStringLiteral("peak memory grew by %1 MB for a %2 MB file")
                            .arg(grownMb)
                            .arg(file.size() / (1024 * 1024))));
}

QTEST_GUILESS_MAIN(TestDecpParse)
#include "testdecpparse.moc"
