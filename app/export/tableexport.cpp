#include "tableexport.h"

#include "core/csvwriter.h"
#include "jsonwriter.h"
#include "storage/readtransaction.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QSaveFile>

#include <functional>

namespace vigie {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::Export)
};

// Euros as a number: whole euros stay integers ("80000000", not "8e+07"), cents become decimals.
QVariant euros(const std::optional<Cents> &cents)
{
    if (!cents)
        return {};
    if (*cents % 100 == 0)
        return qint64(*cents / 100);
    return double(*cents) / 100.0;
}

QJsonValue jsonValue(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return QJsonValue(value.toLongLong());
    if (value.typeId() == QMetaType::Double)
        return QJsonValue(value.toDouble());
    if (value.typeId() == QMetaType::Bool)
        return QJsonValue(value.toBool());
    return QJsonValue(value.toString());
}

QVariant text(const QString &value)
{
    if (value.isEmpty())
        return {};
    return value;
}

QVariant date(const PartialDate &value)
{
    if (value.isUnknown())
        return {};
    return value.toIso();
}

QVariant number(const std::optional<qint64> &value)
{
    if (!value)
        return {};
    return *value;
}

QVariant number(const std::optional<int> &value)
{
    if (!value)
        return {};
    return qint64(*value);
}

QJsonArray citationsJson(const QList<Citation> &citations)
{
    QJsonArray array;
    for (const Citation &c : citations) {
        array.append(QJsonObject {{QStringLiteral("id"), qint64(c.sourceId)},
                                  {QStringLiteral("title"), c.sourceTitle},
                                  {QStringLiteral("quote"), jsonValue(text(c.quote))}});
    }
    return array;
}

QString citationTitles(const QList<Citation> &citations)
{
    QStringList titles;
    for (const Citation &c : citations)
        titles << c.sourceTitle;
    return titles.join(QStringLiteral("; "));
}

QString breachNature(const Incident &incident)
{
    QStringList nature;
    if (incident.confidentiality)
        nature << QStringLiteral("confidentiality");
    if (incident.integrity)
        nature << QStringLiteral("integrity");
    if (incident.availability)
        nature << QStringLiteral("availability");
    return nature.join(QStringLiteral("; "));
}

// One contract as a CSV row (`values`, in the order of the header) and, unless `object` is null, as a JSON
// object.
void contractRow(const Contract &c, QVariantList &values, QJsonObject *object)
{
    QStringList holderNames;
    QStringList holderIds;
    for (const ContractHolder &h : c.holders) {
        holderNames << h.name;
        holderIds << h.identifier;
    }
    values = {qint64(c.id),
              c.reference,
              c.buyerName,
              text(holderNames.join(QStringLiteral("; "))),
              text(holderIds.join(QStringLiteral("; "))),
              text(c.object),
              text(c.cpvCode),
              text(c.procedure),
              text(c.nature),
              euros(c.amount),
              c.amountKind,
              date(c.notifiedOn),
              number(c.durationMonths),
              text(c.territory),
              qint64(c.amendments.size()),
              text(c.notes),
              text(citationTitles(c.citations))};
    if (!object)
        return;
    QJsonArray holders;
    for (const ContractHolder &h : c.holders) {
        holders.append(
            QJsonObject {{QStringLiteral("name"), h.name}, {QStringLiteral("id"), jsonValue(text(h.identifier))}});
    }
    QJsonArray amendments;
    for (const Amendment &a : c.amendments) {
        amendments.append(QJsonObject {{QStringLiteral("signed_on"), jsonValue(date(a.signedOn))},
                                       {QStringLiteral("new_amount_eur"), jsonValue(euros(a.newAmount))},
                                       {QStringLiteral("new_duration_months"), jsonValue(number(a.newDurationMonths))},
                                       {QStringLiteral("object"), jsonValue(text(a.object))}});
    }
    QJsonArray acts;
    for (const SubcontractingAct &a : c.subcontractingActs) {
        acts.append(QJsonObject {{QStringLiteral("subcontractor"), a.subcontractorName},
                                 {QStringLiteral("amount_eur"), jsonValue(euros(a.amount))},
                                 {QStringLiteral("declared_on"), jsonValue(date(a.declaredOn))},
                                 {QStringLiteral("object"), jsonValue(text(a.object))}});
    }
    *object = QJsonObject {
        {QStringLiteral("id"), qint64(c.id)},
        {QStringLiteral("reference"), c.reference},
        {QStringLiteral("buyer"), c.buyerName},
        {QStringLiteral("holders"), holders},
        {QStringLiteral("object"), jsonValue(text(c.object))},
        {QStringLiteral("cpv_code"), jsonValue(text(c.cpvCode))},
        {QStringLiteral("procedure"), jsonValue(text(c.procedure))},
        {QStringLiteral("nature"), jsonValue(text(c.nature))},
        {QStringLiteral("amount_eur"), jsonValue(euros(c.amount))},
        {QStringLiteral("amount_kind"), c.amountKind},
        {QStringLiteral("notified_on"), jsonValue(date(c.notifiedOn))},
        {QStringLiteral("duration_months"), jsonValue(number(c.durationMonths))},
        {QStringLiteral("territory"), jsonValue(text(c.territory))},
        {QStringLiteral("amendments"), amendments},
        {QStringLiteral("subcontracting_acts"), acts},
        {QStringLiteral("notes"), jsonValue(text(c.notes))},
        {QStringLiteral("sources"), citationsJson(c.citations)},
    };
}

