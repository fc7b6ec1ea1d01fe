#pragma once
// The analytics fixture twice: as SQL for a database and as the plain data AnalysisReader must read out of
// it (tests/unit/testanalysisreader.cpp checks that they agree), with a source that serves plain data from
// memory, so that the analytics are tested without a database. Header-only: each test is its own executable.

#include "analytics/analysissource.h"
#include "analytics/periods.h"

namespace vigie::testing {

// Organisations
constexpr RowId kBuyer = 1, kAlpha = 2, kBeta = 3, kTessi = 4, kTessiDocuments = 5, kSigma = 6, kMajorel = 7;
// Data categories, in the order migration 1 seeds them (weight in the comment).
constexpr RowId kIdentity = 1 /* 1 */, kNir = 2 /* 5 */, kEmail = 3 /* 2 */, kPhone = 4 /* 2 */,
                kBankDetails = 6 /* 5 */, kDrivingLicence = 7 /* 4 */, kGeolocation = 9 /* 3 */;

// Every amount in cents.
//  C1 Alpha   1 200,00 €  2020-03-15, 12 months; amendment 1 (2021-02-10) new amount 1 800,00 €   [S10]
//  C2 Beta    1 200,00 €  2020-10-01, 6 months (spread: 200 €/month Oct 2020 - Mar 2021)           [S11]
//  C3 Alpha   2 400,00 €  2022-01, 12 months; amendment 2 (2022-07) new duration 24 months
//  C4 Beta    unknown amount, 2021-05
//  C5 Beta      500,00 €  unknown date
//  C6 Beta      300,00 €  2021-06-01, unknown duration
//  C7 Alpha + Beta 1 000,01 € "2023" (year only), 1 month: 500,00 € + 500,01 €
//  C8 TESSI DOCUMENTS SERVICES 10 000,00 € 2022-01-01, 10 months                                   [S12]
//     act 1: Sigma 4 000,00 € declared 2022-06-01; act 2: Sigma, unknown amount
//  C9 TESSI   5 000,00 €  2022-03-01, 12 months
// Incidents (period = made public, else discovered, else occurred):
//  I1 Majorel, public 2023-08-24 [S20]; claims: 1 official 600 {identity 1, nir 5} [S21];
//     2 expert, no count {email 2, driving licence 4, geolocation 3} [S22]; 3 press 800 {phone 2} [S23];
//     4 unsourced 5000 {bank details 5}
//  I2 Beta, discovered 2021-03; claim 5 official 100 {email 2} [S24]
//  I3 Beta, no date; claim 6 official 50
//  I4 Alpha, public 2022-05; claim 7 official, no count [S24]
inline const char *const kAnalyticsFixture[] = {
    R"(INSERT INTO organisations (id, name, role, parent_id) VALUES
        (1, 'Pôle emploi', 'buyer', NULL), (2, 'Alpha', 'subcontractor', NULL), (3, 'Beta', 'subcontractor', NULL),
        (4, 'TESSI', 'subcontractor', NULL), (5, 'TESSI DOCUMENTS SERVICES', 'subcontractor', 4),
        (6, 'Sigma', 'subcontractor', NULL), (7, 'Majorel', 'subcontractor', NULL))",
    R"(INSERT INTO sources (id, title, kind) VALUES (10, 'Avis C1', 'open_data'), (11, 'Avis C2', 'open_data'),
        (12, 'Avis C8', 'open_data'), (20, 'Communiqué CGT', 'union'), (21, 'Communiqué officiel', 'official'),
        (22, 'Expert TF1', 'expert'), (23, 'Article de presse', 'press'), (24, 'Tract Sud', 'union'))",
    R"(INSERT INTO contracts (id, reference, buyer_id, amount_cents, notified_on, duration_months) VALUES
        (1, 'C1', 1, 120000, '2020-03-15', 12), (2, 'C2', 1, 120000, '2020-10-01', 6),
        (3, 'C3', 1, 240000, '2022-01', 12), (4, 'C4', 1, NULL, '2021-05', 12), (5, 'C5', 1, 50000, NULL, 12),
        (6, 'C6', 1, 30000, '2021-06-01', NULL), (7, 'C7', 1, 100001, '2023', 1),
        (8, 'C8', 1, 1000000, '2022-01-01', 10), (9, 'C9', 1, 500000, '2022-03-01', 12))",
    R"(INSERT INTO contract_holders (contract_id, organisation_id) VALUES
        (1, 2), (2, 3), (3, 2), (4, 3), (5, 3), (6, 3), (7, 2), (7, 3), (8, 5), (9, 4))",
    R"(INSERT INTO amendments (id, contract_id, signed_on, new_amount_cents, new_duration_months) VALUES
        (1, 1, '2021-02-10', 180000, NULL), (2, 3, '2022-07', NULL, 24))",
    R"(INSERT INTO subcontracting_acts (id, contract_id, subcontractor_id, amount_cents, declared_on) VALUES
        (1, 8, 6, 400000, '2022-06-01'), (2, 8, 6, NULL, NULL))",
    R"(INSERT INTO contract_sources (contract_id, source_id) VALUES (1, 10), (2, 11), (8, 12))",
    R"(INSERT INTO incidents (id, title, subcontractor_id, occurred_on, discovered_on, made_public_on) VALUES
        (1, 'Fuite Majorel', 7, '2023-03', '2023-07', '2023-08-24'), (2, 'Incident Beta', 3, NULL, '2021-03', NULL),
        (3, 'Sans date', 3, NULL, NULL, NULL), (4, 'Sans nombre', 2, NULL, NULL, '2022-05'))",
    R"(INSERT INTO incident_sources (incident_id, source_id) VALUES (1, 20))",
    R"(INSERT INTO claims (id, incident_id, claimant, is_official, people, source_id) VALUES
        (1, 1, 'Pôle emploi', 1, 600, 21), (2, 1, 'Expert', 0, NULL, 22), (3, 1, 'Presse', 0, 800, 23),
        (4, 1, 'Rumeur', 0, 5000, NULL), (5, 2, 'Pôle emploi', 1, 100, 24), (6, 3, 'Pôle emploi', 1, 50, NULL),
        (7, 4, 'Pôle emploi', 1, NULL, 24))",
    R"(INSERT INTO claim_data_categories (claim_id, category_id)
        SELECT 1, id FROM data_categories WHERE code IN ('identity', 'nir')
        UNION ALL SELECT 2, id FROM data_categories WHERE code IN ('email', 'driving_licence', 'geolocation')
        UNION ALL SELECT 3, id FROM data_categories WHERE code = 'phone'
        UNION ALL SELECT 4, id FROM data_categories WHERE code = 'bank_details'
        UNION ALL SELECT 5, id FROM data_categories WHERE code = 'email'
        UNION ALL SELECT 6, id FROM data_categories WHERE code = 'identity')",
};

