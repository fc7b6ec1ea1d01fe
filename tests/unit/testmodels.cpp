#include "models/contracttablemodel.h"
#include "models/formatting.h"
#include "models/incidenttablemodel.h"
#include "models/recordfilterproxymodel.h"
#include "models/recordset.h"
#include "models/sourcetablemodel.h"
#include "models/subcontractortablemodel.h"
#include "models/tasktablemodel.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/repository.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

namespace {

// French group separator as this Qt's CLDR data has it (a narrow no-break space in Qt 6).
QString fr(const char *text)
{
    return QString::fromUtf8(text).replace(QLatin1Char(' '),
                                           QLocale(QLocale::French, QLocale::France).groupSeparator());
}

QString nbsp(const char *text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('~'), QChar(0x00A0));
}

int findRow(const QAbstractItemModel &model, int column, const QString &text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, column).data().toString().contains(text))
            return row;
    }
    return -1;
}

QStringList columnTexts(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, column).data().toString();
    return texts;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void formatDate_data();
    void formatDate();
    void parseDateInput_data();
    void parseDateInput();
    void formatAmounts();
    void searchKeyFoldsAccents();
    void organisationChoiceNamesTheCompany();

    void modelsPassTester_data();
    void modelsPassTester();
    void rowIdsMatchRecords();
    void subcontractorCounts();
    void contractAmountsFrenchAndUnknownLast();
    void incidentPeopleAndSourcedMark();
    void sortValuesAreTyped();
    void searchAcrossColumns();
    void subcontractorFilterIncludesSubsidiaries();
    void buyerFilter();
    void periodFilter();
    void sourceFacts();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Repository> m_repository;
    std::shared_ptr<const RecordSet> m_records;
    RowId m_tessiId = 0;
    RowId m_subsidiaryId = 0;
    RowId m_unknownAmountContractId = 0;
};

void TestModels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

// Each test gets its own demo database, plus a subsidiary of TESSI holding a contract of unknown amount.
void TestModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->create(m_dir->filePath(QStringLiteral("demo.sqlite"))), qPrintable(m_database->errorString()));
    QSqlDatabase connection = m_database->connection();
    QString error;
    QVERIFY2(populateDemoData(connection, &error), qPrintable(error));
    m_repository = std::make_unique<Repository>(connection);

    const QList<Organisation> organisations = m_repository->organisations();
    RowId buyerId = 0;
    for (const Organisation &organisation : organisations) {
        if (organisation.name == QLatin1String("TESSI"))
            m_tessiId = organisation.id;
        if (organisation.role == QLatin1String("buyer") && buyerId == 0)
            buyerId = organisation.id;
    }
    QVERIFY(m_tessiId != 0);
    QVERIFY(buyerId != 0);
    Organisation subsidiary;
    subsidiary.name = QStringLiteral("TESSI DOCUMENTS SERVICES");
    subsidiary.parentId = m_tessiId;
    QVERIFY2(m_repository->saveOrganisation(subsidiary), qPrintable(m_repository->lastError()));
    m_subsidiaryId = subsidiary.id;
    Contract contract;
    contract.reference = QStringLiteral("TEST-UNKNOWN-AMOUNT");
    contract.buyerId = buyerId;
    contract.holders = {{subsidiary.id, subsidiary.name, QString()}};
    contract.object = QStringLiteral("Numérisation des courriers");
    contract.notifiedOn = PartialDate::fromYearMonth(2019, 3);
    contract.durationMonths = 48;
    QVERIFY2(m_repository->saveContract(contract), qPrintable(m_repository->lastError()));
    m_unknownAmountContractId = contract.id;

    m_records = RecordSet::load(*m_repository, &error);
    QVERIFY2(m_records, qPrintable(error));
}

void TestModels::cleanup()
{
    m_records.reset();
    m_repository.reset();
    m_database.reset();
    m_dir.reset();
}

