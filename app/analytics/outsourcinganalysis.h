#pragma once

#include "analytics/analysissource.h"
#include "analytics/periods.h"
#include "core/amount.h"
#include "core/partialdate.h"
#include "storage/records.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace vigie {

/// How money is placed in time.
/// - Notified: a contract's amount counts at its notification date; an amendment's new amount replaces
///   the amount in force and the difference counts at the amendment's date.
/// - Spread: the amount is spread evenly, month by month, over the contract's duration from its
///   notification month; from an amendment's month on, what remains of the new amount is spread over what
///   remains of the (new) duration. A contract of unknown duration counts whole at its notification month
///   and is reported (Omissions::contractsUnknownDuration).
enum class SpendingMode { Notified, Spread };

/// Which claim gives an incident's figures.
/// - Official: the official claim (the largest if there are several): its people and its data categories.
/// - Highest: the largest number of people given by a sourced claim, and the union of the data categories
///   named by every sourced claim (the worst case that sources support).
/// An incident without such a claim giving a number has unknown people and is reported, never counted as 0.
enum class ClaimChoice { Official, Highest };

QString spendingModeCode(SpendingMode mode);
bool parseSpendingMode(const QString &code, SpendingMode *mode);

/// What a chart shows. Months of partial dates are their first month ("2021" is January 2021).
struct AnalysisFilter
{
    Granularity granularity = Granularity::Year;
    SpendingMode mode = SpendingMode::Notified;
    ClaimChoice claims = ClaimChoice::Official;
    QDate from; // first day shown; invalid = no lower bound
    QDate to; // last day shown; invalid = no upper bound
    /// Organisations shown (group heads when groupByParent); empty = all.
    QList<RowId> subcontractorIds;
    /// Declared sub-contracting acts count for the sub-contractor and are taken from the holders.
    bool creditSubcontracting = false;
    /// Money and incidents go to the top of each organisation's parent chain (TESSI, not TESSI DOCUMENTS SERVICES).
    bool groupByParent = false;
};

/// Money going to one organisation: one stack of the bars.
struct SpendingSeries
{
    RowId organisationId = 0;
    QString name;
    QList<Cents> cents; // one per period of ChartData::periods
    Cents total = 0;
    double share = 0; // of the total spending shown, 0 to 1
};

/// People exposed by incidents in one period.
struct ExposurePoint
{
    qint64 people = 0;
    qint64 weightedIndex = 0; // sum over incidents of people × sum of the weights of the categories exposed
    qint64 cumulativePeople = 0; // since the first period shown
    qint64 cumulativeIndex = 0;
    int incidents = 0; // incidents counted in this period (people known)
    int incidentsUnknownPeople = 0; // incidents of this period whose number of people nobody knows
};

struct SubcontractorExposure
{
    RowId organisationId = 0; // 0 = incidents whose subcontractor is unknown
    QString name;
    QList<qint64> people; // one per period
    qint64 totalPeople = 0;
    qint64 totalIndex = 0;
    int incidents = 0;
    double share = 0; // of the people exposed shown, 0 to 1
};

/// What the numbers leave out, for the current filter, so that the chart can say it.
struct Omissions
{
    int contractsUnknownAmount = 0; // no known amount at all: not shown
    int contractsUnknownDate = 0; // no notification date: not shown
    int contractsUnknownDuration = 0; // spread mode: counted whole at notification
    int contractsWithoutHolder = 0; // nobody to attribute them to: not shown
    int amendmentsUnknownDate = 0; // their change of amount is not shown
    int actsUnknownAmount = 0; // sub-contracting acts not credited (only when crediting)
    int datesYearOnly = 0; // month or quarter granularity: placed in January
    int incidentsUnknownDate = 0;
    int incidentsUnknownPeople = 0;
};

struct KeyFigures
{
    Cents totalSpending = 0;
    int subcontractors = 0; // organisations with money shown
    int incidents = 0; // incidents in the filter, people known or not
    qint64 peopleExposed = 0;
    std::optional<double> eurosPerPerson; // unknown when nobody is exposed or no known amount is shown
};

/// Everything the main chart and the key-figures panel draw, for one filter.
struct ChartData
{
    AnalysisFilter filter;
    QList<int> periods; // contiguous, in the filter's granularity
    QList<int> periodEnds; // last period each entry covers (itself unless merged by mergePeriods())
    QStringList periodLabels;
    QList<SpendingSeries> spending; // largest total first
    QList<ExposurePoint> exposure; // one per period
    QList<SubcontractorExposure> exposureBySubcontractor; // most people first
    Omissions omissions;
    KeyFigures keyFigures;

    /// Translated sentences for what is left out: "3 contracts of unknown amount not shown".
    QStringList omissionNotes() const;
};

