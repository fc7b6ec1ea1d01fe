#include "outsourcinganalysis.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <climits>
#include <functional>
#include <unordered_map>
#include <vector>

namespace vigie {

namespace {

__extension__ using Int128 = __int128; // amount × month index stays exact

// lupdate files these strings under the context named here, the one they are looked up with.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(vigie::OutsourcingAnalysis)
};

// Longer durations are data-entry errors; spreading a contract over them would only hide its money.
constexpr int kMaxSpreadMonths = 1200;

// What a contribution is: money at notification, spread money, or the transfer of a sub-contracting act
// (positive for the sub-contractor, negative for the holders) in either mode.
enum Channel { ChannelNotified = 0, ChannelSpread = 1, ChannelActNotified = 2, ChannelActSpread = 3, ChannelCount = 4 };

enum class OmissionKind {
    UnknownAmount,
    UnknownDate,
    UnknownDuration,
    NoHolder,
    AmendmentUnknownDate,
    ActUnknownAmount,
    YearOnly
};

// i-th of n shares of x, to the cent: the shares add up to x exactly, whatever the rounding.
Cents shareOf(Cents x, int i, int n)
{
    if (n == 1)
        return x;
    // 64-bit when x × n cannot overflow (always, for real amounts); 128-bit division is several times slower.
    if (x < (Cents(1) << 52) && x > -(Cents(1) << 52) && n <= 2048)
        return x * (i + 1) / n - x * i / n;
    return Cents(Int128(x) * (i + 1) / n - Int128(x) * i / n);
}

struct Contribution
{
    RecordRef::Kind kind = RecordRef::Kind::Contract;
    RowId recordId = 0;
    RowId organisationId = 0;
    int month = 0;
    Cents cents = 0;
    Channel channel = ChannelNotified;
};

// Walks one contract and reports every amount it brings, to whom and when, in every mode.
// The visitor has begin(row), contribution(row, c), omission(row, kind, orgs) and end(row).
template<typename Visitor> void contribute(ContractFacts &row, Visitor &visitor)
{
    visitor.begin(row);
    if (row.holders.isEmpty()) {
        visitor.omission(row, OmissionKind::NoHolder, row.holders);
        visitor.end(row);
        return;
    }
    std::sort(row.amendments.begin(), row.amendments.end(), [](const AmendmentFacts &a, const AmendmentFacts &b) {
        return a.month != b.month ? a.month < b.month : a.id < b.id;
    });
    bool anyAmount = row.amount.has_value();
    for (const AmendmentFacts &a : row.amendments)
        anyAmount = anyAmount || (a.month >= 0 && a.newAmount);
    if (row.month < 0) {
        visitor.omission(row, OmissionKind::UnknownDate, row.holders);
        visitor.end(row);
        return;
    }
    if (!anyAmount) {
        visitor.omission(row, OmissionKind::UnknownAmount, row.holders);
        visitor.end(row);
        return;
    }
    if (row.yearOnly)
        visitor.omission(row, OmissionKind::YearOnly, row.holders);

    const int holderCount = int(row.holders.size());
    auto emitSplit = [&](Channel channel, RecordRef::Kind kind, RowId recordId, int month, Cents cents) {
        if (cents == 0)
            return;
        for (int h = 0; h < holderCount; ++h) {
            const Cents share = shareOf(cents, h, holderCount);
            if (share != 0)
                visitor.contribution(row, Contribution {kind, recordId, row.holders[h], month, share, channel});
        }
    };

    // Notified: the amount at notification, then each amendment's difference at its date.
    std::optional<Cents> current = row.amount;
    if (current)
        emitSplit(ChannelNotified, RecordRef::Kind::Contract, row.id, row.month, *current);
    for (const AmendmentFacts &a : row.amendments) {
        if (a.month < 0) {
            if (a.newAmount || a.newDuration)
                visitor.omission(row, OmissionKind::AmendmentUnknownDate, row.holders);
            continue;
        }
        if (!a.newAmount)
            continue;
        emitSplit(ChannelNotified, RecordRef::Kind::Amendment, a.id, std::max(a.month, row.month),
                  *a.newAmount - current.value_or(0));
        current = a.newAmount;
    }

    // Spread: month by month from the notification; an amendment re-spreads what remains from its month on.
    struct Slot
    {
        Cents cents = 0;
        RecordRef::Kind kind = RecordRef::Kind::Contract;
        RowId id = 0;
    };
    thread_local std::vector<Slot> allocation;
    allocation.clear();
    auto spreadOver = [&](Cents amount, int offset, int months, RecordRef::Kind kind, RowId id) {
        months = std::clamp(months, 1, kMaxSpreadMonths);
        if (int(allocation.size()) < offset + months)
            allocation.resize(size_t(offset + months));
        for (int i = 0; i < months; ++i)
            allocation[size_t(offset + i)] = Slot {shareOf(amount, i, months), kind, id};
    };
    std::optional<Cents> amount = row.amount;
    std::optional<int> duration = row.duration;
    if (amount)
        spreadOver(*amount, 0, duration.value_or(1), RecordRef::Kind::Contract, row.id);
    for (const AmendmentFacts &a : row.amendments) {
        if (a.month < 0 || (!a.newAmount && !a.newDuration))
            continue;
        const std::optional<Cents> newAmount = a.newAmount ? a.newAmount : amount;
        const std::optional<int> newDuration = a.newDuration ? a.newDuration : duration;
        if (newAmount == amount && newDuration == duration)
            continue;
        amount = newAmount;
        duration = newDuration;
        if (!amount)
            continue; // only the duration is known so far: nothing to spread yet
        const int t = std::min(std::max(a.month, row.month) - row.month, kMaxSpreadMonths);
        Cents before = 0;
        for (int i = 0; i < std::min(t, int(allocation.size())); ++i)
            before += allocation[size_t(i)].cents;
        if (int(allocation.size()) > t)
            allocation.resize(size_t(t));
        spreadOver(*amount - before, t, duration ? *duration - t : 1, RecordRef::Kind::Amendment, a.id);
    }
    if (!duration)
        visitor.omission(row, OmissionKind::UnknownDuration, row.holders);
    for (int i = 0; i < int(allocation.size()); ++i)
        emitSplit(ChannelSpread, allocation[size_t(i)].kind, allocation[size_t(i)].id, row.month + i,
                  allocation[size_t(i)].cents);

    // Sub-contracting acts move money from the holders to the sub-contractor, at the act's date (the
    // notification's when unknown) or spread from then to the contract's end.
    const int end = row.month + std::clamp(duration.value_or(1), 1, kMaxSpreadMonths);
    for (const ActFacts &act : row.acts) {
        if (!act.amount) {
            const QVarLengthArray<RowId, 2> sub {act.subcontractorId};
            visitor.omission(row, OmissionKind::ActUnknownAmount, sub);
            continue;
        }
        const int month = act.month >= 0 ? std::max(act.month, row.month) : row.month;
        const Cents x = *act.amount;
        visitor.contribution(row,
                             Contribution {RecordRef::Kind::SubcontractingAct, act.id, act.subcontractorId, month, x,
                                           ChannelActNotified});
        emitSplit(ChannelActNotified, RecordRef::Kind::SubcontractingAct, act.id, month, -x);
        const int months = std::clamp(end - month, 1, kMaxSpreadMonths);
        for (int i = 0; i < months; ++i) {
            const Cents share = shareOf(x, i, months);
            if (share == 0)
                continue;
            visitor.contribution(row,
                                 Contribution {RecordRef::Kind::SubcontractingAct, act.id, act.subcontractorId,
                                               month + i, share, ChannelActSpread});
            emitSplit(ChannelActSpread, RecordRef::Kind::SubcontractingAct, act.id, month + i, -share);
        }
    }
    visitor.end(row);
}

struct Span
{
    int first = 0;
    int last = 0;
};

// Money by month for one organisation, per channel. Grows to cover the months it is given.
struct OrgCells
{
    int base = 0;
    std::vector<std::array<Cents, ChannelCount>> cells;