void TestModels::formatDate_data()
{
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("expected");
    QTest::newRow("day") << QStringLiteral("2023-08-24") << QStringLiteral("24/08/2023");
    QTest::newRow("month") << QStringLiteral("2021-10") << QStringLiteral("10/2021");
    QTest::newRow("year") << QStringLiteral("2021") << QStringLiteral("2021");
    QTest::newRow("unknown") << QString() << QStringLiteral("unknown");
}

void TestModels::formatDate()
{
    QFETCH(QString, iso);
    QFETCH(QString, expected);
    const auto date = PartialDate::parse(iso);
    QVERIFY(date);
    QCOMPARE(vigie::formatDate(*date), expected);
}

void TestModels::parseDateInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("iso");
    QTest::newRow("french day") << QStringLiteral("24/08/2023") << true << QStringLiteral("2023-08-24");
    QTest::newRow("short day") << QStringLiteral("4/8/2023") << true << QStringLiteral("2023-08-04");
    QTest::newRow("dotted day") << QStringLiteral("24.08.2023") << true << QStringLiteral("2023-08-24");
    QTest::newRow("french month") << QStringLiteral("02/2022") << true << QStringLiteral("2022-02");
    QTest::newRow("year") << QStringLiteral("2021") << true << QStringLiteral("2021");
    QTest::newRow("iso day") << QStringLiteral("2023-08-24") << true << QStringLiteral("2023-08-24");
    QTest::newRow("iso month") << QStringLiteral("2023-08") << true << QStringLiteral("2023-08");
    QTest::newRow("spaces") << QStringLiteral("  24/08/2023 ") << true << QStringLiteral("2023-08-24");
    QTest::newRow("empty is unknown") << QString() << true << QString();
    QTest::newRow("blank is unknown") << QStringLiteral("   ") << true << QString();
    QTest::newRow("30 February") << QStringLiteral("30/02/2023") << false << QString();
    QTest::newRow("month 13") << QStringLiteral("13/2023") << false << QString();
    QTest::newRow("iso month 13") << QStringLiteral("2023-13") << false << QString();
    QTest::newRow("words") << QStringLiteral("fin octobre") << false << QString();
    QTest::newRow("two-digit year") << QStringLiteral("24/08/23") << false << QString();
}

void TestModels::parseDateInput()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, iso);
    QString error;
    const auto date = vigie::parseDateInput(text, &error);
    QCOMPARE(bool(date), valid);
    if (valid) {
        QCOMPARE(date->toIso(), iso);
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY(error.contains(text.trimmed()));
    }
}

