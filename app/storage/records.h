#pragma once

#include "core/amount.h"
#include "core/identifiers.h"
#include "core/partialdate.h"

#include <QList>
#include <QString>

#include <optional>

namespace vigie {

/// Row id of a stored record; 0 means "not stored yet" or, for a reference, "none / unknown".
using RowId = qint64;

/// Codes stored in the database for enumerations; UI code translates them for display.
namespace codes {
// sources.kind
inline const QStringList sourceKinds
    = {QStringLiteral("official"), QStringLiteral("union"),     QStringLiteral("press"), QStringLiteral("expert"),
       QStringLiteral("court"),    QStringLiteral("open_data"), QStringLiteral("other")};
// organisations.role
inline const QStringList roles = {QStringLiteral("buyer"), QStringLiteral("subcontractor"), QStringLiteral("other")};
// contracts.amount_kind: the DECP amount is a ceiling ("montant maximum"), "près de 80 M€" is approximate.
inline const QStringList amountKinds
    = {QStringLiteral("exact"), QStringLiteral("ceiling"), QStringLiteral("approximate")};
// tasks.channel
inline const QStringList channels = {QStringLiteral("phone"),   QStringLiteral("online"),      QStringLiteral("mail"),
                                     QStringLiteral("on_site"), QStringLiteral("back_office"), QStringLiteral("other")};
// incidents.status
inline const QStringList statuses
    = {QStringLiteral("suspected"), QStringLiteral("reported"), QStringLiteral("confirmed"), QStringLiteral("closed")};
// incident_consequences.kind
inline const QStringList consequenceKinds
    = {QStringLiteral("fraud"), QStringLiteral("phishing"), QStringLiteral("identity_theft"),
       QStringLiteral("account_takeover"), QStringLiteral("other")};
} // namespace codes

/// A document a fact comes from: press release, union leaflet, article, open-data file...
struct Source
{
    RowId id = 0;
    QString title;
    QString publisher;
    QString kind = QStringLiteral("other"); // one of codes::sourceKinds
    PartialDate publishedOn;
    QString url;
    QString fileRef;
    PartialDate retrievedOn;
    QString notes;
};

/// Links a fact to a source, with the passage that supports it.
struct Citation
{
    RowId sourceId = 0;
    QString sourceTitle; // filled when read
    QString quote;
};

struct Organisation
{
    RowId id = 0;
    QString name;
    QString role = QStringLiteral("subcontractor"); // one of codes::roles
    std::optional<IdentifierType> idType;
    QString identifier; // normalised; empty when idType is empty
    QString siren; // derived from the identifier when it has one
    RowId parentId = 0;
    QString parentName; // filled when read
    QString notes;
    bool watched = false; // on the watch list: the import flags the new contracts of it and its subsidiaries
    QList<Citation> citations;
    QList<RowId> establishmentsLinked; // set by a save: organisations of its SIREN that became its subsidiaries
};

struct Amendment
{
    RowId id = 0;
    PartialDate signedOn;
    std::optional<Cents> newAmount;
    std::optional<int> newDurationMonths;
    QString object;
};

struct SubcontractingAct
{
    RowId id = 0;
    RowId subcontractorId = 0;
    QString subcontractorName; // filled when read
    std::optional<Cents> amount;
    PartialDate declaredOn;
    QString object;
};

struct ContractHolder
{
    RowId id = 0; // organisation id
    QString name;
    QString identifier;
};

struct Contract
{
    RowId id = 0;
    QString reference;
    RowId buyerId = 0;
    QString buyerName; // filled when read
    QList<ContractHolder> holders;
    QString object;
    QString cpvCode;
    QString procedure;
    QString nature;
    std::optional<Cents> amount; // excl. VAT; nullopt = unknown
    QString amountKind = QStringLiteral("exact"); // one of codes::amountKinds
    PartialDate notifiedOn;
    std::optional<int> durationMonths;
    QString territory;
    QString notes;
    QList<Amendment> amendments;
    QList<SubcontractingAct> subcontractingActs;
    QList<Citation> citations;
};

struct DataCategory
{
    RowId id = 0;
    QString code;
    QString name;
    int weight = 1;
    QString description;
};

/// Work a subcontractor does for the public service, and the personal data it touches.
struct Task
{
    RowId id = 0;
    RowId subcontractorId = 0;
    QString subcontractorName; // filled when read
    RowId contractId = 0; // 0 = no known contract
    QString contractReference; // filled when read
    QString title;
    QString description;
    QString channel; // one of codes::channels, or empty when unknown
    PartialDate startedOn;
    PartialDate endedOn;
    QList<RowId> categoryIds; // empty = nobody said which data it touches
    QString notes;
    QList<Citation> citations;
};

/// What one party says about an incident. Claims may disagree; all are kept.
struct Claim
{
    RowId id = 0;
    QString claimant;
    bool isOfficial = false;
    std::optional<qint64> people; // nullopt = no number given
    QString peopleNote; // the words used ("plusieurs centaines", "potentiellement")
    PartialDate claimedOn;
    RowId sourceId = 0; // 0 = unsourced
    QString sourceTitle; // filled when read
    QString quote;
    QList<RowId> categoryIds;
};

struct Consequence
{
    RowId id = 0;
    QString kind = QStringLiteral("other"); // one of codes::consequenceKinds
    QString description;
    std::optional<qint64> people;
    RowId sourceId = 0;
    QString quote;
};

struct Incident
{
    RowId id = 0;
    QString title;
    RowId subcontractorId = 0;
    QString subcontractorName; // filled when read
    RowId contractId = 0;
    RowId taskId = 0;
    PartialDate occurredOn;
    PartialDate discoveredOn;
    PartialDate cnilNotifiedOn;
    PartialDate madePublicOn;
    bool confidentiality = false;
    bool integrity = false;
    bool availability = false;
    QString status = QStringLiteral("reported"); // one of codes::statuses
    QString description;
    QString notes;
    QList<Claim> claims;
    QList<Consequence> consequences;
    QList<Citation> citations;

    bool isSourced() const;
};

/// A rule an incident breaks, with the field it is about so the dialog can point at it.
struct ValidationError
{
    QString field; // "title", "occurredOn", "discoveredOn", "cnilNotifiedOn", "madePublicOn",
                   // "claims.claimant", "claims.people", "claims.categories"
    int claimIndex = -1; // for claim fields
    QString message; // translated, says what is wrong
};

/// Every rule an incident must follow before it is saved: a title; dates not in the future and in
/// order (occurred before discovered before notified to the CNIL; occurred before made public);
/// claims with a claimant, a non-negative count (or none) and at least one data category.
/// Unknown values are accepted. `today` is a parameter so tests control it.
QList<ValidationError> validateIncident(const Incident &incident, QDate today);

} // namespace vigie