    Cents &at(int month, Channel channel)
    {
        if (cells.empty()) {
            base = month;
            cells.resize(1, {});
        } else if (month < base) {
            cells.insert(cells.begin(), size_t(base - month), std::array<Cents, ChannelCount> {});
            base = month;
        } else if (month >= base + int(cells.size())) {
            cells.resize(size_t(month - base + 1), {});
        }
        return cells[size_t(month - base)][channel];
    }
};

struct ClaimBehind
{
    RowId id = 0;
    std::optional<qint64> people;
};

// An incident's figures under one ClaimChoice.
struct IncidentChoice
{
    std::optional<qint64> people;
    qint64 index = 0;
    QList<ClaimBehind> claims;
    QList<RowId> sourceIds;
};

struct IncidentRow
{
    RowId id = 0;
    QString title;
    RowId organisationId = 0;
    int month = -1;
    bool yearOnly = false;
    PartialDate occurredOn;
    PartialDate discoveredOn;
    PartialDate cnilNotifiedOn;
    PartialDate madePublicOn;
    QList<RowId> ownSources; // they back the dates
    IncidentChoice official;
    IncidentChoice highest;
};

struct OmissionRow
{
    OmissionKind kind = OmissionKind::UnknownAmount;
    int month = -1;
    QVarLengthArray<RowId, 2> organisations;
};

using SpanLists = std::array<std::vector<Span>, ChannelCount>;

int monthOfDate(QDate date)
{
    return monthIndex(date.year(), date.month());
}

void mergeSpans(std::vector<Span> &spans)
{
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.first < b.first; });
    std::vector<Span> merged;
    for (const Span &span : spans) {
        if (!merged.empty() && span.first <= merged.back().last + 1)
            merged.back().last = std::max(merged.back().last, span.last);
        else
            merged.push_back(span);
    }
    merged.shrink_to_fit();
    spans.swap(merged);
}

bool spansMeet(const std::vector<Span> &spans, int from, int to)
{
    return std::any_of(spans.begin(), spans.end(), [&](const Span &s) { return s.last >= from && s.first <= to; });
}

} // namespace

QString spendingModeCode(SpendingMode mode)
{
    return mode == SpendingMode::Notified ? QStringLiteral("notified") : QStringLiteral("spread");
}

bool parseSpendingMode(const QString &code, SpendingMode *mode)
{
    if (code == QLatin1String("notified"))
        *mode = SpendingMode::Notified;
    else if (code == QLatin1String("spread"))
        *mode = SpendingMode::Spread;
    else
        return false;
    return true;
}

QString SourceRef::citation(const QLocale &locale) const
{
    QStringList parts {title};
    if (!publisher.isEmpty())
        parts << publisher;
    if (!publishedOn.isUnknown())
        parts << publishedOn.toDisplay(locale, QString());
    if (!url.isEmpty())
        parts << url;
    else if (!fileRef.isEmpty())
        parts << fileRef;
    return parts.join(QStringLiteral(", "));
}