void TestModels::formatAmounts()
{
    const QLocale french(QLocale::French, QLocale::France);
    QCOMPARE(formatContractAmount(Cents(8'000'000'000), QStringLiteral("ceiling"), french),
             fr("80 000 000") + nbsp("~€ (ceiling)"));
    QCOMPARE(formatContractAmount(Cents(8'000'000'000), QStringLiteral("approximate"), french),
             fr("80 000 000") + nbsp("~€ (approximate)"));
    QCOMPARE(formatContractAmount(Cents(123'456), QStringLiteral("exact"), french), fr("1 234,56") + nbsp("~€"));
    QCOMPARE(formatContractAmount(std::nullopt, QStringLiteral("ceiling"), french), QStringLiteral("unknown"));
    QCOMPARE(formatCount(6'353'810, french), fr("6 353 810"));
    QCOMPARE(formatCount(std::nullopt, french), QStringLiteral("unknown"));
    QCOMPARE(formatDuration(36), QStringLiteral("36 month(s)"));
    QCOMPARE(formatDuration(std::nullopt), QStringLiteral("unknown"));
}

void TestModels::searchKeyFoldsAccents()
{
    QCOMPARE(searchKey(QStringLiteral("Pôle Emploi")), QStringLiteral("pole emploi"));
    QCOMPARE(searchKey(QStringLiteral("Intérim")), QStringLiteral("interim"));
    QCOMPARE(searchKey(fr("6 353 810")), QStringLiteral("6 353 810"));
}

void TestModels::organisationChoiceNamesTheCompany()
{
    // Two companies may share a name: a list to choose from tells them apart by SIREN, else by TVA or HORS-UE.
    Organisation o;
    o.name = QStringLiteral("TESSI DOCUMENTS SERVICES");
    QCOMPARE(organisationChoiceText(o), o.name);
    o.idType = IdentifierType::Siret;
    o.identifier = QStringLiteral("49188047900034");
    o.siren = QStringLiteral("491880479");
    QCOMPARE(organisationChoiceText(o), QStringLiteral("TESSI DOCUMENTS SERVICES (SIREN 491880479)"));
    Organisation foreign;
    foreign.name = QStringLiteral("Majorel");
    foreign.idType = IdentifierType::Tva;
    foreign.identifier = QStringLiteral("DE123456789");
    QCOMPARE(organisationChoiceText(foreign), QStringLiteral("Majorel (DE123456789)"));
    foreign.idType = IdentifierType::HorsUe;
    foreign.identifier = QStringLiteral("MA-44021");
    QCOMPARE(organisationChoiceText(foreign), QStringLiteral("Majorel (MA-44021)"));
}

void TestModels::modelsPassTester_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("subcontractors") << 0;
    QTest::newRow("contracts") << 1;
    QTest::newRow("tasks") << 2;
    QTest::newRow("incidents") << 3;
    QTest::newRow("sources") << 4;
}

void TestModels::modelsPassTester()
{
    QFETCH(int, kind);
    std::unique_ptr<RecordTableModel> model;
    switch (kind) {
    case 0:
        model = std::make_unique<SubcontractorTableModel>();
        break;
    case 1:
        model = std::make_unique<ContractTableModel>();
        break;
    case 2:
        model = std::make_unique<TaskTableModel>();
        break;
    case 3:
        model = std::make_unique<IncidentTableModel>();
        break;
    default:
        model = std::make_unique<SourceTableModel>();
        break;
    }
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    RecordFilterProxyModel proxy;
    proxy.setSourceModel(model.get());
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 0);

    model->setRecordSet(m_records);
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->columnCount() > 3);
    for (int column = 0; column < model->columnCount(); ++column) {
        QVERIFY(!model->headerData(column, Qt::Horizontal).toString().isEmpty());
        for (int row = 0; row < model->rowCount(); ++row) {
            // Every cell says something: a value or "unknown", never a blank that reads as zero.
            const QString text = model->index(row, column).data().toString();
            if (text.isEmpty())
                QVERIFY2(kind == 0 && column == SubcontractorTableModel::GroupColumn,
                         qPrintable(QString::number(column)));
        }
    }
    // Sort every column both ways and filter under the tester.
    for (int column = 0; column < model->columnCount(); ++column) {
        proxy.sort(column, Qt::AscendingOrder);
        proxy.sort(column, Qt::DescendingOrder);
    }
    proxy.setSearchText(QStringLiteral("majorel"));
    proxy.setSearchText(QString());
    proxy.setPeriod(2022, 2023);
    proxy.setPeriod(0, 0);
    model->setRecordSet(m_records); // a reload
    QVERIFY(model->rowCount() > 0);
    model->setRecordSet(nullptr);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestModels::rowIdsMatchRecords()
{
    IncidentTableModel incidents;
    QAbstractItemModelTester tester(&incidents, QAbstractItemModelTester::FailureReportingMode::QtTest);
    incidents.setRecordSet(m_records);
    QCOMPARE(incidents.rowCount(), int(m_records->incidents().size()));
    for (int row = 0; row < incidents.rowCount(); ++row) {
        const RowId id = incidents.index(row, 1).data(RecordTableModel::RowIdRole).toLongLong();
        QVERIFY(id > 0);
        QCOMPARE(incidents.rowOf(id), row);
        QCOMPARE(incidents.index(row, IncidentTableModel::TitleColumn).data().toString(),
                 m_records->incident(id)->title);
    }
    QCOMPARE(incidents.rowOf(987654), -1);
}

void TestModels::subcontractorCounts()
{
    SubcontractorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecordSet(m_records);
    const int tessi = model.rowOf(m_tessiId);
    const int subsidiary = model.rowOf(m_subsidiaryId);
    QVERIFY(tessi >= 0 && subsidiary >= 0);
    QCOMPARE(model.index(subsidiary, SubcontractorTableModel::GroupColumn).data().toString(), QStringLiteral("TESSI"));
    QCOMPARE(model.index(subsidiary, SubcontractorTableModel::ContractsColumn).data(RecordTableModel::SortRole),
             QVariant(qint64(1)));
    // The group counts its subsidiary's contract on top of its own.
    const qint64 groupContracts
        = model.index(tessi, SubcontractorTableModel::ContractsColumn).data(RecordTableModel::SortRole).toLongLong();
    QCOMPARE(groupContracts, qint64(m_records->contractsOf(m_tessiId).size()));
    QVERIFY(groupContracts >= 2);
    QVERIFY(model.index(tessi, SubcontractorTableModel::TasksColumn).data(RecordTableModel::SortRole).toLongLong()
            >= 1);

    const int majorel = findRow(model, SubcontractorTableModel::NameColumn, QStringLiteral("Majorel"));
    QVERIFY(majorel >= 0);
    QVERIFY(model.index(majorel, SubcontractorTableModel::IncidentsColumn).data(RecordTableModel::SortRole).toLongLong()
            >= 1);
}

void TestModels::contractAmountsFrenchAndUnknownLast()
{
    ContractTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecordSet(m_records);
    RecordFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);

    const int tessi = findRow(model, ContractTableModel::HoldersColumn, QStringLiteral("TESSI"));
    QVERIFY(tessi >= 0);
    const int unknown = model.rowOf(m_unknownAmountContractId);
    QCOMPARE(model.index(unknown, ContractTableModel::AmountColumn).data().toString(), QStringLiteral("unknown"));
    QVERIFY(!model.index(unknown, ContractTableModel::AmountColumn).data(RecordTableModel::SortRole).isValid());
    QCOMPARE(model.index(unknown, ContractTableModel::NotifiedColumn).data().toString(), QStringLiteral("03/2019"));
    QCOMPARE(model.index(unknown, ContractTableModel::DurationColumn).data().toString(), QStringLiteral("48 month(s)"));

    // The demo's TESSI contract: "près de 80 millions d'euros".
    int approximate = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, ContractTableModel::AmountColumn).data(RecordTableModel::SortRole)
            == QVariant(qint64(8'000'000'000)))
            approximate = row;
    }
    QVERIFY(approximate >= 0);
    QCOMPARE(model.index(approximate, ContractTableModel::AmountColumn).data().toString(),
             fr("80 000 000") + nbsp("~€ (approximate)"));

    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        proxy.sort(ContractTableModel::AmountColumn, order);
        QCOMPARE(proxy.rowId(proxy.rowCount() - 1), m_unknownAmountContractId);
        QCOMPARE(proxy.index(proxy.rowCount() - 1, ContractTableModel::AmountColumn).data().toString(),
                 QStringLiteral("unknown"));
    }
}

void TestModels::incidentPeopleAndSourcedMark()
{
    IncidentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecordSet(m_records);
    const int majorel = findRow(model, IncidentTableModel::TitleColumn, QStringLiteral("Majorel"));
    QVERIFY(majorel >= 0);
    QCOMPARE(model.index(majorel, IncidentTableModel::PeopleColumn).data().toString(), fr("6 353 810"));
    QCOMPARE(model.index(majorel, IncidentTableModel::PeopleColumn).data(RecordTableModel::SortRole),
             QVariant(qint64(6'353'810)));
    QCOMPARE(model.index(majorel, IncidentTableModel::SourcedColumn).data().toString(), QStringLiteral("sourced"));
    QCOMPARE(model.index(majorel, IncidentTableModel::MadePublicColumn).data().toString(), QStringLiteral("08/2023"));
    // The tooltip shows every claim, the expert's too.
    QVERIFY(
        model.index(majorel, IncidentTableModel::PeopleColumn).data(Qt::ToolTipRole).toString().count(QLatin1Char('\n'))
        >= 1);

    // The 2021 incident: no number given ("à moindre échelle").
    const int earlier = findRow(model, IncidentTableModel::TitleColumn, QStringLiteral("2021"));
    QVERIFY(earlier >= 0);
    QCOMPARE(model.index(earlier, IncidentTableModel::PeopleColumn).data().toString(), QStringLiteral("unknown"));
    QVERIFY(!model.index(earlier, IncidentTableModel::PeopleColumn).data(RecordTableModel::SortRole).isValid());
    QVERIFY(model.index(earlier, IncidentTableModel::PeopleColumn).data(Qt::FontRole).value<QFont>().italic());

    // An incident entered with no source is marked so.
    Incident bare;
    bare.title = QStringLiteral("Rumeur non vérifiée");
    QVERIFY2(m_repository->saveIncident(bare), qPrintable(m_repository->lastError()));
    model.setRecordSet(RecordSet::load(*m_repository));
    const int row = model.rowOf(bare.id);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, IncidentTableModel::SourcedColumn).data().toString(), QStringLiteral("unsourced"));
    QCOMPARE(model.index(row, IncidentTableModel::SubcontractorColumn).data().toString(), QStringLiteral("unknown"));
    QCOMPARE(model.index(row, IncidentTableModel::OccurredColumn).data().toString(), QStringLiteral("unknown"));
}

void TestModels::sortValuesAreTyped()
{
    IncidentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecordSet(m_records);
    RecordFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    // Made public: dates sort as dates, not as "dd/MM/yyyy" text; unknown ones last.
    proxy.sort(IncidentTableModel::MadePublicColumn, Qt::AscendingOrder);
    QDate previous;
    bool seenUnknown = false;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QVariant value = proxy.index(row, IncidentTableModel::MadePublicColumn).data(RecordTableModel::SortRole);
        if (!value.isValid()) {
            seenUnknown = true;
            continue;
        }
        QVERIFY2(!seenUnknown, "a known date sorted after an unknown one");
        QCOMPARE(value.typeId(), QMetaType::QDate);
        QVERIFY(!previous.isValid() || previous <= value.toDate());
        previous = value.toDate();
    }
}

