#include "partyid.h"

namespace vigie::decp {

namespace {

constexpr auto kLaPosteSiren = "356000000";

} // namespace

std::optional<PartyId> partyId(const Party &party)
{
    const QString raw = party.id.trimmed();
    if (raw.isEmpty())
        return std::nullopt;
    PartyId id;
    const QString cleaned = normalizeIdentifier(raw);
    const IdentifierType shape = guessIdentifierType(cleaned);
    IdentifierType declared;
    const bool hasDeclared = identifierTypeFromCode(party.idType, &declared);
    id.type = hasDeclared ? declared : shape;
    if (hasDeclared && declared != IdentifierType::HorsUe
        && (shape == IdentifierType::Siret || shape == IdentifierType::Siren))
        id.type = shape;
    id.value = id.type == IdentifierType::HorsUe ? raw : cleaned;
    id.siren = sirenOf(id.type, id.value);
    // La Poste's SIREN passes no Luhn check, and its establishments follow their own rule.
    const bool laPoste = id.siren == QLatin1String(kLaPosteSiren);
    if (!id.siren.isEmpty() && !laPoste && !luhnValid(id.siren))
        id.siren.clear();
    switch (id.type) {
    case IdentifierType::Siren:
        id.plausible = !id.siren.isEmpty();
        break;
    case IdentifierType::Siret:
        id.plausible = !id.siren.isEmpty() && (laPoste || luhnValid(id.value));
        break;
    case IdentifierType::Tva:
        id.plausible = !id.value.startsWith(QLatin1String("FR")) || !id.siren.isEmpty();
        break;
    case IdentifierType::HorsUe:
        break;
    }
    id.key = identifierTypeCode(id.type) + QLatin1Char('|') + id.value;
    return id;
}

} // namespace vigie::decp