QStringList ChartData::omissionNotes() const
{
    QStringList notes;
    const Omissions &o = omissions;
    if (o.contractsUnknownAmount)
        notes << Tr::tr("%n contract(s) of unknown amount not shown", nullptr, o.contractsUnknownAmount);
    if (o.contractsUnknownDate)
        notes << Tr::tr("%n contract(s) of unknown notification date not shown", nullptr, o.contractsUnknownDate);
    if (o.contractsWithoutHolder)
        notes << Tr::tr("%n contract(s) without a known holder not shown", nullptr, o.contractsWithoutHolder);
    if (o.contractsUnknownDuration)
        notes << Tr::tr("%n contract(s) of unknown duration counted whole at notification", nullptr,
                        o.contractsUnknownDuration);
    if (o.amendmentsUnknownDate)
        notes << Tr::tr("%n amendment(s) of unknown date not shown", nullptr, o.amendmentsUnknownDate);
    if (o.actsUnknownAmount)
        notes << Tr::tr("%n sub-contracting act(s) of unknown amount not credited", nullptr, o.actsUnknownAmount);
    if (o.datesYearOnly)
        notes << Tr::tr("%n date(s) known only to the year placed in January", nullptr, o.datesYearOnly);
    if (o.incidentsUnknownDate)
        notes << Tr::tr("%n incident(s) of unknown date not shown", nullptr, o.incidentsUnknownDate);
    if (o.incidentsUnknownPeople)
        notes << (filter.claims == ClaimChoice::Official
                      ? Tr::tr("%n incident(s) with no official count of people affected: marked ?, not counted",
                               nullptr, o.incidentsUnknownPeople)
                      : Tr::tr("%n incident(s) with no sourced count of people affected: marked ?, not counted",
                               nullptr, o.incidentsUnknownPeople));
    return notes;
}

ChartData mergePeriods(const ChartData &data, int maxPeriods)
{
    const int count = int(data.periods.size());
    if (maxPeriods <= 0 || count <= maxPeriods)
        return data;
    const int step = (count + maxPeriods - 1) / maxPeriods;
    ChartData merged = data;
    merged.periods.clear();
    merged.periodEnds.clear();
    merged.periodLabels.clear();
    merged.exposure.clear();
    for (SpendingSeries &series : merged.spending)
        series.cents.clear();
    for (SubcontractorExposure &exposure : merged.exposureBySubcontractor)
        exposure.people.clear();
    for (int first = 0; first < count; first += step) {
        const int last = std::min(first + step, count) - 1;
        merged.periods << data.periods.at(first);
        merged.periodEnds << data.periodEnds.at(last);
        merged.periodLabels << (first == last
                                    ? data.periodLabels.at(first)
                                    : data.periodLabels.at(first) + QChar(0x2013) + data.periodLabels.at(last));
        ExposurePoint point;
        for (int i = first; i <= last; ++i) {
            point.people += data.exposure.at(i).people;
            point.weightedIndex += data.exposure.at(i).weightedIndex;
            point.incidents += data.exposure.at(i).incidents;
            point.incidentsUnknownPeople += data.exposure.at(i).incidentsUnknownPeople;
        }
        point.cumulativePeople = data.exposure.at(last).cumulativePeople;
        point.cumulativeIndex = data.exposure.at(last).cumulativeIndex;
        merged.exposure << point;
        for (int s = 0; s < merged.spending.size(); ++s) {
            Cents sum = 0;
            for (int i = first; i <= last; ++i)
                sum += data.spending.at(s).cents.at(i);
            merged.spending[s].cents << sum;
        }
        for (int e = 0; e < merged.exposureBySubcontractor.size(); ++e) {
            qint64 sum = 0;
            for (int i = first; i <= last; ++i)
                sum += data.exposureBySubcontractor.at(e).people.at(i);
            merged.exposureBySubcontractor[e].people << sum;
        }
    }
    return merged;
}

QString describeFilter(const AnalysisFilter &filter, const QHash<RowId, QString> &names, const QLocale &locale,
                       FilterWords words)
{
    const bool money = words == FilterWords::Spending;
    QStringList parts;
    const QString from = filter.from.isValid() ? locale.toString(filter.from, QLocale::ShortFormat) : QString();
    const QString to = filter.to.isValid() ? locale.toString(filter.to, QLocale::ShortFormat) : QString();
    if (!from.isEmpty() && !to.isEmpty())
        parts << Tr::tr("from %1 to %2").arg(from, to);
    else if (!from.isEmpty())
        parts << Tr::tr("from %1").arg(from);
    else if (!to.isEmpty())
        parts << Tr::tr("until %1").arg(to);
    else
        parts << Tr::tr("all dates");
    if (money) {
        const char *const by[] = {QT_TRANSLATE_NOOP("vigie::OutsourcingAnalysis", "by month"),
                                  QT_TRANSLATE_NOOP("vigie::OutsourcingAnalysis", "by quarter"),
                                  QT_TRANSLATE_NOOP("vigie::OutsourcingAnalysis", "by year")};
        parts << Tr::tr(by[int(filter.granularity)]);
    }
    if (money) {
        parts << (filter.mode == SpendingMode::Notified ? Tr::tr("amounts at notification (amendments at their date)")
                                                        : Tr::tr("amounts spread over contract durations"));
        parts << (filter.claims == ClaimChoice::Official ? Tr::tr("people affected: official claims")
                                                         : Tr::tr("people affected: highest sourced claims"));
    }
    if (money && filter.creditSubcontracting)
        parts << Tr::tr("declared sub-contracting credited to the sub-contractor");
    if (filter.groupByParent)
        parts << Tr::tr("subsidiaries counted with their group");
    if (filter.subcontractorIds.isEmpty()) {
        parts << Tr::tr("all subcontractors");
    } else {
        QStringList shown;
        for (RowId id : filter.subcontractorIds)
            shown << names.value(id, QStringLiteral("#%1").arg(id));
        shown.sort(Qt::CaseInsensitive);
        parts << Tr::tr("subcontractors: %1").arg(shown.join(QStringLiteral(", ")));
    }
    //: Between two parts of the filter in words (French typography puts a space before the semicolon).
    return parts.join(Tr::tr("; "));
}