void TestModels::searchAcrossColumns()
{
    ContractTableModel contracts;
    contracts.setRecordSet(m_records);
    RecordFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&contracts);
    const int all = proxy.rowCount();
    QVERIFY(all >= 2);
    // Holder column, any case.
    proxy.setSearchText(QStringLiteral("documents services"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowId(0), m_unknownAmountContractId);
    // Object column, accents ignored; every word must match somewhere in the row.
    proxy.setSearchText(QStringLiteral("numerisation tessi"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("numerisation majorel"));
    QCOMPARE(proxy.rowCount(), 0);
    // Buyer column, accents ignored.
    proxy.setSearchText(QStringLiteral("pole EMPLOI"));
    QCOMPARE(proxy.rowCount(), all);
    // A formatted date column.
    proxy.setSearchText(QStringLiteral("03/2019"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), all);
}

void TestModels::subcontractorFilterIncludesSubsidiaries()
{
    ContractTableModel contracts;
    contracts.setRecordSet(m_records);
    RecordFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&contracts);
    proxy.setSubcontractorId(m_tessiId);
    QCOMPARE(proxy.rowCount(), int(m_records->contractsOf(m_tessiId).size()));
    QVERIFY(proxy.proxyRowOf(m_unknownAmountContractId) >= 0);
    proxy.setSubcontractorId(m_subsidiaryId);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowId(0), m_unknownAmountContractId);

    IncidentTableModel incidents;
    incidents.setRecordSet(m_records);
    RecordFilterProxyModel incidentProxy;
    incidentProxy.setSourceModel(&incidents);
    RowId majorelId = 0;
    for (const Organisation &organisation : m_records->subcontractors()) {
        if (organisation.name == QLatin1String("Majorel"))
            majorelId = organisation.id;
    }
    incidentProxy.setSubcontractorId(majorelId);
    QVERIFY(incidentProxy.rowCount() >= 1);
    for (int row = 0; row < incidentProxy.rowCount(); ++row)
        QCOMPARE(incidentProxy.index(row, IncidentTableModel::SubcontractorColumn).data().toString(),
                 QStringLiteral("Majorel"));
}

