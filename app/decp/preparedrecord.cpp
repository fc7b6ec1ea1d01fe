#include "preparedrecord.h"

#include "core/utf8.h"
#include "decpfields.h"

namespace vigie::decp {

namespace {

std::vector<std::optional<PartyId>> partyIds(const QList<Party> &parties)
{
    std::vector<std::optional<PartyId>> ids;
    ids.reserve(size_t(parties.size()));
    for (const Party &party : parties)
        ids.push_back(partyId(party));
    return ids;
}

} // namespace

quint64 fingerprint(const Record &r, QByteArray &b)
{
    b.clear();
    auto add = [&b](const QString &text) {
        b += text.toUtf8();
        b += '\x1f';
    };
    auto addNumber = [&b](const auto &value) {
        if (value)
            b += QByteArray::number(qint64(*value));
        b += '\x1f';
    };
    auto addDate = [&b](const PartialDate &d) {
        // Packed, not toIso(): QDate::toString costs more than the whole rest of the fingerprint.
        b += QByteArray::number(d.year() * 10000 + d.month() * 100 + d.day());
        b += '\x1f';
    };
    auto addParty = [&](const Party &p) {
        add(p.idType);
        add(p.id);
        add(p.name);
    };
    add(r.id);
    addParty(r.buyer);
    add(r.object);
    add(cpvWithoutCheckDigit(r.cpv));
    add(r.procedure);
    add(r.nature);
    addNumber(r.amount);
    addDate(r.notifiedOn);
    addDate(r.publishedOn);
    addNumber(r.durationMonths);
    add(r.territory);
    for (const Party &p : r.holders)
        addParty(p);
    b += '\x1e';
    for (const Modification &m : r.modifications) {
        add(m.id);
        add(m.object);
        addDate(m.signedOn);
        addDate(m.publishedOn);
        addNumber(m.amount);
        addNumber(m.durationMonths);
        for (const Party &p : m.holders)
            addParty(p);
        b += '\x1e';
    }
    for (const SubcontractingAct &a : r.subcontractingActs) {
        add(a.id);
        addParty(a.subcontractor);
        addNumber(a.amount);
        addDate(a.notifiedOn);
        addDate(a.publishedOn);
        addNumber(a.durationMonths);
        b += '\x1e';
    }
    return fnv1a64(b);
}

PreparedRecord::PreparedRecord(Record &&read, QByteArray &buffer)
    : record(std::move(read))
{
    if (record.kind != RecordKind::Contract)
        return;
    fingerprint = decp::fingerprint(record, buffer);
    buyer = partyId(record.buyer);
    holders = partyIds(record.holders);
    modificationHolders.reserve(size_t(record.modifications.size()));
    for (const Modification &m : std::as_const(record.modifications))
        modificationHolders.push_back(partyIds(m.holders));
    subcontractors.reserve(size_t(record.subcontractingActs.size()));
    for (const SubcontractingAct &act : std::as_const(record.subcontractingActs))
        subcontractors.push_back(partyId(act.subcontractor));
    toUtf8(record.id, utf8.id);
    toUtf8(record.buyer.id, utf8.buyerId);
    toUtf8(record.object, utf8.object);
    toUtf8(record.cpv, utf8.cpv);
    toUtf8(record.procedure, utf8.procedure);
    toUtf8(record.nature, utf8.nature);
    toUtf8(record.territory, utf8.territory);
}

} // namespace vigie::decp