struct OutsourcingAnalysis::Summary
{
    DataVersion version;
    QHash<RowId, OrganisationRef> organisations;
    QHash<RowId, SourceRef> sources;
    std::unordered_map<RowId, OrgCells> cells;
    QHash<QPair<RowId, RowId>, SpanLists> sourceSpans; // (organisation, source) -> months by channel
    std::vector<OmissionRow> omissions;
    std::vector<IncidentRow> incidents;

    RowId groupOf(RowId organisation) const
    {
        const auto it = organisations.constFind(organisation);
        return it == organisations.constEnd() ? organisation : it->groupId;
    }
};

namespace {

using Summary = OutsourcingAnalysis::Summary;

// Adds every contribution to the month cells and remembers in which months each source brings money.
struct SummaryBuilder
{
    Summary &summary;
    RowId lastOrganisation = -1;
    OrgCells *lastCells = nullptr;
    struct LocalSpan
    {
        RowId organisation;
        Channel channel;
        Span span;
    };
    std::vector<LocalSpan> spans;

    void begin(const ContractFacts &) { spans.clear(); }
    void contribution(const ContractFacts &, const Contribution &c)
    {
        if (c.organisationId != lastOrganisation) {
            lastCells = &summary.cells[c.organisationId];
            lastOrganisation = c.organisationId;
        }
        lastCells->at(c.month, c.channel) += c.cents;
        // The holders' side of an act is already covered by the contract's own months.
        if ((c.channel == ChannelActNotified || c.channel == ChannelActSpread) && c.cents < 0)
            return;
        for (auto it = spans.rbegin(); it != spans.rend(); ++it) {
            if (it->organisation != c.organisationId || it->channel != c.channel)
                continue;
            if (c.month >= it->span.first - 1 && c.month <= it->span.last + 1) {
                it->span.first = std::min(it->span.first, c.month);
                it->span.last = std::max(it->span.last, c.month);
                return;
            }
            break;
        }
        spans.push_back(LocalSpan {c.organisationId, c.channel, Span {c.month, c.month}});
    }
    void omission(const ContractFacts &row, OmissionKind kind, const QVarLengthArray<RowId, 2> &organisations)
    {
        summary.omissions.push_back(OmissionRow {kind, row.month, organisations});
    }
    void end(const ContractFacts &row)
    {
        for (const LocalSpan &local : spans) {
            for (RowId source : row.sources)
                summary.sourceSpans[qMakePair(local.organisation, source)][local.channel].push_back(local.span);
        }
    }
};

// Collects the records behind one bar segment.
struct RecordCollector
{
    std::function<bool(RowId)> belongs; // organisation shown as the segment's
    int firstMonth = 0;
    int lastMonth = 0;
    Channel channel = ChannelNotified;
    Channel actChannel = ChannelActNotified;
    bool acts = false;
    QHash<QPair<int, RowId>, RecordRef> records;