// One table as a header plus rows (CSV) and as objects (JSON), produced record by record.
struct TableRows
{
    QStringList csvHeader;
    QString readError; // set by forEach when reading the rows failed midway
    bool cancelled = false; // set by forEach when the progress callback asked to stop
    bool json = true; // false: the CSV values are enough, the JSON objects may be left empty
    std::function<bool(const std::function<bool(const QVariantList &, const QJsonObject &)> &)> forEach;
};

QJsonObject objectFrom(const QStringList &keys, const QVariantList &values)
{
    QJsonObject object;
    for (qsizetype i = 0; i < keys.size(); ++i)
        object.insert(keys.at(i), jsonValue(values.at(i)));
    return object;
}

bool buildTable(const QSqlDatabase &db, const Repository &repository, const QString &table,
                const TableExportOptions &options, TableRows *rows, QString *error)
{
    if (table == QLatin1String("sources")) {
        rows->csvHeader = {QStringLiteral("id"),       QStringLiteral("title"),        QStringLiteral("publisher"),
                           QStringLiteral("kind"),     QStringLiteral("published_on"), QStringLiteral("url"),
                           QStringLiteral("file_ref"), QStringLiteral("retrieved_on"), QStringLiteral("notes")};
        const QList<Source> list = repository.sources();
        rows->forEach = [list, header = rows->csvHeader](const auto &sink) {
            for (const Source &s : list) {
                const QVariantList values
                    = {qint64(s.id), s.title,         text(s.publisher),   s.kind,       date(s.publishedOn),
                       text(s.url),  text(s.fileRef), date(s.retrievedOn), text(s.notes)};
                if (!sink(values, objectFrom(header, values)))
                    return false;
            }
            return true;
        };
        return true;
    }

    if (table == QLatin1String("subcontractors")) {
        rows->csvHeader = {QStringLiteral("id"),         QStringLiteral("name"),   QStringLiteral("id_type"),
                           QStringLiteral("identifier"), QStringLiteral("siren"),  QStringLiteral("parent"),
                           QStringLiteral("notes"),      QStringLiteral("sources")};
        const QList<Organisation> list = repository.subcontractors();
        rows->forEach = [list](const auto &sink) {
            for (const Organisation &o : list) {
                const QVariantList common
                    = {qint64(o.id),       o.name,        o.idType ? identifierTypeCode(*o.idType) : QVariant(),
                       text(o.identifier), text(o.siren), text(o.parentName),
                       text(o.notes)};
                QJsonObject object
                    = objectFrom({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("id_type"),
                                  QStringLiteral("identifier"), QStringLiteral("siren"), QStringLiteral("parent"),
                                  QStringLiteral("notes")},
                                 common);
                object.insert(QStringLiteral("sources"), citationsJson(o.citations));
                if (!sink(common + QVariantList {text(citationTitles(o.citations))}, object))
                    return false;
            }
            return true;
        };
        return true;
    }

    if (table == QLatin1String("contracts")) {
        rows->csvHeader = {QStringLiteral("id"),
                           QStringLiteral("reference"),
                           QStringLiteral("buyer"),
                           QStringLiteral("holders"),
                           QStringLiteral("holder_ids"),
                           QStringLiteral("object"),
                           QStringLiteral("cpv_code"),
                           QStringLiteral("procedure"),
                           QStringLiteral("nature"),
                           QStringLiteral("amount_eur"),
                           QStringLiteral("amount_kind"),
                           QStringLiteral("notified_on"),
                           QStringLiteral("duration_months"),
                           QStringLiteral("territory"),
                           QStringLiteral("amendments"),
                           QStringLiteral("notes"),
                           QStringLiteral("sources")};
        // A million contracts from the open data: their ids first, then the contracts a few thousand at a time.
        QList<RowId> ids;
        if (options.contracts) {
            const ContractSelection &chosen = *options.contracts;
            QString readError;
            ids = ContractPages::allIds(db, chosen.order, chosen.direction, chosen.search, &readError);
            if (!readError.isEmpty()) {
                *error = Text::tr("cannot read the %1: %2").arg(table, readError);
                return false;
            }
        } else {
            ids = repository.contractIds();
        }
        rows->forEach = [ids, &repository, rows, progress = options.progress](const auto &sink) {
            constexpr qsizetype kChunk = 2000;
            for (qsizetype first = 0; first < ids.size(); first += kChunk) {
                if (progress && !progress(first, ids.size())) {
                    rows->cancelled = true;
                    return false;
                }
                const QList<RowId> chunk = ids.mid(first, kChunk);
                const QList<Contract> list = repository.contracts(chunk);
                if (!repository.lastError().isEmpty()) {
                    rows->readError = repository.lastError();
                    return false;
                }
                // Every id comes from the same snapshot: a contract missing is a read that failed.
                if (list.size() != chunk.size()) {
                    rows->readError = Text::tr("%1 of %2 contracts could not be read")
                                          .arg(chunk.size() - list.size())
                                          .arg(chunk.size());
                    return false;
                }
                for (const Contract &c : list) {
                    QVariantList values;
                    QJsonObject object;
                    contractRow(c, values, rows->json ? &object : nullptr);
                    if (!sink(values, object))
                        return false;
                }
            }
            if (progress)
                progress(ids.size(), ids.size());
            return true;
        };
        return true;
    }

    QHash<RowId, DataCategory> categories;
    for (const DataCategory &c : repository.dataCategories())
        categories.insert(c.id, c);
    auto categoryCodes = [categories](const QList<RowId> &ids) {
        QStringList codes;
        for (RowId id : ids)
            codes << categories.value(id).code;
        return codes;
    };
    auto categoryNames = [categories](const QList<RowId> &ids) {
        QStringList names;
        for (RowId id : ids)
            names << categories.value(id).name;
        return names;
    };

    if (table == QLatin1String("tasks")) {
        rows->csvHeader
            = {QStringLiteral("id"),       QStringLiteral("title"),           QStringLiteral("subcontractor"),
               QStringLiteral("contract"), QStringLiteral("channel"),         QStringLiteral("started_on"),
               QStringLiteral("ended_on"), QStringLiteral("data_categories"), QStringLiteral("description"),
               QStringLiteral("notes"),    QStringLiteral("sources")};
        const QList<Task> list = repository.tasks();
        rows->forEach = [list, categoryCodes, categoryNames](const auto &sink) {
            for (const Task &t : list) {
                QJsonObject object {
                    {QStringLiteral("id"), qint64(t.id)},
                    {QStringLiteral("title"), t.title},
                    {QStringLiteral("subcontractor"), t.subcontractorName},
                    {QStringLiteral("contract"), jsonValue(text(t.contractReference))},
                    {QStringLiteral("channel"), jsonValue(text(t.channel))},
                    {QStringLiteral("started_on"), jsonValue(date(t.startedOn))},
                    {QStringLiteral("ended_on"), jsonValue(date(t.endedOn))},
                    {QStringLiteral("data_categories"), QJsonArray::fromStringList(categoryCodes(t.categoryIds))},
                    {QStringLiteral("description"), jsonValue(text(t.description))},
                    {QStringLiteral("notes"), jsonValue(text(t.notes))},
                    {QStringLiteral("sources"), citationsJson(t.citations)},
                };
                const QVariantList values = {qint64(t.id),
                                             t.title,
                                             t.subcontractorName,
                                             text(t.contractReference),
                                             text(t.channel),
                                             date(t.startedOn),
                                             date(t.endedOn),
                                             text(categoryNames(t.categoryIds).join(QStringLiteral("; "))),
                                             text(t.description),
                                             text(t.notes),
                                             text(citationTitles(t.citations))};
                if (!sink(values, object))
                    return false;
            }
            return true;
        };
        return true;
    }

    if (table == QLatin1String("incidents")) {
        rows->csvHeader = {QStringLiteral("id"),
                           QStringLiteral("title"),
                           QStringLiteral("subcontractor"),
                           QStringLiteral("occurred_on"),
                           QStringLiteral("discovered_on"),
                           QStringLiteral("cnil_notified_on"),
                           QStringLiteral("made_public_on"),
                           QStringLiteral("breach"),
                           QStringLiteral("status"),
                           QStringLiteral("people_official"),
                           QStringLiteral("people_max"),
                           QStringLiteral("claims"),
                           QStringLiteral("data_categories"),
                           QStringLiteral("consequences"),
                           QStringLiteral("description"),
                           QStringLiteral("sources")};
        const QList<Incident> list = repository.incidents();
        rows->forEach = [list, categoryCodes, categoryNames](const auto &sink) {
            for (const Incident &i : list) {
                QJsonArray claims;
                std::optional<qint64> official;
                std::optional<qint64> highest;
                QList<RowId> allCategories;
                for (const Claim &c : i.claims) {
                    claims.append(QJsonObject {
                        {QStringLiteral("claimant"), c.claimant},
                        {QStringLiteral("official"), c.isOfficial},
                        {QStringLiteral("people"), jsonValue(number(c.people))},
                        {QStringLiteral("people_note"), jsonValue(text(c.peopleNote))},
                        {QStringLiteral("data_categories"), QJsonArray::fromStringList(categoryCodes(c.categoryIds))},
                        {QStringLiteral("claimed_on"), jsonValue(date(c.claimedOn))},
                        {QStringLiteral("source"), jsonValue(text(c.sourceTitle))},
                        {QStringLiteral("quote"), jsonValue(text(c.quote))},
                    });
                    if (c.people) {
                        if (c.isOfficial)
                            official = std::max(official.value_or(0), *c.people);
                        highest = std::max(highest.value_or(0), *c.people);
                    }
                    for (RowId id : c.categoryIds) {
                        if (!allCategories.contains(id))
                            allCategories << id;
                    }
                }
                std::sort(allCategories.begin(), allCategories.end());
                QJsonArray consequences;
                QStringList consequenceKinds;
                for (const Consequence &c : i.consequences) {
                    consequences.append(QJsonObject {{QStringLiteral("kind"), c.kind},
                                                     {QStringLiteral("description"), jsonValue(text(c.description))},
                                                     {QStringLiteral("people"), jsonValue(number(c.people))},
                                                     {QStringLiteral("quote"), jsonValue(text(c.quote))}});
                    consequenceKinds << c.kind;
                }
                QJsonObject object {
                    {QStringLiteral("id"), qint64(i.id)},
                    {QStringLiteral("title"), i.title},
                    {QStringLiteral("subcontractor"), jsonValue(text(i.subcontractorName))},
                    {QStringLiteral("occurred_on"), jsonValue(date(i.occurredOn))},
                    {QStringLiteral("discovered_on"), jsonValue(date(i.discoveredOn))},
                    {QStringLiteral("cnil_notified_on"), jsonValue(date(i.cnilNotifiedOn))},
                    {QStringLiteral("made_public_on"), jsonValue(date(i.madePublicOn))},
                    {QStringLiteral("breach"),
                     QJsonArray::fromStringList(breachNature(i).split(QStringLiteral("; "), Qt::SkipEmptyParts))},
                    {QStringLiteral("status"), i.status},
                    {QStringLiteral("description"), jsonValue(text(i.description))},
                    {QStringLiteral("claims"), claims},
                    {QStringLiteral("consequences"), consequences},
                    {QStringLiteral("sources"), citationsJson(i.citations)},
                    {QStringLiteral("sourced"), i.isSourced()},
                };
                const QVariantList values = {qint64(i.id),
                                             i.title,
                                             text(i.subcontractorName),
                                             date(i.occurredOn),
                                             date(i.discoveredOn),
                                             date(i.cnilNotifiedOn),
                                             date(i.madePublicOn),
                                             text(breachNature(i)),
                                             i.status,
                                             number(official),
                                             number(highest),
                                             qint64(i.claims.size()),
                                             text(categoryNames(allCategories).join(QStringLiteral("; "))),
                                             text(consequenceKinds.join(QStringLiteral("; "))),
                                             text(i.description),
                                             text(citationTitles(i.citations))};
                if (!sink(values, object))
                    return false;
            }
            return true;
        };
        return true;
    }

    *error = Text::tr("unknown table \"%1\" (expected one of: %2)")
                 .arg(table, exportableTables().join(QStringLiteral(", ")));
    return false;
}

} // namespace

