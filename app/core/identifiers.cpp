#include "identifiers.h"

#include <QCoreApplication>

namespace vigie {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::Identifiers)
};

bool allDigits(const QString &value)
{
    if (value.isEmpty())
        return false;
    for (QChar c : value) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

constexpr auto kLaPosteSiren = "356000000";

} // namespace

QString normalizeIdentifier(const QString &value)
{
    // Character by character, as a national file holds millions of identifiers: QString::toUpper and a
    // regular expression cost more than the rest of preparing a record. The simple case mapping keeps the
    // length ("ß" stays, where toUpper gives "SS"), as every imported database already stores it.
    auto dropped = [](char16_t u) {
        return u == ' ' || u == '.' || u == '-' || (u >= '\t' && u <= '\r') || (u >= 0x80 && QChar::isSpace(u));
    };
    auto changes
        = [&](char16_t u) { return (u >= 'a' && u <= 'z') || dropped(u) || (u >= 0x80 && QChar::toUpper(u) != u); };
    const qsizetype size = value.size();
    const char16_t *text = QStringView(value).utf16();
    qsizetype clean = 0;
    while (clean < size && !changes(text[clean]) && !QChar::isHighSurrogate(text[clean]))
        ++clean;
    if (clean == size)
        return value; // shared, not copied: most identifiers are clean already
    QString result;
    result.reserve(size);
    result.append(value.constData(), clean);
    for (qsizetype i = clean; i < size; ++i) {
        const char16_t u = text[i];
        if (QChar::isHighSurrogate(u) && i + 1 < size && QChar::isLowSurrogate(text[i + 1])) {
            const char32_t upper = QChar::toUpper(QChar::surrogateToUcs4(u, text[i + 1]));
            result += QChar(QChar::highSurrogate(upper));
            result += QChar(QChar::lowSurrogate(upper));
            ++i;
        } else if (u >= 'a' && u <= 'z') {
            result += QChar(u - ('a' - 'A'));
        } else if (!dropped(u)) {
            result += QChar(char16_t(QChar::toUpper(u)));
        }
    }
    return result;
}

bool luhnValid(const QString &digits)
{
    if (!allDigits(digits))
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

QString identifierError(IdentifierType type, const QString &rawValue)
{
    const QString value = type == IdentifierType::HorsUe ? rawValue.trimmed() : normalizeIdentifier(rawValue);
    switch (type) {
    case IdentifierType::Siren:
        if (!allDigits(value) || value.size() != 9)
            return Text::tr("a SIREN has 9 digits; \"%1\" has %2 characters").arg(rawValue.trimmed()).arg(value.size());
        if (!luhnValid(value))
            return Text::tr("SIREN \"%1\" has a wrong check digit (Luhn key)").arg(value);
        return {};
    case IdentifierType::Siret:
        if (!allDigits(value) || value.size() != 14)
            return Text::tr("a SIRET has 14 digits; \"%1\" has %2 characters")
                .arg(rawValue.trimmed())
                .arg(value.size());
        if (value.startsWith(QLatin1String(kLaPosteSiren)) && value != QLatin1String("35600000000048")) {
            // La Poste's establishments are numbered beyond what Luhn allows: their digits sum to a multiple of 5.
            int sum = 0;
            for (QChar c : value)
                sum += c.digitValue();
            if (sum % 5 != 0)
                return Text::tr("SIRET \"%1\" has a wrong check digit").arg(value);
            return {};
        }
        if (!luhnValid(value))
            return Text::tr("SIRET \"%1\" has a wrong check digit (Luhn key)").arg(value);
        if (!luhnValid(value.left(9)))
            return Text::tr("SIRET \"%1\" starts with an invalid SIREN").arg(value);
        return {};
    case IdentifierType::Tva: {
        if (value.size() < 4 || !value.at(0).isLetter() || !value.at(1).isLetter())
            return Text::tr("a VAT number starts with a two-letter country code; got \"%1\"").arg(rawValue.trimmed());
        if (!value.startsWith(QLatin1String("FR")))
            return {};
        const QString key = value.mid(2, 2);
        const QString siren = value.mid(4);
        if (value.size() != 13 || !allDigits(siren))
            return Text::tr("a French VAT number is FR, a 2-character key and a 9-digit SIREN; got \"%1\"").arg(value);
        if (!allDigits(key))
            return {}; // Old alphanumeric keys exist and cannot be checked.
        if ((12 + 3 * (siren.toLongLong() % 97)) % 97 != key.toInt())
            return Text::tr("French VAT number \"%1\" has a wrong key for its SIREN").arg(value);
        if (!luhnValid(siren))
            return Text::tr("French VAT number \"%1\" holds an invalid SIREN").arg(value);
        return {};
    }
    case IdentifierType::HorsUe:
        if (value.isEmpty())
            return Text::tr("a non-EU identifier cannot be empty");
        return {};
    }
    return Text::tr("unknown identifier type");
}

QString sirenOf(IdentifierType type, const QString &rawValue)
{
    const QString value = normalizeIdentifier(rawValue);
    switch (type) {
    case IdentifierType::Siren:
        return value.size() == 9 && allDigits(value) ? value : QString();
    case IdentifierType::Siret:
        return value.size() == 14 && allDigits(value) ? value.left(9) : QString();
    case IdentifierType::Tva:
        return value.startsWith(QLatin1String("FR")) && value.size() == 13 && allDigits(value.mid(4)) ? value.mid(4)
                                                                                                      : QString();
    case IdentifierType::HorsUe:
        return {};
    }
    return {};
}

IdentifierType guessIdentifierType(const QString &rawValue)
{
    const QString value = normalizeIdentifier(rawValue);
    if (allDigits(value) && value.size() == 14)
        return IdentifierType::Siret;
    if (allDigits(value) && value.size() == 9)
        return IdentifierType::Siren;
    if (value.size() >= 4 && value.at(0).isLetter() && value.at(1).isLetter())
        return IdentifierType::Tva;
    return IdentifierType::HorsUe;
}

QString identifierTypeCode(IdentifierType type)
{
    switch (type) {
    case IdentifierType::Siren:
        return QStringLiteral("SIREN");
    case IdentifierType::Siret:
        return QStringLiteral("SIRET");
    case IdentifierType::Tva:
        return QStringLiteral("TVA");
    case IdentifierType::HorsUe:
        return QStringLiteral("HORS-UE");
    }
    return {};
}

bool identifierTypeFromCode(const QString &code, IdentifierType *type)
{
    const QString c = code.trimmed().toUpper();
    if (c == QLatin1String("SIREN"))
        *type = IdentifierType::Siren;
    else if (c == QLatin1String("SIRET"))
        *type = IdentifierType::Siret;
    else if (c == QLatin1String("TVA") || c == QLatin1String("TVA_INTRACOMMUNAUTAIRE"))
        *type = IdentifierType::Tva;
    else if (c == QLatin1String("HORS-UE") || c == QLatin1String("HORS_UE"))
        *type = IdentifierType::HorsUe;
    else
        return false;
    return true;
}

} // namespace vigie