inline PartialDate isoDate(const char *text)
{
    return PartialDate::parse(QString::fromUtf8(text)).value_or(PartialDate());
}

inline IncidentFacts incident(RowId id, const char *title, RowId subcontractor)
{
    IncidentFacts facts;
    facts.id = id;
    facts.title = QString::fromUtf8(title);
    facts.subcontractorId = subcontractor;
    return facts;
}

inline ContractFacts contract(RowId id, std::optional<Cents> amount, int month, std::optional<int> duration,
                              std::initializer_list<RowId> holders)
{
    ContractFacts facts;
    facts.id = id;
    facts.amount = amount;
    facts.month = month;
    facts.duration = duration;
    facts.holders = holders;
    return facts;
}

/// The fixture's tables as plain data (the weights are those of a new database).
inline AnalysisTables analyticsFixtureTables()
{
    AnalysisTables tables;
    tables.organisations = {{kBuyer, QStringLiteral("Pôle emploi"), 0},
                            {kAlpha, QStringLiteral("Alpha"), 0},
                            {kBeta, QStringLiteral("Beta"), 0},
                            {kTessi, QStringLiteral("TESSI"), 0},
                            {kTessiDocuments, QStringLiteral("TESSI DOCUMENTS SERVICES"), kTessi},
                            {kSigma, QStringLiteral("Sigma"), 0},
                            {kMajorel, QStringLiteral("Majorel"), 0}};
    auto source = [](RowId id, const char *title, const char *kind) {
        SourceRef ref;
        ref.id = id;
        ref.title = QString::fromUtf8(title);
        ref.kind = QString::fromUtf8(kind);
        return ref;
    };
    tables.sources = {source(10, "Avis C1", "open_data"),
                      source(11, "Avis C2", "open_data"),
                      source(12, "Avis C8", "open_data"),
                      source(20, "Communiqué CGT", "union"),
                      source(21, "Communiqué officiel", "official"),
                      source(22, "Expert TF1", "expert"),
                      source(23, "Article de presse", "press"),
                      source(24, "Tract Sud", "union")};
    const int weights[] = {1, 5, 2, 2, 2, 5, 4, 2, 3, 5, 5, 4};
    for (int i = 0; i < 12; ++i)
        tables.categoryWeights.insert(i + 1, weights[i]);
    IncidentFacts majorel = incident(1, "Fuite Majorel", kMajorel);
    majorel.occurredOn = isoDate("2023-03");
    majorel.discoveredOn = isoDate("2023-07");
    majorel.madePublicOn = isoDate("2023-08-24");
    majorel.sources = {20};
    majorel.claims = {{1, true, 600, 21, {kIdentity, kNir}},
                      {2, false, std::nullopt, 22, {kEmail, kDrivingLicence, kGeolocation}},
                      {3, false, 800, 23, {kPhone}},
                      {4, false, 5000, 0, {kBankDetails}}};
    IncidentFacts beta = incident(2, "Incident Beta", kBeta);
    beta.discoveredOn = isoDate("2021-03");
    beta.claims = {{5, true, 100, 24, {kEmail}}};
    IncidentFacts undated = incident(3, "Sans date", kBeta);
    undated.claims = {{6, true, 50, 0, {kIdentity}}};
    IncidentFacts uncounted = incident(4, "Sans nombre", kAlpha);
    uncounted.madePublicOn = isoDate("2022-05");
    uncounted.claims = {{7, true, std::nullopt, 24, {}}};
    tables.incidents = {majorel, beta, undated, uncounted};
    return tables;
}

