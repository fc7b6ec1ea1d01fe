#pragma once

#include "core/amount.h"
#include "core/partialdate.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace vigie {

struct Contract;
struct Organisation;

/// The word shown for any value nobody knows ("inconnu" in French). Never 0, never blank.
QString unknownText();

/// "24/08/2023", "08/2023" or "2023" in `locale`; unknownText() when unknown. The month form matches
/// what parseDateInput() accepts, so what the user sees is what they can type.
QString formatDate(const PartialDate &date, const QLocale &locale = QLocale());

/// A date as a form's field shows it: formatDate(), or empty when unknown (the field's placeholder says so).
QString dateFieldText(const PartialDate &date);

/// Parses a date as a French user types it: "DD/MM/YYYY", "MM/YYYY", "YYYY" (also with '.' or '-'
/// between day and month), or ISO ("2023-08-24", "2023-08"). Empty text is an unknown date.
/// Returns nullopt and sets `error` for text that is not a real date.
std::optional<PartialDate> parseDateInput(const QString &text, QString *error = nullptr);

/// "80 000 000 € (ceiling)", "80 000 000 € (approximate)" or unknownText().
QString formatContractAmount(const std::optional<Cents> &amount, const QString &amountKind,
                             const QLocale &locale = QLocale());

/// "36 months" (translated, plural-aware) or unknownText().
QString formatDuration(const std::optional<int> &months);

/// "6 353 810" in `locale`, or unknownText().
QString formatCount(const std::optional<qint64> &count, const QLocale &locale = QLocale());

/// Translated names of the codes stored in the database (codes:: lists in records.h).
QString sourceKindName(const QString &code);
QString channelName(const QString &code);
QString statusName(const QString &code);
QString consequenceKindName(const QString &code);
QString amountKindName(const QString &code);

/// Case- and accent-insensitive form used by searches: "Pôle Emploi" and "pole emploi" match.
QString searchKey(const QString &text);

/// An organisation as a list to choose from names it: with its SIREN, else its other identifier (TVA, HORS-UE),
/// as two companies may share a name.
QString organisationChoiceText(const Organisation &organisation);

} // namespace vigie
