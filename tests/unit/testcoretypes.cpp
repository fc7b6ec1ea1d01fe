#include "core/amount.h"
#include "core/identifiers.h"
#include "core/partialdate.h"

#include <QLocale>
#include <QTest>

using namespace vigie;

class TestCoreTypes : public QObject
{
    Q_OBJECT

private slots:
    void parseAmount_data();
    void parseAmount();
    void rejectAmount_data();
    void rejectAmount();
    void formatAmount();
    void partialDate_data();
    void partialDate();
    void rejectDate_data();
    void rejectDate();
    void dateOrder();
    void identifiers_data();
    void identifiers();
    void sirenOf();
    void identifierCleaning_data();
    void identifierCleaning();
    void identifierShape_data();
    void identifierShape();
};

void TestCoreTypes::parseAmount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("80 M€") << QStringLiteral("80 M€") << qint64(8'000'000'000);
    QTest::newRow("french full") << QStringLiteral("80 000 000,00 €") << qint64(8'000'000'000);
    QTest::newRow("nbsp groups") << QStringLiteral("80\u202F000\u202F000,00\u00A0€") << qint64(8'000'000'000);
    QTest::newRow("1,5 million") << QStringLiteral("1,5 million") << qint64(150'000'000);
    QTest::newRow("4,5 milliards d'euros") << QStringLiteral("4,5 milliards d'euros") << qint64(450'000'000'000);
    QTest::newRow("80 millions") << QStringLiteral("80 millions") << qint64(8'000'000'000);
    QTest::newRow("dot decimal") << QStringLiteral("127000.5") << qint64(12'700'050);
    QTest::newRow("dot thousands") << QStringLiteral("1.500.000") << qint64(150'000'000);
    QTest::newRow("both marks") << QStringLiteral("1.234.567,89 EUR") << qint64(123'456'789);
    QTest::newRow("12 k€") << QStringLiteral("12 k€") << qint64(1'200'000);
    QTest::newRow("1,25 Md€") << QStringLiteral("1,25 Md€") << qint64(125'000'000'000);
    QTest::newRow("rounding") << QStringLiteral("0,125") << qint64(13);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("HT") << QStringLiteral("40 000 € HT") << qint64(4'000'000);
}

void TestCoreTypes::parseAmount()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    QString error;
    const auto parsed = vigie::parseAmount(text, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QCOMPARE(*parsed, cents);
}

void TestCoreTypes::rejectAmount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedWord");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("negative") << QStringLiteral("-5 €") << QStringLiteral("negative");
    QTest::newRow("unicode minus") << QStringLiteral("\u22125") << QStringLiteral("negative");
    QTest::newRow("words") << QStringLiteral("beaucoup") << QStringLiteral("not an amount");
    QTest::newRow("two commas") << QStringLiteral("1,5,3") << QStringLiteral("several");
    QTest::newRow("huge") << QStringLiteral("1e308") << QStringLiteral("not an amount");
    QTest::newRow("400 digits") << QString(400, QLatin1Char('9')) << QStringLiteral("too large");
    QTest::newRow("over max") << QStringLiteral("200 000 milliards") << QStringLiteral("too large");
}

void TestCoreTypes::rejectAmount()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedWord);
    QString error;
    QVERIFY(!vigie::parseAmount(text, &error).has_value());
    QVERIFY2(error.contains(expectedWord), qPrintable(error));
}

void TestCoreTypes::formatAmount()
{
    const QLocale fr(QLocale::French, QLocale::France);
    const QString narrow = QString(fr.groupSeparator());
    QCOMPARE(vigie::formatAmount(8'000'000'000, fr),
             QStringLiteral("80") + narrow + QStringLiteral("000") + narrow + QStringLiteral("000\u00A0€"));
    QCOMPARE(vigie::formatAmount(123'456, fr), QStringLiteral("1") + narrow + QStringLiteral("234,56\u00A0€"));
    QCOMPARE(vigie::formatAmount(-500, fr), QStringLiteral("-5\u00A0€"));
    QCOMPARE(vigie::formatAmountShort(8'000'000'000, fr), QStringLiteral("80\u00A0M€"));
    QCOMPARE(vigie::formatAmountShort(450'000'000'000, fr), QStringLiteral("4,5\u00A0Md€"));
}

void TestCoreTypes::partialDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("display");
    QTest::newRow("day") << QStringLiteral("2023-08-24") << QStringLiteral("2023-08-24")
                         << QStringLiteral("24/08/2023");
    QTest::newRow("month") << QStringLiteral("2021-10") << QStringLiteral("2021-10") << QStringLiteral("octobre 2021");
    QTest::newRow("year") << QStringLiteral("2021") << QStringLiteral("2021") << QStringLiteral("2021");
    QTest::newRow("zone suffix") << QStringLiteral("2018-12-17+01:00") << QStringLiteral("2018-12-17")
                                 << QStringLiteral("17/12/2018");
    QTest::newRow("timestamp") << QStringLiteral("2018-12-17T10:00:00Z") << QStringLiteral("2018-12-17")
                               << QStringLiteral("17/12/2018");
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("inconnue");
}

void TestCoreTypes::partialDate()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    QFETCH(QString, display);
    const auto date = PartialDate::parse(text);
    QVERIFY(date.has_value());
    QCOMPARE(date->toIso(), iso);
    QCOMPARE(date->toDisplay(QLocale(QLocale::French, QLocale::France), QStringLiteral("inconnue")), display);
}

void TestCoreTypes::rejectDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("30 February") << QStringLiteral("2023-02-30");
    QTest::newRow("month 13") << QStringLiteral("2023-13");
    QTest::newRow("french order") << QStringLiteral("24/08/2023");
    QTest::newRow("words") << QStringLiteral("hier");
}

void TestCoreTypes::rejectDate()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!PartialDate::parse(text, &error).has_value());
    QVERIFY(error.contains(text));
}

void TestCoreTypes::dateOrder()
{
    const auto month = *PartialDate::parse(QStringLiteral("2021-10"));
    const auto dayInside = *PartialDate::parse(QStringLiteral("2021-10-28"));
    const auto later = *PartialDate::parse(QStringLiteral("2022-02-01"));
    QVERIFY(!month.isCertainlyAfter(dayInside));
    QVERIFY(!dayInside.isCertainlyAfter(month));
    QVERIFY(later.isCertainlyAfter(month));
    QVERIFY(!month.isCertainlyAfter(later));
    QVERIFY(!PartialDate().isCertainlyAfter(month));
    QCOMPARE(month.latest(), QDate(2021, 10, 31));
}

void TestCoreTypes::identifiers_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("SIREN ok") << int(IdentifierType::Siren) << QStringLiteral("732 829 320") << true;
    QTest::newRow("SIREN bad key") << int(IdentifierType::Siren) << QStringLiteral("732829321") << false;
    QTest::newRow("SIREN short") << int(IdentifierType::Siren) << QStringLiteral("73282932") << false;
    QTest::newRow("SIREN letters") << int(IdentifierType::Siren) << QStringLiteral("73282932A") << false;
    QTest::newRow("SIRET ok") << int(IdentifierType::Siret) << QStringLiteral("73282932000074") << true;
    QTest::newRow("SIRET decp example") << int(IdentifierType::Siret) << QStringLiteral("55204599900869") << true;
    QTest::newRow("SIRET bad key") << int(IdentifierType::Siret) << QStringLiteral("73282932000075") << false;
    QTest::newRow("SIRET La Poste") << int(IdentifierType::Siret) << QStringLiteral("35600000012346") << true;
    QTest::newRow("SIRET La Poste bad") << int(IdentifierType::Siret) << QStringLiteral("35600000012345") << false;
    QTest::newRow("TVA FR ok") << int(IdentifierType::Tva) << QStringLiteral("FR44732829320") << true;
    QTest::newRow("TVA FR bad key") << int(IdentifierType::Tva) << QStringLiteral("FR45732829320") << false;
    QTest::newRow("TVA foreign") << int(IdentifierType::Tva) << QStringLiteral("DE123456789") << true;
    QTest::newRow("TVA no country") << int(IdentifierType::Tva) << QStringLiteral("123456789") << false;
    QTest::newRow("HORS-UE") << int(IdentifierType::HorsUe) << QStringLiteral("US-EIN 12-3456789") << true;
    QTest::newRow("HORS-UE empty") << int(IdentifierType::HorsUe) << QStringLiteral(" ") << false;
}

void TestCoreTypes::identifiers()
{
    QFETCH(int, type);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const QString error = identifierError(IdentifierType(type), value);
    QVERIFY2(error.isEmpty() == valid, qPrintable(error));
}

void TestCoreTypes::sirenOf()
{
    QCOMPARE(vigie::sirenOf(IdentifierType::Siret, QStringLiteral("732 829 320 00074")), QStringLiteral("732829320"));
    QCOMPARE(vigie::sirenOf(IdentifierType::Tva, QStringLiteral("FR44732829320")), QStringLiteral("732829320"));
    QCOMPARE(vigie::sirenOf(IdentifierType::HorsUe, QStringLiteral("X")), QString());
    QCOMPARE(guessIdentifierType(QStringLiteral("73282932000074")), IdentifierType::Siret);
    QCOMPARE(guessIdentifierType(QStringLiteral("FR44732829320")), IdentifierType::Tva);
}

void TestCoreTypes::identifierCleaning_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cleaned");
    QTest::newRow("clean") << QStringLiteral("55204599900869") << QStringLiteral("55204599900869");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces") << QStringLiteral(" 552 045 999 00869 ") << QStringLiteral("55204599900869");
    QTest::newRow("dots and dashes") << QStringLiteral("552.045.999-00869") << QStringLiteral("55204599900869");
    QTest::newRow("tab, newline, CR") << QStringLiteral("552\t045\n999\r00869") << QStringLiteral("55204599900869");
    QTest::newRow("no-break spaces") << QStringLiteral("552\u00A0045\u202F999\u2009008\u300069")
                                     << QStringLiteral("55204599900869");
    QTest::newRow("lower case VAT") << QStringLiteral("fr 44 732829320") << QStringLiteral("FR44732829320");
    QTest::newRow("accented letters") << QStringLiteral("é-ü") << QStringLiteral("ÉÜ");
    // The simple mapping keeps the length, as the importer always stored it: QString::toUpper would give "SS"
    // and "FI", and a company typed in the window would then differ from the same one imported.
    QTest::newRow("sharp s") << QStringLiteral("straße") << QStringLiteral("STRAßE");
    QTest::newRow("ligature") << QStringLiteral("\uFB01") << QStringLiteral("\uFB01");
    QTest::newRow("beyond the BMP") << QStringLiteral("\U00010428x") << QStringLiteral("\U00010400X");
    QTest::newRow("lone surrogate") << QString(QChar(0xD801)) + QStringLiteral("a")
                                    << QString(QChar(0xD801)) + QStringLiteral("A");
    QTest::newRow("other dashes stay") << QStringLiteral("A\u2013B") << QStringLiteral("A\u2013B");
}

void TestCoreTypes::identifierCleaning()
{
    QFETCH(QString, text);
    QFETCH(QString, cleaned);
    const QString result = vigie::normalizeIdentifier(text);
    QCOMPARE(result, cleaned);
    QCOMPARE(vigie::normalizeIdentifier(result), result);
    if (text == cleaned) // an identifier already clean is not copied
        QCOMPARE(result.constData(), text.constData());
}

void TestCoreTypes::identifierShape_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("type");
    QTest::newRow("SIRET") << QStringLiteral("73282932000074") << int(IdentifierType::Siret);
    QTest::newRow("SIRET with spaces") << QStringLiteral("732 829 320 00074") << int(IdentifierType::Siret);
    QTest::newRow("SIREN") << QStringLiteral("732829320") << int(IdentifierType::Siren);
    QTest::newRow("SIREN, wrong key") << QStringLiteral("732829321") << int(IdentifierType::Siren);
    QTest::newRow("French VAT") << QStringLiteral("FR44732829320") << int(IdentifierType::Tva);
    QTest::newRow("lower-case VAT") << QStringLiteral("de123456789") << int(IdentifierType::Tva);
    QTest::newRow("two letters, too short") << QStringLiteral("DE1") << int(IdentifierType::HorsUe);
    QTest::newRow("13 digits") << QStringLiteral("7328293200007") << int(IdentifierType::HorsUe);
    QTest::newRow("digits then letters") << QStringLiteral("12AB") << int(IdentifierType::HorsUe);
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0667\u0663\u0662\u0668\u0662\u0669\u0663\u0662\u0660")
                                         << int(IdentifierType::HorsUe);
    QTest::newRow("empty") << QString() << int(IdentifierType::HorsUe);
}

void TestCoreTypes::identifierShape()
{
    QFETCH(QString, value);
    QFETCH(int, type);
    QCOMPARE(int(vigie::guessIdentifierType(value)), type);
}

QTEST_GUILESS_MAIN(TestCoreTypes)
#include "testcoretypes.moc"
