#pragma once

#include "core/amount.h"
#include "core/partialdate.h"

#include <QList>
#include <QString>

#include <optional>

namespace vigie::decp {

/// A company or body named in a DECP record (holder, sub-contractor, buyer), as written in the file.
struct Party
{
    QString idType; // "SIRET", "TVA", "HORS-UE"... as written; may be empty
    QString id; // trimmed, as written
    QString name; // denominationSociale / nom; often absent in the 2022+ layout
};

/// An amendment ("modification") of a contract.
struct Modification
{
    QString id;
    QString object;
    PartialDate signedOn;
    PartialDate publishedOn;
    std::optional<Cents> amount;
    std::optional<int> durationMonths;
    QList<Party> holders;
};

/// A declared sub-contracting act ("acte de sous-traitance").
struct SubcontractingAct
{
    QString id;
    Party subcontractor;
    std::optional<Cents> amount;
    PartialDate notifiedOn;
    PartialDate publishedOn;
    std::optional<int> durationMonths;
};

/// Something wrong with one field of a record that did not prevent reading it: the value was made
/// unknown, or kept but flagged (mangled encoding).
struct FieldIssue
{
    enum class Kind {
        ValueUnknown, // unreadable value, stored as unknown
        Suspicious, // kept, but looks wrong (U+FFFD, double-encoded UTF-8)
        Note, // a reading decision worth knowing (amount 0 read as unknown)
    };
    Kind kind = Kind::ValueUnknown;
    QString field; // the DECP field name as in the file ("montant", "titulaires[2].id")
    QString message; // translated, says what was wrong and what was done
};

enum class RecordKind {
    Contract, // "marché": imported
    Concession, // "contrat de concession": counted and skipped
    Invalid, // not a record at all (a number in the list of records...): rejected
};

/// One DECP record, streamed out of a file one at a time. Every value that could not be read is
/// unknown (empty string, nullopt, unknown date) and explained in `issues`.
struct Record
{
    RecordKind kind = RecordKind::Contract;
    qint64 index = 0; // 1-based position among the records of its file (contracts and concessions)
    qint64 position = 0; // byte offset (JSON, XML) or line (CSV) where the record starts

    QString id;
    Party buyer;
    QString object;
    QString cpv; // "45000000-7" or "45000000": 8 digits, with the check digit when the file gave one
    QString procedure;
    QString nature;
    std::optional<Cents> amount; // excl. VAT; a ceiling in DECP; nullopt when absent, 0 or unreadable
    PartialDate notifiedOn;
    PartialDate publishedOn;
    std::optional<int> durationMonths;
    QString territory;
    QList<Party> holders;
    QList<Modification> modifications;
    QList<SubcontractingAct> subcontractingActs;
    QList<FieldIssue> issues;

    /// Date of the latest data in the record (its publication or that of its latest amendment or act):
    /// orders versions of one contract.
    PartialDate versionDate() const;
};

/// Why a record cannot be imported (it cannot be identified), with the field; empty when it can be.
/// A concession or an invalid record also gives a reason.
QList<FieldIssue> rejectionReasons(const Record &record);

} // namespace vigie::decp
