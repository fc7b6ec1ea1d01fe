#pragma once

// What the fuzz targets do with one input, shared with test_unit_hostileinput, which replays every
// input the fuzzers ever crashed on (tests/data/hostile/) in normal builds.
//
// Beyond not crashing, each parsed record must have the properties the importer relies on: it writes
// records with CHECK constraints off (for speed), so a value outside the schema's range would only show
// up later, as a failed integrity check. Each function returns what is wrong, or an empty string.

#include "core/amount.h"
#include "core/identifiers.h"
#include "core/partialdate.h"
#include "decp/decpcsvreader.h"
#include "decp/decpfields.h"
#include "decp/decpjsonreader.h"
#include "decp/decprecord.h"
#include "decp/decpxmlreader.h"
#include "decp/preparedrecord.h"

#include <QBuffer>
#include <QLocale>
#include <QRegularExpression>

namespace vigie::fuzz {

inline QString amountProblem(const std::optional<Cents> &amount, const char *what)
{
    if (amount && (*amount < 0 || *amount > kMaxAmountCents))
        return QStringLiteral("%1 out of range: %2").arg(QLatin1String(what)).arg(*amount);
    return {};
}

// A known date is stored as ISO text the schema's GLOB accepts, and reads back as the same date.
inline QString dateProblem(const PartialDate &date, const char *what)
{
    if (date.isUnknown())
        return {};
    static const QRegularExpression iso(QStringLiteral(R"(^\d{4}(-\d{2}(-\d{2})?)?$)"));
    const QString text = date.toIso();
    if (!iso.match(text).hasMatch())
        return QStringLiteral("%1 is not stored as ISO: %2").arg(QLatin1String(what), text);
    const std::optional<PartialDate> back = PartialDate::parse(text);
    if (!back || !(*back == date))
        return QStringLiteral("%1 does not read back: %2").arg(QLatin1String(what), text);
    return {};
}

inline QString durationProblem(const std::optional<int> &months, const char *what)
{
    if (months && *months <= 0)
        return QStringLiteral("%1 is not positive: %2").arg(QLatin1String(what)).arg(*months);
    return {};
}

inline QString recordProblem(const decp::Record &record)
{
    QStringList problems;
    if (record.index <= 0)
        problems << QStringLiteral("record index %1").arg(record.index);
    problems << amountProblem(record.amount, "record amount") << dateProblem(record.notifiedOn, "notification date")
             << dateProblem(record.publishedOn, "publication date") << dateProblem(record.versionDate(), "version date")
             << durationProblem(record.durationMonths, "record duration");
    for (const decp::Modification &m : record.modifications) {
        problems << amountProblem(m.amount, "amendment amount") << dateProblem(m.signedOn, "amendment date")
                 << dateProblem(m.publishedOn, "amendment publication date")
                 << durationProblem(m.durationMonths, "amendment duration");
    }
    for (const decp::SubcontractingAct &a : record.subcontractingActs) {
        problems << amountProblem(a.amount, "act amount") << dateProblem(a.notifiedOn, "act date")
                 << dateProblem(a.publishedOn, "act publication date")
                 << durationProblem(a.durationMonths, "act duration");
    }
    static const QRegularExpression cpv(QStringLiteral(R"(^\d{8}(-\d)?$)"));
    if (!record.cpv.isEmpty() && !cpv.match(record.cpv).hasMatch())
        problems << QStringLiteral("CPV code %1").arg(record.cpv);
    for (const decp::FieldIssue &issue : record.issues) {
        if (issue.message.isEmpty())
            problems << QStringLiteral("an issue without a message on %1").arg(issue.field);
    }
    // What the importer calls on every record.
    const QList<decp::FieldIssue> reasons = decp::rejectionReasons(record);
    if (record.kind != decp::RecordKind::Contract && reasons.isEmpty())
        problems << QStringLiteral("a concession or invalid record without a reason");
    problems.removeAll(QString());
    return problems.join(QStringLiteral("; "));
}

// The identifiers the importer stores (organisations.siren is nine ASCII digits or NULL).
inline QString partyProblem(const std::optional<decp::PartyId> &id)
{
    static const QRegularExpression nineDigits(QStringLiteral("^[0-9]{9}$"));
    if (!id)
        return {};
    if (id->value.isEmpty())
        return QStringLiteral("a party identifier without a value");
    if (!id->siren.isEmpty() && !nineDigits.match(id->siren).hasMatch())
        return QStringLiteral("party SIREN %1").arg(id->siren);
    if (id->key != identifierTypeCode(id->type) + QLatin1Char('|') + id->value)
        return QStringLiteral("party key %1").arg(id->key);
    return {};
}

inline QString preparedProblem(const decp::PreparedRecord &prepared)
{
    QStringList problems {partyProblem(prepared.buyer)};
    for (const auto &id : prepared.holders)
        problems << partyProblem(id);
    for (const auto &ids : prepared.modificationHolders) {
        for (const auto &id : ids)
            problems << partyProblem(id);
    }
    for (const auto &id : prepared.subcontractors)
        problems << partyProblem(id);
    const decp::Record &r = prepared.record;
    if (r.kind == decp::RecordKind::Contract
        && (prepared.holders.size() != size_t(r.holders.size())
            || prepared.modificationHolders.size() != size_t(r.modifications.size())
            || prepared.subcontractors.size() != size_t(r.subcontractingActs.size())))
        problems << QStringLiteral("a prepared record whose parties do not match its record");
    problems.removeAll(QString());
    return problems.join(QStringLiteral("; "));
}

inline QString readerProblem(decp::RecordReader &reader, QIODevice &device)
{
    qint64 delivered = 0;
    QString problem;
    QByteArray buffer;
    const bool ok = reader.read(device, [&](decp::Record &record) {
        if (problem.isEmpty())
            problem = recordProblem(record);
        // What the importer's reading thread makes of it.
        const decp::PreparedRecord prepared(std::move(record), buffer);
        if (problem.isEmpty())
            problem = preparedProblem(prepared);
        ++delivered;
        return true;
    });
    if (!problem.isEmpty())
        return problem;
    if (!ok && reader.errorString().isEmpty())
        return QStringLiteral("a failed read without a message");
    if (delivered != reader.recordCount())
        return QStringLiteral("%1 records delivered, %2 counted").arg(delivered).arg(reader.recordCount());
    return {};
}

inline QString jsonInputProblem(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    decp::JsonReader reader;
    return readerProblem(reader, buffer);
}

inline QString xmlInputProblem(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    decp::XmlReader reader;
    return readerProblem(reader, buffer);
}

inline QString csvInputProblem(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    // What the column-mapping step shows, then the import itself from the same device.
    const decp::CsvInfo info = decp::CsvReader::inspect(buffer);
    if (buffer.pos() != 0)
        return QStringLiteral("inspect() consumed %1 bytes").arg(buffer.pos());
    if (info.sampleRows.size() > 5)
        return QStringLiteral("%1 sample rows").arg(info.sampleRows.size());
    decp::CsvReader reader;
    return readerProblem(reader, buffer);
}

// Amounts, dates, CPV codes, durations and identifiers, each read from the same text.
inline QString valuesInputProblem(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QStringList problems;
    QString error;
    const std::optional<Cents> amount = parseAmount(text, &error);
    problems << amountProblem(amount, "parseAmount");
    if (!amount && error.isEmpty())
        problems << QStringLiteral("parseAmount failed without a message");
    if (amount) {
        static const QLocale french(QLocale::French, QLocale::France);
        if (formatAmount(*amount, french).isEmpty() || formatAmountShort(*amount, french).isEmpty())
            problems << QStringLiteral("formatAmount of %1").arg(*amount);
    }
    problems << amountProblem(decp::amountFromNumber(bytes), "amountFromNumber")
             << amountProblem(decp::amountFromText(text), "amountFromText");

    error.clear();
    const std::optional<PartialDate> date = PartialDate::parse(text, &error);
    if (date)
        problems << dateProblem(*date, "PartialDate::parse");
    else if (error.isEmpty())
        problems << QStringLiteral("PartialDate::parse failed without a message");
    if (const std::optional<PartialDate> d = decp::parseDate(text))
        problems << dateProblem(*d, "decp::parseDate");

    error.clear();
    const QString cpv = decp::normalizeCpv(text, &error);
    if (cpv.isEmpty() && error.isEmpty())
        problems << QStringLiteral("normalizeCpv failed without a message");
    if (!cpv.isEmpty() && decp::normalizeCpv(cpv) != cpv)
        problems << QStringLiteral("normalizeCpv is not stable on %1").arg(cpv);

    if (const std::optional<int> months = decp::parseDuration(text); months && *months < 0)
        problems << QStringLiteral("parseDuration gave %1").arg(*months);
    decp::looksMangled(text);
    const QString id = normalizeIdentifier(text);
    if (normalizeIdentifier(id) != id)
        problems << QStringLiteral("normalizeIdentifier is not stable on %1").arg(id);
    // The schema stores a SIREN as exactly nine ASCII digits.
    static const QRegularExpression nineDigits(QStringLiteral("^[0-9]{9}$"));
    for (IdentifierType type :
         {IdentifierType::Siren, IdentifierType::Siret, IdentifierType::Tva, IdentifierType::HorsUe}) {
        identifierError(type, text);
        const QString siren = sirenOf(type, normalizeIdentifier(text));
        if (!siren.isEmpty() && !nineDigits.match(siren).hasMatch())
            problems << QStringLiteral("sirenOf gave %1").arg(siren);
    }
    guessIdentifierType(text);
    problems.removeAll(QString());
    return problems.join(QStringLiteral("; "));
}

} // namespace vigie::fuzz
