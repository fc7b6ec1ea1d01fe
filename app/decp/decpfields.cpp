#include "decpfields.h"

#include "core/identifiers.h"

#include <QCoreApplication>
#include <QDate>

#include <cmath>

namespace vigie::decp {

namespace {

// lupdate files these strings under vigie::decp::Fields (a free Text::tr() function would hide them from it).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::decp::Fields)
};

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (!isDigit(c))
            return false;
    }
    return !text.isEmpty();
}

int twoDigits(QStringView text, int at)
{
    return (text.at(at).unicode() - '0') * 10 + (text.at(at + 1).unicode() - '0');
}

__extension__ using Int128 = __int128;

template<typename T> std::optional<T> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

QString normalizeCpv(const QString &text, QString *error)
{
    QString digits;
    digits.reserve(10);
    int dashes = 0;
    int dashAt = -1;
    for (QChar c : text) {
        if (isDigit(c)) {
            digits += c;
        } else if (c == QLatin1Char('-')) {
            ++dashes;
            dashAt = int(digits.size());
        } else if (!c.isSpace()) {
            // "45000000-7 Travaux de construction": the code is the leading part; the label is dropped.
            if (digits.size() >= 7)
                break;
            if (error)
                *error = Text::tr("\"%1\" is not a CPV code").arg(text.trimmed());
            return {};
        }
    }
    if (digits.isEmpty() || dashes > 1) {
        if (error)
            *error = Text::tr("\"%1\" is not a CPV code").arg(text.trimmed());
        return {};
    }
    QString code;
    QString check;
    if (dashes == 1) {
        code = digits.left(dashAt);
        check = digits.mid(dashAt);
        if (check.size() != 1) {
            if (error)
                *error = Text::tr("\"%1\" is not a CPV code (the check digit is one digit)").arg(text.trimmed());
            return {};
        }
    } else if (digits.size() == 9) {
        code = digits.left(8);
        check = digits.mid(8);
    } else {
        code = digits;
    }
    if (code.size() < 8 && code.size() >= 7)
        code = code.rightJustified(8, QLatin1Char('0')); // a spreadsheet read it as a number
    if (code.size() != 8) {
        if (error)
            *error = Text::tr("\"%1\" is not a CPV code (8 digits expected)").arg(text.trimmed());
        return {};
    }
    return check.isEmpty() ? code : code + QLatin1Char('-') + check;
}

std::optional<Cents> amountFromNumber(QByteArrayView text, QString *error)
{
    auto invalid = [&] { return fail<Cents>(error, Text::tr("\"%1\" is not an amount").arg(QString::fromUtf8(text))); };
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (n == 0)
        return fail<Cents>(error, Text::tr("the amount is empty"));
    if (text[0] == '-') {
        // "-0" and "-0.0" are zero; anything else is a negative amount.
        bool zero = true;
        for (qsizetype k = 1; k < n && zero; ++k)
            zero = text[k] == '0' || text[k] == '.';
        if (!zero)
            return fail<Cents>(
                error, Text::tr("\"%1\" is negative; an amount cannot be negative").arg(QString::fromUtf8(text)));
        return Cents(0);
    }
    Int128 mantissa = 0;
    int significant = 0;
    int fractionDigits = 0;
    bool any = false;
    bool inFraction = false;
    for (; i < n; ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            any = true;
            if (significant < 30) {
                mantissa = mantissa * 10 + (c - '0');
                if (mantissa != 0)
                    ++significant;
                if (inFraction)
                    ++fractionDigits;
            } else if (!inFraction) {
                return fail<Cents>(error, Text::tr("\"%1\" is too large for an amount").arg(QString::fromUtf8(text)));
            }
        } else if (c == '.' && !inFraction) {
            inFraction = true;
        } else {
            break;
        }
    }
    if (!any)
        return invalid();
    int exponent = 0;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool negative = false;
        if (i < n && (text[i] == '+' || text[i] == '-'))
            negative = text[i++] == '-';
        if (i == n)
            return invalid();
        for (; i < n; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return invalid();
            exponent = exponent * 10 + (text[i] - '0');
            if (exponent > 400)
                break;
        }
        if (negative)
            exponent = -exponent;
    }
    if (i != n)
        return invalid();
    // cents = mantissa × 10^(exponent − fractionDigits + 2)
    int shift = exponent - fractionDigits + 2;
    Int128 cents = mantissa;
    if (shift >= 0) {
        for (; shift > 0; --shift) {
            cents *= 10;
            if (cents > kMaxAmountCents)
                return fail<Cents>(error, Text::tr("\"%1\" is too large for an amount").arg(QString::fromUtf8(text)));
        }
    } else {
        Int128 divisor = 1;
        for (; shift < 0 && divisor <= cents; ++shift)
            divisor *= 10;
        if (shift < 0)
            return Cents(0); // far below a cent
        cents = (cents * 2 / divisor + 1) / 2;
    }
    if (cents > kMaxAmountCents)
        return fail<Cents>(error, Text::tr("\"%1\" is too large for an amount").arg(QString::fromUtf8(text)));
    return Cents(cents);
}

