#pragma once

#include "core/amount.h"
#include "core/partialdate.h"
#include "storage/records.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <functional>
#include <optional>

class QLocale;

namespace vigie {

// What the analytics read, as plain data. Months are month indexes (monthIndex(), periods.h), -1 when the
// date is unknown; a date known only to its year is its January.

/// A source document behind the numbers, for the list printed under a chart.
struct SourceRef
{
    RowId id = 0;
    QString title;
    QString publisher;
    QString kind;
    PartialDate publishedOn;
    QString url;
    QString fileRef;

    /// "Title, publisher, 24/08/2023, url" in the locale.
    QString citation(const QLocale &locale) const;
    bool operator==(const SourceRef &other) const = default;
};

struct AmendmentFacts
{
    RowId id = 0;
    int month = -1; // signed_on
    std::optional<Cents> newAmount;
    std::optional<int> newDuration;

    bool operator==(const AmendmentFacts &other) const = default;
};

struct ActFacts
{
    RowId id = 0;
    RowId subcontractorId = 0;
    std::optional<Cents> amount;
    int month = -1; // declared_on

    bool operator==(const ActFacts &other) const = default;
};

/// One contract with what hangs on it. Small arrays inline: a million of them go by in a scan.
struct ContractFacts
{
    RowId id = 0;
    std::optional<Cents> amount;
    int month = -1; // notified_on
    bool yearOnly = false; // notified_on is a year alone
    std::optional<int> duration; // months
    QVarLengthArray<RowId, 2> holders; // sorted by id
    QVarLengthArray<AmendmentFacts, 2> amendments;
    QVarLengthArray<ActFacts, 1> acts;
    QVarLengthArray<RowId, 2> sources;

    bool operator==(const ContractFacts &other) const = default;
};

struct OrganisationFacts
{
    RowId id = 0;
    QString name;
    RowId parentId = 0; // 0: none

    bool operator==(const OrganisationFacts &other) const = default;
};

struct ClaimFacts
{
    RowId id = 0;
    bool official = false;
    std::optional<qint64> people; // nullopt: the claim gives no number
    RowId sourceId = 0; // 0: unsourced
    QList<RowId> categories; // data categories it says were exposed

    bool operator==(const ClaimFacts &other) const = default;
};

struct IncidentFacts
{
    RowId id = 0;
    QString title;
    RowId subcontractorId = 0; // 0: unknown
    PartialDate occurredOn;
    PartialDate discoveredOn;
    PartialDate cnilNotifiedOn;
    PartialDate madePublicOn;
    QList<RowId> sources; // the incident's own sources (they back its dates)
    QList<ClaimFacts> claims; // by id

    bool operator==(const IncidentFacts &other) const = default;
};

/// Everything but the contracts, read as of the same moment as them.
struct AnalysisTables
{
    QList<OrganisationFacts> organisations;
    QList<SourceRef> sources;
    QHash<RowId, int> categoryWeights; // data category -> weight
    QList<IncidentFacts> incidents; // by id
};

/// Moves whenever what a source reads may have changed.
struct DataVersion
{
    qint64 others = -1; // commits of other connections
    qint64 own = -1; // writes of this one

    bool operator==(const DataVersion &other) const = default;
};

/// Where OutsourcingAnalysis reads its data: the database (AnalysisReader, app/storage) or plain data in
/// memory (tests). Errors are returned as text, nullopt or false.
class AnalysisSource
{
public:
    /// Called once per contract; it may reorder the contract's arrays.
    using ContractVisitor = std::function<void(ContractFacts &)>;

    virtual ~AnalysisSource() = default;

    virtual std::optional<DataVersion> version(QString *error) = 0;
    /// The tables, and every contract handed to `visit`, all as of one moment.
    virtual bool read(AnalysisTables *tables, const ContractVisitor &visit, QString *error) = 0;
    /// Hands to `visit` at least every contract held by, or sub-contracted to, one of `organisations`.
    virtual bool readContracts(const QList<RowId> &organisations, const ContractVisitor &visit, QString *error) = 0;
    /// Contract references ("2021-042") by contract id.
    virtual std::optional<QHash<RowId, QString>> contractReferences(const QList<RowId> &ids, QString *error) = 0;
};

} // namespace vigie