    void begin(const ContractFacts &) { }
    void omission(const ContractFacts &, OmissionKind, const QVarLengthArray<RowId, 2> &) { }
    void end(const ContractFacts &) { }
    void contribution(const ContractFacts &row, const Contribution &c)
    {
        if (c.month < firstMonth || c.month > lastMonth || !(c.channel == channel || (acts && c.channel == actChannel))
            || !belongs(c.organisationId))
            return;
        RecordRef &ref = records[qMakePair(int(c.kind), c.recordId)];
        ref.kind = c.kind;
        ref.id = c.recordId;
        ref.parentId = c.kind == RecordRef::Kind::Contract ? 0 : row.id;
        ref.value += c.cents;
    }
};

// Groups each organisation with the top of its parent chain.
void buildOrganisations(const QList<OrganisationFacts> &facts, Summary &summary)
{
    for (const OrganisationFacts &fact : facts)
        summary.organisations.insert(fact.id, OrganisationRef {fact.id, fact.name, fact.parentId, 0});
    // Follow each parent chain to its top; a cycle (refused by the UI, possible in a hand-edited file) stops it.
    for (auto it = summary.organisations.begin(); it != summary.organisations.end(); ++it) {
        RowId group = it->id;
        QSet<RowId> seen {group};
        for (;;) {
            const auto parent = summary.organisations.constFind(group);
            if (parent == summary.organisations.constEnd() || parent->parentId == 0 || seen.contains(parent->parentId)
                || !summary.organisations.contains(parent->parentId))
                break;
            group = parent->parentId;
            seen.insert(group);
        }
        it->groupId = group;
    }
}

// When people learnt of an incident: made public, else discovered, else occurred.
const PartialDate &disclosureDate(const IncidentFacts &incident)
{
    for (const PartialDate *date : {&incident.madePublicOn, &incident.discoveredOn})
        if (!date->isUnknown())
            return *date;
    return incident.occurredOn;
}

// Each incident's figures under both claim choices.
void buildIncidents(const AnalysisTables &tables, Summary &summary)
{
    auto weightOf = [&](const QSet<RowId> &categories) {
        qint64 sum = 0;
        for (RowId category : categories)
            sum += tables.categoryWeights.value(category);
        return sum;
    };
    for (const IncidentFacts &facts : tables.incidents) {
        IncidentRow incident;
        incident.id = facts.id;
        incident.title = facts.title;
        incident.organisationId = facts.subcontractorId;
        const PartialDate &when = disclosureDate(facts);
        if (!when.isUnknown()) {
            incident.month
                = monthIndex(when.year(), when.precision() == PartialDate::Precision::Year ? 1 : when.month());
            incident.yearOnly = when.precision() == PartialDate::Precision::Year;
        }
        incident.occurredOn = facts.occurredOn;
        incident.discoveredOn = facts.discoveredOn;
        incident.cnilNotifiedOn = facts.cnilNotifiedOn;
        incident.madePublicOn = facts.madePublicOn;
        const QList<ClaimFacts> &incidentClaims = facts.claims;
        const QList<RowId> &ownSources = facts.sources;
        incident.ownSources = ownSources;

        // Official: the official claim giving the largest number, with its own categories.
        const ClaimFacts *official = nullptr;
        for (const ClaimFacts &claim : incidentClaims) {
            if (claim.official && claim.people && (!official || *claim.people > *official->people))
                official = &claim;
        }
        incident.official.sourceIds = ownSources;
        if (official) {
            incident.official.people = official->people;
            const QSet<RowId> categories(official->categories.begin(), official->categories.end());
            incident.official.index = *official->people * weightOf(categories);
            incident.official.claims = {ClaimBehind {official->id, official->people}};
            if (official->sourceId)
                incident.official.sourceIds << official->sourceId;
        } else {
            // No official count: the chart marks the incident "?" on the official claims that report it.
            for (const ClaimFacts &claim : incidentClaims) {
                if (claim.official && claim.sourceId)
                    incident.official.sourceIds << claim.sourceId;
            }
        }

        // Highest: the largest sourced number, with every category a sourced claim names.
        const ClaimFacts *highest = nullptr;
        QSet<RowId> categories;
        for (const ClaimFacts &claim : incidentClaims) {
            if (!claim.sourceId)
                continue;
            categories.unite(QSet<RowId>(claim.categories.begin(), claim.categories.end()));
            if (claim.people
                && (!highest || *claim.people > *highest->people
                    || (*claim.people == *highest->people && claim.official && !highest->official)))
                highest = &claim;
        }
        incident.highest.sourceIds = ownSources;
        if (highest) {
            incident.highest.people = highest->people;
            incident.highest.index = *highest->people * weightOf(categories);
            incident.highest.claims = {ClaimBehind {highest->id, highest->people}};
            incident.highest.sourceIds << highest->sourceId;
            for (const ClaimFacts &claim : incidentClaims) {
                if (claim.sourceId && claim.id != highest->id && !claim.categories.isEmpty()) {
                    incident.highest.claims << ClaimBehind {claim.id, claim.people};
                    incident.highest.sourceIds << claim.sourceId;
                }
            }
        } else {
            for (const ClaimFacts &claim : incidentClaims) {
                if (claim.sourceId)
                    incident.highest.sourceIds << claim.sourceId;
            }
        }
        summary.incidents.push_back(std::move(incident));
    }
    // By id, whatever the source's order: the disclosure chart's ties keep that order.
    std::sort(summary.incidents.begin(), summary.incidents.end(),
              [](const IncidentRow &a, const IncidentRow &b) { return a.id < b.id; });
}

// The filter turned into what the loops need.
struct Selection
{
    const Summary &summary;
    const AnalysisFilter &filter;
    QSet<RowId> shownIds;
    int fromMonth = INT_MIN;
    int toMonth = INT_MAX;

    Selection(const Summary &s, const AnalysisFilter &f)
        : summary(s)
        , filter(f)
        , shownIds(f.subcontractorIds.begin(), f.subcontractorIds.end())
    {
        if (f.from.isValid())
            fromMonth = monthOfDate(f.from);
        if (f.to.isValid())
            toMonth = monthOfDate(f.to);
    }
    RowId display(RowId organisation) const
    {
        return filter.groupByParent && organisation ? summary.groupOf(organisation) : organisation;
    }
    bool shown(RowId displayed) const { return shownIds.isEmpty() || shownIds.contains(displayed); }
    bool inRange(int month) const { return month >= fromMonth && month <= toMonth; }
    Channel channel() const { return filter.mode == SpendingMode::Notified ? ChannelNotified : ChannelSpread; }
    Channel actChannel() const { return filter.mode == SpendingMode::Notified ? ChannelActNotified : ChannelActSpread; }
    bool incidentShown(const IncidentRow &incident) const
    {
        if (!incident.organisationId)
            return shownIds.isEmpty();
        return shown(display(incident.organisationId));
    }
    const IncidentChoice &choice(const IncidentRow &incident) const
    {
        return filter.claims == ClaimChoice::Official ? incident.official : incident.highest;
    }
};

} // namespace

OutsourcingAnalysis::OutsourcingAnalysis(std::unique_ptr<AnalysisSource> source)
    : m_source(std::move(source))
{
}

OutsourcingAnalysis::~OutsourcingAnalysis() = default;

void OutsourcingAnalysis::invalidate()
{
    m_summary.reset();
}

bool OutsourcingAnalysis::ensureSummary()
{
    QString error;
    const std::optional<DataVersion> version = m_source->version(&error);
    if (!version) {
        m_error = Tr::tr("cannot read the database: %1").arg(error);
        return false;
    }
    if (m_summary && m_summary->version == *version)
        return true;

    auto summary = std::make_unique<Summary>();
    summary->version = *version;
    SummaryBuilder builder {*summary, -1, nullptr, {}};
    AnalysisTables tables;
    if (!m_source->read(
            &tables, [&](ContractFacts &row) { contribute(row, builder); }, &error)) {
        m_error = Tr::tr("cannot compute the chart: %1").arg(error);
        m_summary.reset();
        return false;
    }
    buildOrganisations(tables.organisations, *summary);
    for (const SourceRef &source : std::as_const(tables.sources))
        summary->sources.insert(source.id, source);
    buildIncidents(tables, *summary);
    for (auto it = summary->sourceSpans.begin(); it != summary->sourceSpans.end(); ++it) {
        for (std::vector<Span> &spans : *it)
            mergeSpans(spans);
    }
    m_summary = std::move(summary);
    return true;
}

