#pragma once

#include "decprecord.h"
#include "partyid.h"

#include <QByteArray>

#include <optional>
#include <string>
#include <vector>

namespace vigie::decp {

/// A 64-bit hash of everything the record says, in a fixed order, that tells versions of a contract apart.
/// The CPV is taken without its check digit, as files differ on it. Stored on disk: it must not change.
/// `buffer` is the caller's, reused from record to record.
quint64 fingerprint(const Record &record, QByteArray &buffer);

/// A record with what can be worked out without the database: the identifiers of its parties, its
/// fingerprint and its text in UTF-8. Built on the import's reading thread, so that the writing thread, the
/// import's bottleneck, only writes. Only a contract is prepared; anything else keeps its record alone.
struct PreparedRecord
{
    Record record;
    quint64 fingerprint = 0;
    std::optional<PartyId> buyer;
    std::vector<std::optional<PartyId>> holders; // one per record.holders
    std::vector<std::vector<std::optional<PartyId>>> modificationHolders; // one list per modification
    std::vector<std::optional<PartyId>> subcontractors; // one per sub-contracting act
    // The record's text values in UTF-8, as the database stores them; empty when unknown.
    struct
    {
        std::string id, buyerId, object, cpv, procedure, nature, territory;
    } utf8;

    PreparedRecord(Record &&read, QByteArray &buffer);
};

} // namespace vigie::decp