/// Merges consecutive periods so that at most `maxPeriods` remain (a chart never draws more bars than it has
/// pixels for): money and people are summed, cumulative figures taken at the end, labels joined ("2001–2003").
ChartData mergePeriods(const ChartData &data, int maxPeriods);

/// The filter in words, for the foot of an exported chart: "2019 to 2023, by year, amounts at notification,
/// official claims, subcontractors: TESSI, Majorel". `names` gives organisation names by id.
/// FilterWords::Incidents leaves out what only concerns money (granularity, mode, claims, sub-contracting).
enum class FilterWords { Spending, Incidents };
QString describeFilter(const AnalysisFilter &filter, const QHash<RowId, QString> &names, const QLocale &locale,
                       FilterWords words = FilterWords::Spending);

/// A record behind a number: the contract, amendment or act that brought money into a bar, the incident
/// and claims behind a point of the exposure line.
struct RecordRef
{
    enum class Kind { Contract, Amendment, SubcontractingAct, Incident, Claim };
    Kind kind = Kind::Contract;
    RowId id = 0;
    RowId parentId = 0; // contract of an amendment or act; incident of a claim
    QString label; // contract reference or incident title
    qint64 value = 0; // cents for money, people for incidents and claims
    bool known = true; // false: nobody knows the value (an incident with no count of people); value is 0

    bool operator==(const RecordRef &other) const = default;
};

/// The dates of one incident, for the disclosure-delays chart.
struct DisclosureTimeline
{
    RowId incidentId = 0;
    QString title;
    RowId subcontractorId = 0;
    QString subcontractorName;
    PartialDate occurredOn;
    PartialDate discoveredOn;
    PartialDate cnilNotifiedOn;
    PartialDate madePublicOn;
};

struct OrganisationRef
{
    RowId id = 0;
    QString name;
    RowId parentId = 0;
    RowId groupId = 0; // top of the parent chain (itself when it has no parent)
};

/// Computes the figures behind the charts from plain data read through an AnalysisSource (the database's is
/// AnalysisReader, app/storage): no SQL, no widgets.
///
/// The first computation reads every contract once, as the source streams it, and keeps a month-by-month
/// summary per organisation (kilobytes, not one object per contract); every later filter is computed from
/// that summary. The summary is rebuilt when the source's version moves or on invalidate(); only the records
/// behind a bar (spendingRecords) read contracts again, those of the bar's organisations.
/// Contracts with several holders are split evenly between them (to the cent, remainders to the first).
/// An incident's period is made_public_on, else discovered_on, else occurred_on: when people learnt of it.
/// Not thread-safe: use it on the thread that owns the source.
class OutsourcingAnalysis
{
public:
    explicit OutsourcingAnalysis(std::unique_ptr<AnalysisSource> source);
    ~OutsourcingAnalysis();
    OutsourcingAnalysis(const OutsourcingAnalysis &) = delete;
    OutsourcingAnalysis &operator=(const OutsourcingAnalysis &) = delete;

    /// The series, omissions and key figures for a filter; nullopt (see lastError()) if the source fails.
    std::optional<ChartData> compute(const AnalysisFilter &filter);

    /// The records that make up one bar segment: money that `organisationId` (a group head when grouping)
    /// receives in `period` under `filter`, largest first. Their values add up to the segment.
    QList<RecordRef> spendingRecords(const AnalysisFilter &filter, int period, RowId organisationId);
    /// The incidents and claims behind the exposure in `period` (all organisations when organisationId is -1);
    /// an incident whose number of people nobody knows comes with `known` false.
    QList<RecordRef> exposureRecords(const AnalysisFilter &filter, int period, RowId organisationId = -1);
    /// Every source behind the numbers plotted for `filter`: sources of the contracts that bring money
    /// into the chart, of the incidents counted and of the claims their figures come from. Sorted by title.
    QList<SourceRef> sources(const AnalysisFilter &filter);
    /// The sources of the incidents the disclosure-delays chart shows for `filter` (their dates' sources).
    QList<SourceRef> incidentSources(const AnalysisFilter &filter);
    /// Incidents in the filter (organisations, period) with their four dates, earliest first.
    QList<DisclosureTimeline> disclosureTimelines(const AnalysisFilter &filter);
    /// Organisations that hold contracts, receive sub-contracting or have incidents, by name.
    QList<OrganisationRef> organisations();

    /// Forgets the summary; the next call rebuilds it.
    void invalidate();
    QString lastError() const { return m_error; }

    struct Summary; // the month-by-month summary; defined in the .cpp

private:
    bool ensureSummary();

    std::unique_ptr<AnalysisSource> m_source;
    std::unique_ptr<Summary> m_summary;
    QString m_error;
};

} // namespace vigie
