#pragma once

#include "core/identifiers.h"
#include "decprecord.h"

#include <QString>

#include <optional>

namespace vigie::decp {

/// A party's identifier as the database stores it: its type, its value and the SIREN behind it.
struct PartyId
{
    IdentifierType type = IdentifierType::HorsUe;
    QString value; // normalised, except a HORS-UE reference, kept as written (trimmed)
    /// Nine digits, or empty when there is none or its check digit is wrong: a typo never links to another company.
    QString siren;
    QString key; // "SIRET|55204599900869": organisations are unique on type and identifier
    bool plausible = true; // false: identifierError() says what is wrong (too slow to ask of every party)
};

/// The identifier of `party`, typed by its declared type and by its shape: files often say "SIRET" for a
/// SIREN or give a SIRET under another type, so nine or fourteen digits decide. Nothing when it has no id.
std::optional<PartyId> partyId(const Party &party);

} // namespace vigie::decp