void TestModels::buyerFilter()
{
    ContractTableModel contracts;
    contracts.setRecordSet(m_records);
    RecordFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&contracts);
    QVERIFY(!m_records->buyers().isEmpty());
    const RowId buyerId = m_records->buyers().first().id;
    proxy.setBuyerId(buyerId);
    QCOMPARE(proxy.rowCount(), contracts.rowCount());
    proxy.setBuyerId(m_tessiId); // not a buyer of anything
    QCOMPARE(proxy.rowCount(), 0);
}

void TestModels::periodFilter()
{
    IncidentTableModel incidents;
    incidents.setRecordSet(m_records);
    RecordFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&incidents);
    proxy.setPeriod(2023, 2023);
    const QStringList titles2023 = columnTexts(proxy, IncidentTableModel::TitleColumn);
    QVERIFY(std::any_of(titles2023.cbegin(), titles2023.cend(),
                        [](const QString &t) { return t.contains(QStringLiteral("Majorel")); }));
    QVERIFY(std::none_of(titles2023.cbegin(), titles2023.cend(),
                         [](const QString &t) { return t.contains(QStringLiteral("2021")); }));
    proxy.setPeriod(2021, 2021);
    const QStringList titles2021 = columnTexts(proxy, IncidentTableModel::TitleColumn);
    QVERIFY(std::any_of(titles2021.cbegin(), titles2021.cend(),
                        [](const QString &t) { return t.contains(QStringLiteral("2021")); }));
    // Open-ended: from 2030 on, nothing yet.
    proxy.setPeriod(2030, 0);
    QCOMPARE(proxy.rowCount(), 0);

    // A contract notified in 03/2019 for 48 months covers 2019 to 2023.
    ContractTableModel contracts;
    contracts.setRecordSet(m_records);
    RecordFilterProxyModel contractProxy;
    contractProxy.setSourceModel(&contracts);
    contractProxy.setPeriod(2022, 2022);
    QVERIFY(contractProxy.proxyRowOf(m_unknownAmountContractId) >= 0);
    contractProxy.setPeriod(0, 2018);
    QCOMPARE(contractProxy.proxyRowOf(m_unknownAmountContractId), -1);
}