std::optional<ChartData> OutsourcingAnalysis::compute(const AnalysisFilter &filter)
{
    if (!ensureSummary())
        return std::nullopt;
    const Summary &summary = *m_summary;
    const Selection selection(summary, filter);
    const Granularity granularity = filter.granularity;
    const Channel channel = selection.channel();
    const Channel actChannel = selection.actChannel();

    ChartData data;
    data.filter = filter;

    // Money: month cells folded into periods, per organisation shown.
    QHash<RowId, QHash<int, Cents>> money;
    int firstPeriod = INT_MAX;
    int lastPeriod = INT_MIN;
    for (const auto &[organisation, cells] : summary.cells) {
        const RowId displayed = selection.display(organisation);
        if (!selection.shown(displayed))
            continue;
        QHash<int, Cents> *periods = nullptr;
        const int begin = std::max(cells.base, selection.fromMonth);
        const int end = int(std::min(qint64(cells.base) + qint64(cells.cells.size()) - 1, qint64(selection.toMonth)));
        for (int month = begin; month <= end; ++month) {
            const auto &cell = cells.cells[size_t(month - cells.base)];
            const Cents value = cell[channel] + (filter.creditSubcontracting ? cell[actChannel] : 0);
            if (value == 0)
                continue;
            if (!periods)
                periods = &money[displayed];
            const int period = periodOfMonth(month, granularity);
            (*periods)[period] += value;
            firstPeriod = std::min(firstPeriod, period);
            lastPeriod = std::max(lastPeriod, period);
        }
    }

    // Incidents: people and index per period and per organisation shown.
    struct IncidentHit
    {
        const IncidentRow *incident;
        int period;
    };
    std::vector<IncidentHit> hits;
    std::vector<int> unknownPeoplePeriods; // drawn as "?": they happened, nobody says to how many people
    Omissions &omissions = data.omissions;
    for (const IncidentRow &incident : summary.incidents) {
        if (!selection.incidentShown(incident))
            continue;
        if (incident.month < 0) {
            ++omissions.incidentsUnknownDate;
            continue;
        }
        if (!selection.inRange(incident.month))
            continue;
        ++data.keyFigures.incidents;
        if (incident.yearOnly && granularity != Granularity::Year)
            ++omissions.datesYearOnly;
        const int period = periodOfMonth(incident.month, granularity);
        if (selection.choice(incident).people)
            hits.push_back(IncidentHit {&incident, period});
        else {
            ++omissions.incidentsUnknownPeople;
            unknownPeoplePeriods.push_back(period);
        }
        firstPeriod = std::min(firstPeriod, period);
        lastPeriod = std::max(lastPeriod, period);
    }

    if (filter.from.isValid())
        firstPeriod = periodOfMonth(selection.fromMonth, granularity);
    if (filter.to.isValid())
        lastPeriod = periodOfMonth(selection.toMonth, granularity);
    const QLocale locale;
    for (int period = firstPeriod; period <= lastPeriod && firstPeriod != INT_MAX; ++period) {
        data.periods << period;
        data.periodEnds << period;
        data.periodLabels << periodLabel(period, granularity, locale);
    }
    auto periodIndex = [&](int period) { return period - firstPeriod; };

    for (auto it = money.cbegin(); it != money.cend(); ++it) {
        SpendingSeries series;
        series.organisationId = it.key();
        series.name = summary.organisations.value(it.key()).name;
        series.cents = QList<Cents>(data.periods.size(), 0);
        for (auto p = it->cbegin(); p != it->cend(); ++p) {
            series.cents[periodIndex(p.key())] += p.value();
            series.total += p.value();
        }
        if (std::any_of(series.cents.cbegin(), series.cents.cend(), [](Cents c) { return c != 0; }))
            data.spending << series;
    }
    for (const SpendingSeries &series : std::as_const(data.spending))
        data.keyFigures.totalSpending += series.total;
    for (SpendingSeries &series : data.spending) {
        series.share = data.keyFigures.totalSpending ? double(series.total) / double(data.keyFigures.totalSpending) : 0;
    }
    std::sort(data.spending.begin(), data.spending.end(), [](const SpendingSeries &a, const SpendingSeries &b) {
        return a.total != b.total ? a.total > b.total : a.name < b.name;
    });
    data.keyFigures.subcontractors = int(data.spending.size());

    data.exposure = QList<ExposurePoint>(data.periods.size());
    QHash<RowId, SubcontractorExposure> byOrganisation;
    for (const IncidentHit &hit : hits) {
        const IncidentChoice &choice = selection.choice(*hit.incident);
        ExposurePoint &point = data.exposure[periodIndex(hit.period)];
        point.people += *choice.people;
        point.weightedIndex += choice.index;
        ++point.incidents;
        const RowId displayed = selection.display(hit.incident->organisationId);
        SubcontractorExposure &exposure = byOrganisation[displayed];
        if (exposure.people.isEmpty()) {
            exposure.organisationId = displayed;
            exposure.name = displayed ? summary.organisations.value(displayed).name : Tr::tr("Unknown subcontractor");
            exposure.people = QList<qint64>(data.periods.size(), 0);
        }
        exposure.people[periodIndex(hit.period)] += *choice.people;
        exposure.totalPeople += *choice.people;
        exposure.totalIndex += choice.index;
        ++exposure.incidents;
        data.keyFigures.peopleExposed += *choice.people;
    }
    for (int period : unknownPeoplePeriods)
        ++data.exposure[periodIndex(period)].incidentsUnknownPeople;
    qint64 people = 0;
    qint64 index = 0;
    for (ExposurePoint &point : data.exposure) {
        people += point.people;
        index += point.weightedIndex;
        point.cumulativePeople = people;
        point.cumulativeIndex = index;
    }
    for (SubcontractorExposure &exposure : byOrganisation) {
        exposure.share = people ? double(exposure.totalPeople) / double(people) : 0;
        data.exposureBySubcontractor << exposure;
    }
    std::sort(data.exposureBySubcontractor.begin(), data.exposureBySubcontractor.end(),
              [](const SubcontractorExposure &a, const SubcontractorExposure &b) {
                  return a.totalPeople != b.totalPeople ? a.totalPeople > b.totalPeople : a.name < b.name;
              });
    // No spending of known amount is not zero spending: the ratio stays unknown.
    if (data.keyFigures.peopleExposed > 0 && data.keyFigures.totalSpending > 0)
        data.keyFigures.eurosPerPerson
            = double(data.keyFigures.totalSpending) / 100.0 / double(data.keyFigures.peopleExposed);

    // What is left out, for the organisations and months shown.
    for (const OmissionRow &row : summary.omissions) {
        bool concerned = row.organisations.isEmpty() ? selection.shownIds.isEmpty() : false;
        for (RowId organisation : row.organisations)
            concerned = concerned || selection.shown(selection.display(organisation));
        if (!concerned || (row.month >= 0 && !selection.inRange(row.month)))
            continue;
        switch (row.kind) {
        case OmissionKind::UnknownAmount:
            ++omissions.contractsUnknownAmount;
            break;
        case OmissionKind::UnknownDate:
            ++omissions.contractsUnknownDate;
            break;
        case OmissionKind::UnknownDuration:
            omissions.contractsUnknownDuration += filter.mode == SpendingMode::Spread ? 1 : 0;
            break;
        case OmissionKind::NoHolder:
            ++omissions.contractsWithoutHolder;
            break;
        case OmissionKind::AmendmentUnknownDate:
            ++omissions.amendmentsUnknownDate;
            break;
        case OmissionKind::ActUnknownAmount:
            omissions.actsUnknownAmount += filter.creditSubcontracting ? 1 : 0;
            break;
        case OmissionKind::YearOnly:
            omissions.datesYearOnly += granularity != Granularity::Year ? 1 : 0;
            break;
        }
    }
    return data;
}

