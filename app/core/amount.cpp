#include "amount.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace vigie {

namespace {

__extension__ using Int128 = __int128; // exact arithmetic before the range check

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::Amount)
};

// Multiplier words and symbols, longest first so that "Md€" is not read as "M".
struct Suffix
{
    const char *pattern;
    qint64 factor;
};

const Suffix kSuffixes[] = {
    {"milliards?", 1'000'000'000}, {"mds?", 1'000'000'000}, {"md", 1'000'000'000}, {"g", 1'000'000'000},
    {"millions?", 1'000'000},      {"m", 1'000'000},        {"mille", 1'000},      {"k", 1'000},
};

} // namespace

std::optional<Cents> parseAmount(const QString &input, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<Cents> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    QString text = input.trimmed().toLower();
    // Every kind of space (incl. U+00A0 and U+202F that French formatting uses) is a group separator.
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    text.remove(QChar(0x202F));
    text.remove(QChar(0x00A0));
    if (text.isEmpty())
        return fail(Text::tr("the amount is empty"));
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212)))
        return fail(Text::tr("\"%1\" is negative; an amount cannot be negative").arg(input.trimmed()));
    if (text.startsWith(QLatin1Char('+')))
        text.remove(0, 1);

    // Currency words and signs at the end: "€", "EUR", "euros", "d'euros", optionally "HT".
    static const QRegularExpression currency(QStringLiteral("(?:d['’])?(?:€|eur|euros?)(?:ht)?$"));
    text.remove(currency);
    if (text.endsWith(QStringLiteral("ht")))
        text.chop(2);

    qint64 factor = 1;
    for (const Suffix &suffix : kSuffixes) {
        const QRegularExpression re(QStringLiteral("^(.*\\d)(?:") + QLatin1String(suffix.pattern)
                                    + QStringLiteral(")$"));
        const auto m = re.match(text);
        if (m.hasMatch()) {
            factor = suffix.factor;
            text = m.captured(1);
            text.remove(currency);
            break;
        }
    }

    static const QRegularExpression number(QStringLiteral(R"(^(\d[\d.,']*)$)"));
    if (!number.match(text).hasMatch())
        return fail(
            Text::tr("\"%1\" is not an amount (examples: 80 M€, 80 000 000,00 €, 1,5 million)").arg(input.trimmed()));

    // Decide which mark is the decimal separator: the last of ',' and '.', unless it is a '.' repeated
    // as a thousands separator ("1.500.000").
    text.remove(QLatin1Char('\''));
    const int lastComma = text.lastIndexOf(QLatin1Char(','));
    const int lastDot = text.lastIndexOf(QLatin1Char('.'));
    int decimalPos = -1;
    if (lastComma >= 0 && lastDot >= 0)
        decimalPos = std::max(lastComma, lastDot);
    else if (lastComma >= 0)
        decimalPos = text.count(QLatin1Char(',')) == 1 ? lastComma : -2;
    else if (lastDot >= 0)
        decimalPos = text.count(QLatin1Char('.')) == 1 ? lastDot : -1;
    if (decimalPos == -2)
        return fail(Text::tr("\"%1\" has several decimal commas").arg(input.trimmed()));

    QString integerPart = decimalPos >= 0 ? text.left(decimalPos) : text;
    QString fractionPart = decimalPos >= 0 ? text.mid(decimalPos + 1) : QString();
    integerPart.remove(QLatin1Char('.'));
    integerPart.remove(QLatin1Char(','));
    if (fractionPart.contains(QLatin1Char('.')) || fractionPart.contains(QLatin1Char(',')))
        return fail(Text::tr("\"%1\" is not an amount").arg(input.trimmed()));
    if (integerPart.isEmpty())
        integerPart = QStringLiteral("0");

    // Exact integer arithmetic: value = integer.fraction × factor × 100 cents.
    integerPart.remove(QRegularExpression(QStringLiteral("^0+(?=\\d)")));
    if (integerPart.size() > 18)
        return fail(Text::tr("\"%1\" is too large for an amount").arg(input.trimmed()));
    Int128 cents = Int128(integerPart.toLongLong()) * factor * 100;
    Int128 fractionCents2 = 0; // twice the cents from the fraction, to round half up
    if (!fractionPart.isEmpty()) {
        const QString digits = fractionPart.left(18);
        Int128 numerator = digits.toLongLong();
        Int128 denominator = 1;
        for (int i = 0; i < digits.size(); ++i)
            denominator *= 10;
        fractionCents2 = numerator * factor * 200 / denominator;
    }
    cents += (fractionCents2 + 1) / 2;
    if (cents > kMaxAmountCents)
        return fail(Text::tr("\"%1\" is too large for an amount").arg(input.trimmed()));
    return Cents(cents);
}

QString formatAmount(Cents cents, const QLocale &locale)
{
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(-(cents + 1)) + 1 : quint64(cents);
    QString text = locale.toString(qulonglong(magnitude / 100));
    if (magnitude % 100 != 0)
        text += locale.decimalPoint() + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    if (negative)
        text.prepend(locale.negativeSign());
    return text + QChar(0x00A0) + QStringLiteral("€");
}

QString formatAmountShort(Cents cents, const QLocale &locale)
{
    const double euros = double(cents) / 100.0;
    const double magnitude = std::fabs(euros);
    struct Step
    {
        double threshold;
        double divisor;
        const char *unit;
    };
    static const Step steps[] = {{1e9, 1e9, "Md€"}, {1e6, 1e6, "M€"}, {1e3, 1e3, "k€"}};
    for (const Step &step : steps) {
        if (magnitude >= step.threshold) {
            const double value = euros / step.divisor;
            const int decimals = std::fabs(value) >= 100 || std::fabs(value - std::round(value)) < 0.05 ? 0 : 1;
            return locale.toString(value, 'f', decimals) + QChar(0x00A0) + QString::fromUtf8(step.unit);
        }
    }
    return locale.toString(std::round(euros), 'f', 0) + QChar(0x00A0) + QStringLiteral("€");
}

} // namespace vigie