void TestModels::sourceFacts()
{
    SourceTableModel sources;
    QAbstractItemModelTester tester(&sources, QAbstractItemModelTester::FailureReportingMode::QtTest);
    sources.setRecordSet(m_records);
    QCOMPARE(sources.rowCount(), int(m_records->sources().size()));
    QVERIFY(sources.rowCount() >= 2);
    // Every demo source backs at least one fact, and its facts column says how many.
    for (int row = 0; row < sources.rowCount(); ++row) {
        const RowId id = sources.rowId(row);
        const qint64 facts = m_records->factsOf(id).size();
        QVERIFY(facts >= 1);
        QCOMPARE(sources.index(row, SourceTableModel::FactsColumn).data(RecordTableModel::SortRole).toLongLong(),
                 facts);
    }
    const int release = findRow(sources, SourceTableModel::TitleColumn, QStringLiteral("Vols de données"));
    QVERIFY(release >= 0);
    QCOMPARE(sources.index(release, SourceTableModel::PublishedColumn).data().toString(), QStringLiteral("24/08/2023"));
    const QList<RecordSet::Fact> facts = m_records->factsOf(sources.rowId(release));
    QVERIFY(std::any_of(facts.cbegin(), facts.cend(), [](const RecordSet::Fact &fact) {
        return fact.kind == RecordSet::Fact::Kind::Claim && fact.label.contains(QStringLiteral("Majorel"));
    }));
}

QTEST_GUILESS_MAIN(TestModels)
#include "testmodels.moc"