QList<RecordRef> OutsourcingAnalysis::spendingRecords(const AnalysisFilter &filter, int period, RowId organisationId)
{
    if (!ensureSummary())
        return {};
    const Selection selection(*m_summary, filter);
    QList<RowId> organisations;
    for (const auto &entry : m_summary->cells) {
        if (selection.display(entry.first) == organisationId)
            organisations << entry.first;
    }
    if (organisations.isEmpty())
        return {};
    RecordCollector collector;
    collector.belongs = [&](RowId organisation) { return selection.display(organisation) == organisationId; };
    collector.firstMonth = std::max(firstMonthOfPeriod(period, filter.granularity), selection.fromMonth);
    collector.lastMonth = std::min(lastMonthOfPeriod(period, filter.granularity), selection.toMonth);
    collector.channel = selection.channel();
    collector.actChannel = selection.actChannel();
    collector.acts = filter.creditSubcontracting;
    QString error;
    if (!m_source->readContracts(
            organisations, [&](ContractFacts &row) { contribute(row, collector); }, &error)) {
        m_error = Tr::tr("cannot list the records behind the chart: %1").arg(error);
        return {};
    }
    QList<RecordRef> records;
    QSet<RowId> contractIds;
    for (const RecordRef &ref : std::as_const(collector.records)) {
        if (ref.value == 0)
            continue;
        records << ref;
        contractIds.insert(ref.kind == RecordRef::Kind::Contract ? ref.id : ref.parentId);
    }
    // Labels: the references of the contracts involved (a handful per segment).
    const std::optional<QHash<RowId, QString>> references
        = m_source->contractReferences(QList<RowId>(contractIds.cbegin(), contractIds.cend()), &error);
    if (!references) {
        m_error = Tr::tr("cannot list the records behind the chart: %1").arg(error);
        return {};
    }
    for (RecordRef &ref : records)
        ref.label = references->value(ref.kind == RecordRef::Kind::Contract ? ref.id : ref.parentId);
    std::sort(records.begin(), records.end(), [](const RecordRef &a, const RecordRef &b) {
        return std::abs(a.value) != std::abs(b.value) ? std::abs(a.value) > std::abs(b.value) : a.id < b.id;
    });
    return records;
}

QList<RecordRef> OutsourcingAnalysis::exposureRecords(const AnalysisFilter &filter, int period, RowId organisationId)
{
    if (!ensureSummary())
        return {};
    const Selection selection(*m_summary, filter);
    QList<RecordRef> records;
    for (const IncidentRow &incident : m_summary->incidents) {
        if (!selection.incidentShown(incident) || incident.month < 0 || !selection.inRange(incident.month)
            || periodOfMonth(incident.month, filter.granularity) != period)
            continue;
        if (organisationId >= 0 && selection.display(incident.organisationId) != organisationId)
            continue;
        const IncidentChoice &choice = selection.choice(incident);
        if (!choice.people) {
            records << RecordRef {RecordRef::Kind::Incident, incident.id, 0, incident.title, 0, false};
            continue;
        }
        records << RecordRef {RecordRef::Kind::Incident, incident.id, 0, incident.title, *choice.people};
        for (const ClaimBehind &claim : choice.claims)
            records << RecordRef {RecordRef::Kind::Claim, claim.id, incident.id, incident.title,
                                  claim.people.value_or(0)};
    }
    return records;
}