QStringList exportableTables()
{
    return {QStringLiteral("subcontractors"), QStringLiteral("contracts"), QStringLiteral("tasks"),
            QStringLiteral("incidents"), QStringLiteral("sources")};
}

namespace {

bool writeTable(const QSqlDatabase &db, const QString &table, const TableExportOptions &options, QIODevice *device,
                QString &message)
{
    const Repository repository(db);
    TableRows rows;
    if (!buildTable(db, repository, table, options, &rows, &message))
        return false;
    if (!repository.lastError().isEmpty()) {
        message = Text::tr("cannot read the %1: %2").arg(table, repository.lastError());
        return false;
    }

    // Why the rows stopped: a cancel, a read error, or else the writer's own error.
    auto stopped = [&](const QString &writerError) {
        message = rows.cancelled        ? Text::tr("export cancelled")
            : !rows.readError.isEmpty() ? Text::tr("cannot read the %1: %2").arg(table, rows.readError)
                                        : writerError;
        return false;
    };
    if (options.format == ExportFormat::Csv) {
        rows.json = false;
        CsvWriter writer(device, options.separator);
        if (!writer.writeHeader(rows.csvHeader)) {
            message = writer.errorString();
            return false;
        }
        const bool ok
            = rows.forEach([&](const QVariantList &values, const QJsonObject &) { return writer.writeRow(values); });
        return ok || stopped(writer.errorString());
    }

    JsonArrayWriter writer(device);
    const bool ok
        = rows.forEach([&](const QVariantList &, const QJsonObject &object) { return writer.writeObject(object); });
    return (ok && writer.finish()) || stopped(writer.errorString());
}

} // namespace

