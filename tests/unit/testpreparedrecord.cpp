// What the importer's reading thread works out without a database: party identifiers, fingerprints and
// the prepared record.
#include "decp/partyid.h"
#include "decp/preparedrecord.h"

#include <QTest>

#include <functional>

using namespace vigie;
using namespace vigie::decp;

namespace {

Record sampleContract()
{
    Record r;
    r.index = 3;
    r.id = QStringLiteral("2023-PX-01");
    r.buyer = {QStringLiteral("SIRET"), QStringLiteral("13000548100010"), QStringLiteral("Ministère")};
    r.object = QStringLiteral("Hébergement des données");
    r.cpv = QStringLiteral("72000000-5");
    r.procedure = QStringLiteral("Appel d'offres ouvert");
    r.nature = QStringLiteral("Marché");
    r.amount = Cents(12'345'600);
    r.notifiedOn = *PartialDate::parse(QStringLiteral("2023-02-14"));
    r.durationMonths = 36;
    r.territory = QStringLiteral("75");
    r.holders = {{QStringLiteral("SIRET"), QStringLiteral("443 061 841 00013"), QStringLiteral("Titulaire")},
                 {QString(), QString(), QStringLiteral("Sans identifiant")}};
    Modification m;
    m.id = QStringLiteral("1");
    m.amount = Cents(15'000'000);
    m.signedOn = *PartialDate::parse(QStringLiteral("2024-01-10"));
    m.holders = {{QStringLiteral("TVA"), QStringLiteral("fr 40 402115778"), QString()}};
    r.modifications = {m};
    SubcontractingAct act;
    act.id = QStringLiteral("1");
    act.subcontractor = {QString(), QStringLiteral("402115778"), QStringLiteral("Sous-traitant")};
    act.amount = Cents(1'000'000);
    r.subcontractingActs = {act};
    return r;
}

} // namespace

class TestPreparedRecord : public QObject
{
    Q_OBJECT

private slots:
    void partyIdentifier_data();
    void partyIdentifier();
    void noIdentifier();
    void fingerprintTellsVersionsApart();
    void fingerprintIsStable();
    void preparesContract();
    void leavesOtherRecordsAlone();
};

void TestPreparedRecord::partyIdentifier_data()
{
    QTest::addColumn<QString>("idType");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("siren");
    QTest::addColumn<bool>("plausible");
    auto row = [](const char *name, const char *idType, const QString &id, const char *type, const QString &value,
                  const char *siren, bool plausible) {
        QTest::newRow(name) << QString::fromLatin1(idType) << id << QString::fromLatin1(type) << value
                            << QString::fromLatin1(siren) << plausible;
    };
    row("SIRET", "SIRET", QStringLiteral("552 045 999 00869"), "SIRET", QStringLiteral("55204599900869"), "552045999",
        true);
    row("no type, 14 digits", "", QStringLiteral("55204599900869"), "SIRET", QStringLiteral("55204599900869"),
        "552045999", true);
    // Files often say SIRET for a SIREN, or give a SIRET as a VAT number: the digits decide.
    row("SIREN given as SIRET", "SIRET", QStringLiteral("552045999"), "SIREN", QStringLiteral("552045999"), "552045999",
        true);
    row("SIRET given as TVA", "TVA", QStringLiteral("55204599900869"), "SIRET", QStringLiteral("55204599900869"),
        "552045999", true);
    row("declared type in lower case", "siret", QStringLiteral("55204599900869"), "SIRET",
        QStringLiteral("55204599900869"), "552045999", true);
    row("unknown declared type", "RCS", QStringLiteral("de 123456789"), "TVA", QStringLiteral("DE123456789"), "", true);
    row("French VAT", "TVA", QStringLiteral("fr 44 732829320"), "TVA", QStringLiteral("FR44732829320"), "732829320",
        true);
    row("French VAT, invalid SIREN", "TVA", QStringLiteral("FR44732829321"), "TVA", QStringLiteral("FR44732829321"), "",
        false);
    row("HORS-UE kept as written", "HORS-UE", QStringLiteral(" US-EIN 12-3456789 "), "HORS-UE",
        QStringLiteral("US-EIN 12-3456789"), "", true);
    row("no type, other shape", "", QStringLiteral("x-42"), "HORS-UE", QStringLiteral("x-42"), "", true);
    row("SIREN, wrong key", "SIREN", QStringLiteral("732829321"), "SIREN", QStringLiteral("732829321"), "", false);
    row("SIRET, wrong key, its SIREN right", "SIRET", QStringLiteral("55204599900868"), "SIRET",
        QStringLiteral("55204599900868"), "552045999", false);
    row("La Poste establishment", "SIRET", QStringLiteral("35600000012346"), "SIRET", QStringLiteral("35600000012346"),
        "356000000", true);
    // Before the identifier code was shared, a declared SIRET or SIREN of another length gave its first digits
    // as SIREN when they passed the Luhn check: "00000" was stored as a SIREN, against the schema's CHECK.
    row("SIRET of five digits", "SIRET", QStringLiteral("00000"), "SIRET", QStringLiteral("00000"), "", false);
    row("SIRET of ten digits", "SIRET", QStringLiteral("5520459990"), "SIRET", QStringLiteral("5520459990"), "", false);
    row("SIREN of seven digits", "SIREN", QStringLiteral("0000000"), "SIREN", QStringLiteral("0000000"), "", false);
}

