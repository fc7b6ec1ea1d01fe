#pragma once

#include "core/amount.h"
#include "core/partialdate.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

/// Readers of the single values found in DECP files. Each returns nullopt (or an empty string) and
/// sets `error` when the value cannot be read; callers then record the value as unknown.
namespace vigie::decp {

/// CPV code: "45000000-7", "45000000 - 7", "450000007", "45000000", "4500000" (leading zero lost by a
/// spreadsheet). Gives 8 digits, followed by "-" and the check digit when the text had one.
QString normalizeCpv(const QString &text, QString *error = nullptr);

/// The 8-digit part of a normalised CPV code (for comparisons that ignore the check digit).
inline QString cpvWithoutCheckDigit(const QString &cpv)
{
    return cpv.left(8);
}

/// Exact amount from the text of a JSON number ("575000", "123456.89", "5.75E5"), rounded to the cent.
std::optional<Cents> amountFromNumber(QByteArrayView text, QString *error = nullptr);

/// Amount written as text ("575000", "575 000,50", "575000.5 €"); see parseAmount for the forms.
std::optional<Cents> amountFromText(const QString &text, QString *error = nullptr);

/// A DECP date: ISO with or without a zone suffix or time ("2018-12-17+01:00"), or the French
/// spreadsheet form "17/12/2018". Empty text gives an unknown date.
std::optional<PartialDate> parseDate(const QString &text, QString *error = nullptr);

/// A duration in months ("48", "48.0", 48). Fractions are rounded to the nearest month.
std::optional<int> parseDuration(const QString &text, QString *error = nullptr);

/// True when text shows signs of a wrong encoding: U+FFFD replacement characters, or UTF-8 read
/// as Latin-1 ("Ã©" for "é").
bool looksMangled(const QString &text);

/// 64-bit FNV-1a hash, stable across platforms and Qt versions (fingerprints are stored on disk).
quint64 fnv1a64(QByteArrayView data, quint64 hash = 14695981039346656037ULL);

} // namespace vigie::decp