std::optional<Cents> amountFromText(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    // Fast path: plain digits with an optional decimal point or comma, as spreadsheets and JSON strings give.
    bool plain = !trimmed.isEmpty();
    int separators = 0;
    for (QChar c : trimmed) {
        if (c == QLatin1Char('.') || c == QLatin1Char(',')) {
            ++separators;
        } else if (!isDigit(c)) {
            plain = false;
            break;
        }
    }
    if (plain && separators <= 1) {
        QString dotted = trimmed;
        dotted.replace(QLatin1Char(','), QLatin1Char('.'));
        return amountFromNumber(dotted.toLatin1(), error);
    }
    if (plain == false && !trimmed.isEmpty()) {
        // JSON-style exponent written as a string ("5.75E5").
        const QByteArray latin = trimmed.toLatin1();
        bool exponentForm = true;
        for (char c : latin) {
            if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) {
                exponentForm = false;
                break;
            }
        }
        if (exponentForm && (latin.contains('e') || latin.contains('E')))
            return amountFromNumber(latin, error);
    }
    return parseAmount(trimmed, error);
}

std::optional<PartialDate> parseDate(const QString &text, QString *error)
{
    const QStringView t = QStringView(text).trimmed();
    if (t.isEmpty())
        return PartialDate();
    // Fast path for the usual "YYYY-MM-DD", optionally with a "+01:00" or "Z" zone suffix.
    const bool isoDay = t.size() >= 10 && allDigits(t.left(4)) && t.at(4) == QLatin1Char('-') && isDigit(t.at(5))
        && isDigit(t.at(6)) && t.at(7) == QLatin1Char('-') && isDigit(t.at(8)) && isDigit(t.at(9));
    if (isoDay) {
        const QStringView rest = t.mid(10);
        const bool zoneOnly = rest.isEmpty() || rest == QLatin1String("Z")
            || (rest.size() == 6 && (rest.at(0) == QLatin1Char('+') || rest.at(0) == QLatin1Char('-'))
                && isDigit(rest.at(1)) && isDigit(rest.at(2)) && rest.at(3) == QLatin1Char(':') && isDigit(rest.at(4))
                && isDigit(rest.at(5)));
        if (zoneOnly) {
            const QDate date(t.left(4).toInt(), twoDigits(t, 5), twoDigits(t, 8));
            if (date.isValid())
                return PartialDate::fromDate(date);
            return fail<PartialDate>(error, Text::tr("\"%1\" is not a real calendar date").arg(t.toString()));
        }
    }
    // French spreadsheets: "17/12/2018".
    if (t.size() == 10 && t.at(2) == QLatin1Char('/') && t.at(5) == QLatin1Char('/') && allDigits(t.left(2))
        && allDigits(t.mid(3, 2)) && allDigits(t.mid(6))) {
        const QDate date(t.mid(6).toInt(), twoDigits(t, 3), twoDigits(t, 0));
        if (date.isValid())
            return PartialDate::fromDate(date);
        return fail<PartialDate>(error, Text::tr("\"%1\" is not a real calendar date").arg(t.toString()));
    }
    return PartialDate::parse(t.toString(), error);
}

std::optional<int> parseDuration(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    const double months = trimmed.toDouble(&ok);
    if (!ok || !std::isfinite(months))
        return fail<int>(error, Text::tr("\"%1\" is not a number of months").arg(trimmed));
    if (months < 0)
        return fail<int>(error, Text::tr("\"%1\" months is negative").arg(trimmed));
    if (months > 12000)
        return fail<int>(error, Text::tr("%1 months is not a plausible duration").arg(trimmed));
    return int(months + 0.5);
}

bool looksMangled(const QString &text)
{
    const QChar *data = text.constData();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = data[i].unicode();
        if (c < 0x80)
            continue;
        if (c == 0xFFFD)
            return true;
        if (i + 1 < n) {
            const char16_t next = data[i + 1].unicode();
            // UTF-8 lead bytes read as Latin-1/Windows-1252 followed by a continuation byte.
            if ((c == 0x00C3 || c == 0x00C2)
                && ((next >= 0x80 && next <= 0xBF) || next == 0x20AC || next == 0x2122 || next == 0x0153
                    || next == 0x201A || next == 0x2030))
                return true;
            if (c == 0x00E2 && (next == 0x20AC || next == 0x0080 || next == 0x201A || next == 0x0082))
                return true;
        }
    }
    return false;
}

quint64 fnv1a64(QByteArrayView data, quint64 hash)
{
    for (char c : data) {
        hash ^= quint8(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

} // namespace vigie::decp