QList<SourceRef> OutsourcingAnalysis::sources(const AnalysisFilter &filter)
{
    if (!ensureSummary())
        return {};
    const Summary &summary = *m_summary;
    const Selection selection(summary, filter);
    QSet<RowId> ids;
    for (auto it = summary.sourceSpans.cbegin(); it != summary.sourceSpans.cend(); ++it) {
        if (ids.contains(it.key().second) || !selection.shown(selection.display(it.key().first)))
            continue;
        const SpanLists &lists = *it;
        if (spansMeet(lists[selection.channel()], selection.fromMonth, selection.toMonth)
            || (filter.creditSubcontracting
                && spansMeet(lists[selection.actChannel()], selection.fromMonth, selection.toMonth)))
            ids.insert(it.key().second);
    }
    for (const IncidentRow &incident : summary.incidents) {
        const IncidentChoice &choice = selection.choice(incident);
        // An incident with no count of people is drawn too (as "?"): its sources are cited as well.
        if (selection.incidentShown(incident) && incident.month >= 0 && selection.inRange(incident.month)) {
            for (RowId id : choice.sourceIds)
                ids.insert(id);
        }
    }
    QList<SourceRef> sources;
    for (RowId id : std::as_const(ids)) {
        const auto it = summary.sources.constFind(id);
        if (it != summary.sources.constEnd())
            sources << *it;
    }
    std::sort(sources.begin(), sources.end(), [](const SourceRef &a, const SourceRef &b) {
        return a.title != b.title ? a.title.localeAwareCompare(b.title) < 0 : a.id < b.id;
    });
    return sources;
}

namespace {

// Incidents of the disclosure-delays chart. Undated ones have no place in a chosen period; without one they
// are shown, all unknown.
QHash<RowId, const IncidentRow *> disclosedIncidents(const Selection &selection)
{
    QHash<RowId, const IncidentRow *> shown;
    for (const IncidentRow &incident : selection.summary.incidents) {
        if (!selection.incidentShown(incident))
            continue;
        const bool dated = incident.month >= 0;
        if ((dated && selection.inRange(incident.month))
            || (!dated && !selection.filter.from.isValid() && !selection.filter.to.isValid()))
            shown.insert(incident.id, &incident);
    }
    return shown;
}

} // namespace

QList<SourceRef> OutsourcingAnalysis::incidentSources(const AnalysisFilter &filter)
{
    if (!ensureSummary())
        return {};
    const Selection selection(*m_summary, filter);
    QSet<RowId> ids;
    for (const IncidentRow *incident : disclosedIncidents(selection)) {
        for (RowId id : incident->ownSources)
            ids.insert(id);
    }
    QList<SourceRef> sources;
    for (RowId id : std::as_const(ids)) {
        const auto it = m_summary->sources.constFind(id);
        if (it != m_summary->sources.constEnd())
            sources << *it;
    }
    std::sort(sources.begin(), sources.end(), [](const SourceRef &a, const SourceRef &b) {
        return a.title != b.title ? a.title.localeAwareCompare(b.title) < 0 : a.id < b.id;
    });
    return sources;
}

QList<DisclosureTimeline> OutsourcingAnalysis::disclosureTimelines(const AnalysisFilter &filter)
{
    if (!ensureSummary())
        return {};
    const Selection selection(*m_summary, filter);
    const QHash<RowId, const IncidentRow *> shown = disclosedIncidents(selection);
    QList<DisclosureTimeline> timelines;
    for (const IncidentRow &incident : m_summary->incidents) {
        if (!shown.contains(incident.id))
            continue;
        DisclosureTimeline timeline;
        timeline.incidentId = incident.id;
        timeline.title = incident.title;
        timeline.subcontractorId = selection.display(incident.organisationId);
        timeline.subcontractorName = m_summary->organisations.value(timeline.subcontractorId).name;
        timeline.occurredOn = incident.occurredOn;
        timeline.discoveredOn = incident.discoveredOn;
        timeline.cnilNotifiedOn = incident.cnilNotifiedOn;
        timeline.madePublicOn = incident.madePublicOn;
        timelines << timeline;
    }
    auto firstKnown = [](const DisclosureTimeline &t) {
        for (const PartialDate *d : {&t.occurredOn, &t.discoveredOn, &t.cnilNotifiedOn, &t.madePublicOn}) {
            if (!d->isUnknown())
                return d->earliest();
        }
        return QDate(9999, 12, 31);
    };
    std::stable_sort(timelines.begin(), timelines.end(), [&](const DisclosureTimeline &a, const DisclosureTimeline &b) {
        return firstKnown(a) < firstKnown(b);
    });
    return timelines;
}

QList<OrganisationRef> OutsourcingAnalysis::organisations()
{
    if (!ensureSummary())
        return {};
    QSet<RowId> ids;
    for (const auto &entry : m_summary->cells)
        ids.insert(entry.first);
    for (const IncidentRow &incident : m_summary->incidents) {
        if (incident.organisationId)
            ids.insert(incident.organisationId);
    }
    // Group heads too, so that a grouped chart can name them even if they hold nothing themselves.
    for (RowId id : QSet<RowId>(ids))
        ids.insert(m_summary->groupOf(id));
    QList<OrganisationRef> list;
    for (RowId id : std::as_const(ids)) {
        if (m_summary->organisations.contains(id))
            list << m_summary->organisations.value(id);
    }
    std::sort(list.begin(), list.end(),
              [](const OrganisationRef &a, const OrganisationRef &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return list;
}

} // namespace vigie