void TestPreparedRecord::partyIdentifier()
{
    QFETCH(QString, idType);
    QFETCH(QString, id);
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, siren);
    QFETCH(bool, plausible);
    const std::optional<PartyId> party = partyId({idType, id, QString()});
    QVERIFY(party);
    QCOMPARE(identifierTypeCode(party->type), type);
    QCOMPARE(party->value, value);
    QCOMPARE(party->siren, siren);
    QCOMPARE(party->plausible, plausible);
    QCOMPARE(party->key, type + QLatin1Char('|') + value);
    // The importer asks identifierError only of what is implausible: the two must agree.
    QCOMPARE(identifierError(party->type, party->value).isEmpty(), plausible);
}

void TestPreparedRecord::noIdentifier()
{
    QVERIFY(!partyId({QStringLiteral("SIRET"), QString(), QStringLiteral("Nom")}));
    QVERIFY(!partyId({QStringLiteral("SIRET"), QStringLiteral(" \t "), QString()}));
}

void TestPreparedRecord::fingerprintTellsVersionsApart()
{
    QByteArray buffer;
    const Record original = sampleContract();
    const quint64 print = fingerprint(original, buffer);
    QCOMPARE(fingerprint(sampleContract(), buffer), print);

    // Files differ on the CPV's check digit: it does not make another version.
    Record withoutCheckDigit = sampleContract();
    withoutCheckDigit.cpv = QStringLiteral("72000000");
    QCOMPARE(fingerprint(withoutCheckDigit, buffer), print);

    const std::function<void(Record &)> changes[] = {
        [](Record &r) { r.object += QLatin1Char('.'); },
        [](Record &r) { r.amount = Cents(12'345'601); },
        [](Record &r) { r.amount.reset(); },
        [](Record &r) { r.notifiedOn = *PartialDate::parse(QStringLiteral("2023-02")); },
        [](Record &r) { r.holders[0].name = QStringLiteral("Autre"); },
        [](Record &r) { r.holders.removeLast(); },
        [](Record &r) { r.modifications[0].amount = Cents(1); },
        [](Record &r) { r.subcontractingActs.clear(); },
        // A value that moves from one field to the next is another record.
        [](Record &r) {
            r.procedure = r.nature + r.procedure;
            r.nature.clear();
        },
    };
    for (size_t i = 0; i < std::size(changes); ++i) {
        Record changed = sampleContract();
        changes[i](changed);
        QVERIFY2(fingerprint(changed, buffer) != print, qPrintable(QString::number(i)));
    }
}

// Fingerprints are stored in every imported database: a change to how they are computed would make every
// contract of the next import a new version. The value was computed when the code moved to app/decp.
void TestPreparedRecord::fingerprintIsStable()
{
    QByteArray buffer;
    QCOMPARE(fingerprint(sampleContract(), buffer), Q_UINT64_C(4593979153634953249));
}

void TestPreparedRecord::preparesContract()
{
    QByteArray buffer;
    const quint64 print = fingerprint(sampleContract(), buffer);
    const PreparedRecord prepared(sampleContract(), buffer);
    QCOMPARE(prepared.fingerprint, print);
    QCOMPARE(prepared.record.id, QStringLiteral("2023-PX-01"));
    QVERIFY(prepared.buyer);
    QCOMPARE(prepared.buyer->key, QStringLiteral("SIRET|13000548100010"));
    QCOMPARE(prepared.holders.size(), size_t(2));
    QCOMPARE(prepared.holders[0]->value, QStringLiteral("44306184100013"));
    QVERIFY(!prepared.holders[1]);
    QCOMPARE(prepared.modificationHolders.size(), size_t(1));
    QCOMPARE(prepared.modificationHolders[0].size(), size_t(1));
    QCOMPARE(prepared.modificationHolders[0][0]->key, QStringLiteral("TVA|FR40402115778"));
    QCOMPARE(prepared.subcontractors.size(), size_t(1));
    QCOMPARE(prepared.subcontractors[0]->type, IdentifierType::Siren);
    QCOMPARE(prepared.utf8.object,
             std::string("H\xC3\xA9"
                         "bergement des donn\xC3\xA9"
                         "es"));
    QCOMPARE(prepared.utf8.buyerId, std::string("13000548100010"));
    QCOMPARE(prepared.utf8.cpv, std::string("72000000-5"));
    QCOMPARE(prepared.utf8.territory, std::string("75"));
}

void TestPreparedRecord::leavesOtherRecordsAlone()
{
    QByteArray buffer;
    Record concession = sampleContract();
    concession.kind = RecordKind::Concession;
    const PreparedRecord prepared(std::move(concession), buffer);
    QCOMPARE(prepared.record.id, QStringLiteral("2023-PX-01"));
    QCOMPARE(prepared.fingerprint, quint64(0));
    QVERIFY(!prepared.buyer);
    QVERIFY(prepared.holders.empty());
    QVERIFY(prepared.utf8.id.empty());
}

QTEST_GUILESS_MAIN(TestPreparedRecord)
#include "testpreparedrecord.moc"
