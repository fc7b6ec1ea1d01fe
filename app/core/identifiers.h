#pragma once

#include <QString>

namespace vigie {

/// The kinds of company identifiers found in DECP data and union documents.
enum class IdentifierType { Siren, Siret, Tva, HorsUe };

/// An identifier as stored and compared: white space (any Unicode space), dots and dashes dropped, letters
/// upper-cased one by one (the simple mapping: "ß" stays "ß"). The one cleaner for the window, the command
/// line and DECP files; an identifier already clean is returned without a copy.
QString normalizeIdentifier(const QString &value);

/// True when the digits pass the Luhn check (used by SIREN and SIRET).
bool luhnValid(const QString &digits);

/// Checks an identifier of the given type. Returns an empty string when valid, otherwise a
/// translated message saying what is wrong ("SIRET must have 14 digits, got 13").
/// SIREN: 9 digits + Luhn. SIRET: 14 digits + Luhn (La Poste's establishments use their own rule).
/// TVA: French numbers (FR + 2-digit key + SIREN) are checked; foreign ones need a country prefix.
/// HORS-UE: any non-empty reference.
QString identifierError(IdentifierType type, const QString &value);

/// The SIREN behind an identifier (SIREN itself, first nine digits of a SIRET, SIREN inside a French
/// VAT number), or an empty string when there is none. Links holders to groups by SIREN, not by name.
QString sirenOf(IdentifierType type, const QString &value);

/// Guesses the type of a bare identifier from its shape, as DECP files sometimes omit it: 14 digits SIRET,
/// 9 digits SIREN, two letters and more TVA, anything else HORS-UE.
IdentifierType guessIdentifierType(const QString &value);

QString identifierTypeCode(IdentifierType type); // "SIREN", "SIRET", "TVA", "HORS-UE"
bool identifierTypeFromCode(const QString &code, IdentifierType *type);

} // namespace vigie