/// The fixture's contracts as plain data, by id.
inline QList<ContractFacts> analyticsFixtureContracts()
{
    const std::nullopt_t unknown = std::nullopt;
    QList<ContractFacts> contracts;
    contracts << contract(1, 120000, monthIndex(2020, 3), 12, {kAlpha});
    contracts.back().amendments = {{1, monthIndex(2021, 2), 180000, unknown}};
    contracts.back().sources = {10};
    contracts << contract(2, 120000, monthIndex(2020, 10), 6, {kBeta});
    contracts.back().sources = {11};
    contracts << contract(3, 240000, monthIndex(2022, 1), 12, {kAlpha});
    contracts.back().amendments = {{2, monthIndex(2022, 7), unknown, 24}};
    contracts << contract(4, unknown, monthIndex(2021, 5), 12, {kBeta});
    contracts << contract(5, 50000, -1, 12, {kBeta});
    contracts << contract(6, 30000, monthIndex(2021, 6), unknown, {kBeta});
    contracts << contract(7, 100001, monthIndex(2023, 1), 1, {kAlpha, kBeta});
    contracts.back().yearOnly = true;
    contracts << contract(8, 1000000, monthIndex(2022, 1), 10, {kTessiDocuments});
    contracts.back().acts = {{1, kSigma, 400000, monthIndex(2022, 6)}, {2, kSigma, unknown, -1}};
    contracts.back().sources = {12};
    contracts << contract(9, 500000, monthIndex(2022, 3), 12, {kTessi});
    return contracts;
}

/// Plain data served from memory. Its version moves with `changes`.
class MemorySource : public AnalysisSource
{
public:
    AnalysisTables tables;
    QList<ContractFacts> contracts;
    QHash<RowId, QString> references;
    qint64 changes = 0;

    std::optional<DataVersion> version(QString *) override { return DataVersion {0, changes}; }
    bool read(AnalysisTables *out, const ContractVisitor &visit, QString *error) override
    {
        *out = tables;
        return readContracts({}, visit, error);
    }
    // Every contract: at least those of the organisations asked for.
    bool readContracts(const QList<RowId> &, const ContractVisitor &visit, QString *) override
    {
        for (ContractFacts contract : std::as_const(contracts))
            visit(contract);
        return true;
    }
    std::optional<QHash<RowId, QString>> contractReferences(const QList<RowId> &ids, QString *) override
    {
        QHash<RowId, QString> found;
        for (RowId id : ids) {
            if (references.contains(id))
                found.insert(id, references.value(id));
        }
        return found;
    }
};

/// The fixture in memory.
inline std::unique_ptr<MemorySource> analyticsFixtureSource()
{
    auto source = std::make_unique<MemorySource>();
    source->tables = analyticsFixtureTables();
    source->contracts = analyticsFixtureContracts();
    for (const ContractFacts &contract : std::as_const(source->contracts))
        source->references.insert(contract.id, QStringLiteral("C%1").arg(contract.id));
    return source;
}

/// Counts what the analytics ask of a source, and can make it fail.
class CountingSource : public AnalysisSource
{
public:
    explicit CountingSource(std::unique_ptr<AnalysisSource> source)
        : m_owned(std::move(source))
        , m_source(m_owned.get())
    {
    }
    explicit CountingSource(AnalysisSource *source) // not owned
        : m_source(source)
    {
    }
    int reads = 0;
    int contractReads = 0;
    QString failure;

    std::optional<DataVersion> version(QString *error) override
    {
        if (!failure.isEmpty()) {
            *error = failure;
            return std::nullopt;
        }
        return m_source->version(error);
    }
    bool read(AnalysisTables *tables, const ContractVisitor &visit, QString *error) override
    {
        ++reads;
        return m_source->read(tables, visit, error);
    }
    bool readContracts(const QList<RowId> &organisations, const ContractVisitor &visit, QString *error) override
    {
        ++contractReads;
        return m_source->readContracts(organisations, visit, error);
    }
    std::optional<QHash<RowId, QString>> contractReferences(const QList<RowId> &ids, QString *error) override
    {
        return m_source->contractReferences(ids, error);
    }

private:
    std::unique_ptr<AnalysisSource> m_owned;
    AnalysisSource *m_source = nullptr;
};

} // namespace vigie::testing