bool exportTable(const QSqlDatabase &db, const QString &table, const TableExportOptions &options, QIODevice *device,
                 QString *error)
{
    QString localError;
    QString &message = error ? *error : localError;
    // One snapshot for the whole file, read in many queries.
    ReadTransaction snapshot(db);
    QString beginError;
    if (!snapshot.begin(&beginError)) {
        message = Text::tr("cannot read the %1: %2").arg(table, beginError);
        return false;
    }
    return writeTable(db, table, options, device, message);
}

bool exportTableToFile(const QSqlDatabase &db, const QString &table, const TableExportOptions &options,
                       const QString &path, QString *error)
{
    QString localError;
    QString &message = error ? *error : localError;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        message = Text::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // (data safety) A failed write is most often a full disk, which Qt reports as "Unknown error".
    auto writeFailure = [&](const QString &detail) {
        if (file.error() == QFileDevice::WriteError || file.error() == QFileDevice::ResourceError)
            return Text::tr("cannot write %1: the disk may be full (%2)").arg(QDir::toNativeSeparators(path), detail);
        return Text::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), detail);
    };
    if (!exportTable(db, table, options, &file, &message)) {
        // A write failure names the file; a read error or a cancel says so as it is.
        const QString failure = writeFailure(message);
        const bool writeFailed = file.error() != QFileDevice::NoError;
        file.cancelWriting();
        if (writeFailed && !message.contains(QDir::toNativeSeparators(path)))
            message = failure;
        return false;
    }
    if (!file.commit()) {
        message = writeFailure(file.errorString());
        return false;
    }
    return true;
}

} // namespace vigie
