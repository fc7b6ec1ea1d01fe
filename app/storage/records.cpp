#include "records.h"

#include <QCoreApplication>
#include <QLocale>

namespace vigie {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::Incident)
};

// Dates in messages are written as the user reads them (24/08/2023, août 2023), not as stored.
QString shown(const PartialDate &date)
{
    return date.toDisplay(QLocale(), Text::tr("unknown"));
}

} // namespace

bool Incident::isSourced() const
{
    if (!citations.isEmpty())
        return true;
    for (const Claim &claim : claims) {
        if (claim.sourceId != 0)
            return true;
    }
    return false;
}

QList<ValidationError> validateIncident(const Incident &incident, QDate today)
{
    QList<ValidationError> errors;
    if (incident.title.trimmed().isEmpty())
        errors.append({QStringLiteral("title"), -1, Text::tr("The incident needs a title.")});

    struct NamedDate
    {
        const char *field;
        const PartialDate &date;
        QString label;
    };
    const NamedDate dates[] = {
        {"occurredOn", incident.occurredOn, Text::tr("occurred")},
        {"discoveredOn", incident.discoveredOn, Text::tr("discovered")},
        {"cnilNotifiedOn", incident.cnilNotifiedOn, Text::tr("notified to the CNIL")},
        {"madePublicOn", incident.madePublicOn, Text::tr("made public")},
    };
    for (const NamedDate &d : dates) {
        if (!d.date.isUnknown() && d.date.earliest() > today) {
            errors.append({QString::fromLatin1(d.field), -1,
                           Text::tr("The date %1 (%2) is in the future.").arg(d.label, shown(d.date))});
        }
    }
    // Pairs (earlier, later) that must not be reversed.
    const std::pair<int, int> order[] = {{0, 1}, {1, 2}, {0, 2}, {0, 3}};
    for (const auto &[first, second] : order) {
        const NamedDate &a = dates[first];
        const NamedDate &b = dates[second];
        if (a.date.isCertainlyAfter(b.date)) {
            errors.append({QString::fromLatin1(b.field), -1,
                           Text::tr("The date %1 (%2) is before the date %3 (%4).")
                               .arg(b.label, shown(b.date), a.label, shown(a.date))});
        }
    }

    for (int i = 0; i < incident.claims.size(); ++i) {
        const Claim &claim = incident.claims.at(i);
        if (claim.claimant.trimmed().isEmpty())
            errors.append({QStringLiteral("claims.claimant"), i,
                           Text::tr("Claim %1 needs a claimant (who says it).").arg(i + 1)});
        if (claim.people && *claim.people < 0) {
            errors.append(
                {QStringLiteral("claims.people"), i,
                 Text::tr("Claim %1: the number of people cannot be negative (%2).").arg(i + 1).arg(*claim.people)});
        }
        if (claim.categoryIds.isEmpty()) {
            errors.append({QStringLiteral("claims.categories"), i,
                           Text::tr("Claim %1 needs at least one category of personal data.").arg(i + 1)});
        }
    }
    return errors;
}

} // namespace vigie
