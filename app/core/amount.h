#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

class QLocale;

namespace vigie {

/// Money is an integer number of euro cents; an unknown amount is std::nullopt, never 0.
using Cents = qint64;

/// Largest amount Vigie accepts: 10^14 € (far above any public contract), so sums of
/// a million contracts stay well inside qint64.
inline constexpr Cents kMaxAmountCents = Cents(100'000'000'000'000) * 100;

/// Parses amounts as people write them in French documents and spreadsheets:
/// "80 M€", "80 000 000,00 €", "1,5 million", "4,5 milliards d'euros", "127000.5", "12 k€".
/// Fractions of a cent are rounded to the nearest cent. Empty text is an error (callers decide
/// what an empty cell means). Negative amounts and amounts over kMaxAmountCents are refused.
std::optional<Cents> parseAmount(const QString &text, QString *error = nullptr);

/// "80 000 000 €", "1 234,56 €" (cents shown only when not whole euros). Negatives keep a minus sign,
/// unlike QLocale::toCurrencyString which puts them in parentheses.
QString formatAmount(Cents cents, const QLocale &locale);

/// Short form for chart axes and key figures: "80 M€", "4,5 Md€", "950 k€", "120 €".
QString formatAmountShort(Cents cents, const QLocale &locale);

} // namespace vigie
