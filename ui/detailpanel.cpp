#include "detailpanel.h"

#include "models/formatting.h"
#include "models/recordset.h"

#include <QDesktopServices>
#include <QHash>
#include <QJsonArray>
#include <QUrl>

namespace vigie {

namespace {

// Small HTML writer: everything that comes from the database is escaped here and nowhere else.
class Html
{
public:
    void heading(const QString &text, const QString &subtitle = QString())
    {
        m_html += QStringLiteral("<h2>%1</h2>").arg(text.toHtmlEscaped());
        if (!subtitle.isEmpty())
            m_html += QStringLiteral("<p><i>%1</i></p>").arg(subtitle.toHtmlEscaped());
    }
    void section(const QString &title, qsizetype count = -1)
    {
        closeTable();
        const QString text = count >= 0 ? QStringLiteral("%1 (%2)").arg(title, QLocale().toString(count)) : title;
        m_html += QStringLiteral("<h3>%1</h3>").arg(text.toHtmlEscaped());
    }
    // A "label: value" line; `valueHtml` is already HTML.
    void fieldHtml(const QString &label, const QString &valueHtml)
    {
        if (!m_inTable) {
            m_html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
            m_inTable = true;
        }
        m_html += QStringLiteral("<tr><td valign='top' style='color:#555; padding-right:8px'>%1</td><td>%2</td></tr>")
                      .arg(label.toHtmlEscaped(), valueHtml);
    }
    void field(const QString &label, const QString &value)
    {
        fieldHtml(label, value == unknownText() ? unknown() : value.toHtmlEscaped());
    }
    void paragraph(const QString &text)
    {
        closeTable();
        if (!text.isEmpty())
            m_html += QStringLiteral("<p>%1</p>")
                          .arg(text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    void listStart()
    {
        closeTable();
        m_html += QStringLiteral("<ul>");
    }
    void item(const QString &html) { m_html += QStringLiteral("<li>%1</li>").arg(html); }
    void listEnd() { m_html += QStringLiteral("</ul>"); }
    void none(const QString &text)
    {
        closeTable();
        m_html += QStringLiteral("<p style='color:#777'><i>%1</i></p>").arg(text.toHtmlEscaped());
    }
    void raw(const QString &html)
    {
        closeTable();
        m_html += html;
    }
    QString finish()
    {
        closeTable();
        // Qt's HTML parser turns every space but &nbsp; into a plain space, even the narrow no-break space
        // French puts between thousands (as &#8239; too): "6 353 810" could break across lines.
        return m_html.replace(QChar(0x202F), QStringLiteral("&nbsp;")).replace(QChar(0x00A0), QStringLiteral("&nbsp;"));
    }

    static QString link(DetailPanel::Kind kind, RowId id, const QString &text)
    {
        return QStringLiteral("<a href='%1'>%2</a>").arg(DetailPanel::recordUrl(kind, id), text.toHtmlEscaped());
    }
    static QString unknown()
    {
        return QStringLiteral("<i style='color:#777'>%1</i>").arg(unknownText().toHtmlEscaped());
    }
    static QString quote(const QString &text)
    {
        return text.isEmpty() ? QString()
                              : QStringLiteral("<br><span style='color:#444'>« %1 »</span>").arg(text.toHtmlEscaped());
    }

private:
    void closeTable()
    {
        if (m_inTable)
            m_html += QStringLiteral("</table>");
        m_inTable = false;
    }

    QString m_html;
    bool m_inTable = false;
};

QString dateHtml(const PartialDate &date)
{
    return date.isUnknown() ? Html::unknown() : formatDate(date).toHtmlEscaped();
}

QString sourceLink(const RecordSet &records, RowId sourceId)
{
    const Source *source = records.source(sourceId);
    return source
        ? Html::link(DetailPanel::Kind::Source, source->id, source->title)
        : QStringLiteral("<span style='color:#b71c1c'>%1</span>").arg(DetailPanel::tr("unsourced").toHtmlEscaped());
}

void citations(Html &html, const RecordSet &records, const QList<Citation> &list)
{
    html.section(DetailPanel::tr("Sources"), list.size());
    if (list.isEmpty()) {
        html.none(DetailPanel::tr("No source backs this record yet: it is marked unsourced."));
        return;
    }
    html.listStart();
    for (const Citation &citation : list)
        html.item(sourceLink(records, citation.sourceId) + Html::quote(citation.quote));
    html.listEnd();
}

QString incidentLine(const Incident &incident)
{
    const Claim *official = RecordSet::officialClaim(incident);
    const QString people = official && official->people
        ? DetailPanel::tr("%1 people (official)").arg(QLocale().toString(*official->people))
        : DetailPanel::tr("people: %1").arg(unknownText());
    const PartialDate &date = !incident.occurredOn.isUnknown() ? incident.occurredOn
        : !incident.discoveredOn.isUnknown()                   ? incident.discoveredOn
                                                               : incident.madePublicOn;
    return Html::link(DetailPanel::Kind::Incident, incident.id, incident.title)
        + QStringLiteral(" — %1 — %2").arg(dateHtml(date), people.toHtmlEscaped());
}

QString contractLine(const Contract &contract)
{
    return Html::link(DetailPanel::Kind::Contract, contract.id, contract.reference)
        + QStringLiteral(" — %1 — %2")
              .arg(formatContractAmount(contract.amount, contract.amountKind).toHtmlEscaped(),
                   dateHtml(contract.notifiedOn));
}

QString taskLine(const Task &task)
{
    return Html::link(DetailPanel::Kind::Task, task.id, task.title)
        + QStringLiteral(" — %1").arg(task.subcontractorName.toHtmlEscaped());
}

void showSubcontractor(Html &html, const RecordSet &records, const Organisation &organisation)
{
    html.heading(organisation.name, DetailPanel::tr("Subcontractor"));
    html.field(DetailPanel::tr("Identifier"),
               organisation.idType
                   ? identifierTypeCode(*organisation.idType) + QLatin1Char(' ') + organisation.identifier
                   : unknownText());
    if (organisation.parentId != 0)
        html.fieldHtml(DetailPanel::tr("Group"),
                       Html::link(DetailPanel::Kind::Subcontractor, organisation.parentId, organisation.parentName));
    const QList<const Organisation *> subsidiaries = records.subsidiaries(organisation.id);
    if (!subsidiaries.isEmpty()) {
        QStringList links;
        for (const Organisation *subsidiary : subsidiaries)
            links << Html::link(DetailPanel::Kind::Subcontractor, subsidiary->id, subsidiary->name);
        html.fieldHtml(DetailPanel::tr("Subsidiaries"), links.join(QStringLiteral(", ")));
    }
    if (organisation.watched)
        html.field(DetailPanel::tr("Watch list"),
                   DetailPanel::tr("watched: imports flag the new contracts of the group and its subsidiaries"));
    html.paragraph(organisation.notes);

    const QList<const Contract *> contracts = records.contractsOf(organisation.id);
    const qint64 held = records.heldContractCount(organisation.id);
    html.section(DetailPanel::tr("Contracts"), contracts.size());
    if (contracts.isEmpty() && held == 0) {
        html.none(DetailPanel::tr("No contract recorded."));
    } else {
        html.listStart();
        for (const Contract *contract : contracts)
            html.item(contractLine(*contract));
        html.listEnd();
    }
    if (held > contracts.size())
        html.none(DetailPanel::tr("%Ln contract(s) held in all, open data included: see All public contracts.", nullptr,
                                  int(held)));
    const QList<const Task *> tasks = records.tasksOf(organisation.id);
    html.section(DetailPanel::tr("Delegated tasks"), tasks.size());
    if (tasks.isEmpty()) {
        html.none(DetailPanel::tr("No task recorded."));
    } else {
        html.listStart();
        for (const Task *task : tasks)
            html.item(taskLine(*task));
        html.listEnd();
    }
    const QList<const Incident *> incidents = records.incidentsOf(organisation.id);
    html.section(DetailPanel::tr("Incidents"), incidents.size());
    if (incidents.isEmpty()) {
        html.none(DetailPanel::tr("No incident recorded."));
    } else {
        html.listStart();
        for (const Incident *incident : incidents)
            html.item(incidentLine(*incident));
        html.listEnd();
    }
    citations(html, records, organisation.citations);
}

void showContract(Html &html, const RecordSet &records, const Contract &contract)
{
    html.heading(contract.reference, DetailPanel::tr("Public contract"));
    html.fieldHtml(DetailPanel::tr("Buyer"),
                   Html::link(DetailPanel::Kind::Subcontractor, contract.buyerId, contract.buyerName));
    QStringList holders;
    for (const ContractHolder &holder : contract.holders)
        holders << Html::link(DetailPanel::Kind::Subcontractor, holder.id,
                              holder.name.isEmpty() ? holder.identifier : holder.name);
    html.fieldHtml(DetailPanel::tr("Holders"),
                   holders.isEmpty() ? Html::unknown() : holders.join(QStringLiteral(", ")));
    html.field(DetailPanel::tr("Object"), contract.object.isEmpty() ? unknownText() : contract.object);
    html.field(DetailPanel::tr("Amount excl. VAT"), formatContractAmount(contract.amount, contract.amountKind));
    html.field(DetailPanel::tr("Notified"), formatDate(contract.notifiedOn));
    html.field(DetailPanel::tr("Duration"), formatDuration(contract.durationMonths));
    if (!contract.cpvCode.isEmpty())
        html.field(DetailPanel::tr("CPV code"), contract.cpvCode);
    if (!contract.procedure.isEmpty())
        html.field(DetailPanel::tr("Procedure"), contract.procedure);
    if (!contract.nature.isEmpty())
        html.field(DetailPanel::tr("Nature"), contract.nature);
    if (!contract.territory.isEmpty())
        html.field(DetailPanel::tr("Territory"), contract.territory);
    html.paragraph(contract.notes);

    if (!contract.amendments.isEmpty()) {
        html.section(DetailPanel::tr("Amendments"), contract.amendments.size());
        html.listStart();
        for (const Amendment &amendment : contract.amendments) {
            html.item(DetailPanel::tr("%1: amount %2, duration %3")
                          .arg(formatDate(amendment.signedOn),
                               amendment.newAmount ? formatAmount(*amendment.newAmount, QLocale()) : unknownText(),
                               formatDuration(amendment.newDurationMonths))
                          .toHtmlEscaped());
        }
        html.listEnd();
    }
    if (!contract.subcontractingActs.isEmpty()) {
        html.section(DetailPanel::tr("Declared sub-contracting"), contract.subcontractingActs.size());
        html.listStart();
        for (const SubcontractingAct &act : contract.subcontractingActs) {
            html.item(Html::link(DetailPanel::Kind::Subcontractor, act.subcontractorId, act.subcontractorName)
                      + QStringLiteral(" — %1 — %2")
                            .arg(act.amount ? formatAmount(*act.amount, QLocale()).toHtmlEscaped() : Html::unknown(),
                                 dateHtml(act.declaredOn)));
        }
        html.listEnd();
    }
    const QList<const Task *> tasks = records.tasksUnder(contract.id);
    html.section(DetailPanel::tr("Tasks under this contract"), tasks.size());
    if (tasks.isEmpty()) {
        html.none(DetailPanel::tr("No task recorded."));
    } else {
        html.listStart();
        for (const Task *task : tasks)
            html.item(taskLine(*task));
        html.listEnd();
    }
    const QList<const Incident *> incidents = records.incidentsUnder(contract.id);
    html.section(DetailPanel::tr("Incidents"), incidents.size());
    if (incidents.isEmpty()) {
        html.none(DetailPanel::tr("No incident linked to this contract."));
    } else {
        html.listStart();
        for (const Incident *incident : incidents)
            html.item(incidentLine(*incident));
        html.listEnd();
    }
    citations(html, records, contract.citations);
}

void showTask(Html &html, const RecordSet &records, const Task &task)
{
    html.heading(task.title, DetailPanel::tr("Delegated task"));
    html.fieldHtml(DetailPanel::tr("Subcontractor"),
                   Html::link(DetailPanel::Kind::Subcontractor, task.subcontractorId, task.subcontractorName));
    html.fieldHtml(DetailPanel::tr("Contract"),
                   task.contractId == 0
                       ? Html::unknown()
                       : Html::link(DetailPanel::Kind::Contract, task.contractId, task.contractReference));
    html.field(DetailPanel::tr("Channel"), channelName(task.channel));
    html.fieldHtml(
        DetailPanel::tr("Period"),
        DetailPanel::tr("from %1 to %2").toHtmlEscaped().arg(dateHtml(task.startedOn), dateHtml(task.endedOn)));
    const QStringList categories = records.categoryNames(task.categoryIds);
    html.field(DetailPanel::tr("Personal data"),
               categories.isEmpty() ? unknownText() : categories.join(QStringLiteral(", ")));
    html.paragraph(task.description);
    html.paragraph(task.notes);
    QList<const Incident *> incidents;
    for (const Incident &incident : records.incidents()) {
        if (incident.taskId == task.id)
            incidents << &incident;
    }
    html.section(DetailPanel::tr("Incidents"), incidents.size());
    if (incidents.isEmpty()) {
        html.none(DetailPanel::tr("No incident linked to this task."));
    } else {
        html.listStart();
        for (const Incident *incident : incidents)
            html.item(incidentLine(*incident));
        html.listEnd();
    }
    citations(html, records, task.citations);
}

void showIncident(Html &html, const RecordSet &records, const Incident &incident)
{
    html.heading(incident.title, DetailPanel::tr("Incident"));
    html.fieldHtml(DetailPanel::tr("Subcontractor"),
                   incident.subcontractorId == 0 ? Html::unknown()
                                                 : Html::link(DetailPanel::Kind::Subcontractor,
                                                              incident.subcontractorId, incident.subcontractorName));
    if (const Contract *contract = records.contract(incident.contractId))
        html.fieldHtml(DetailPanel::tr("Contract"),
                       Html::link(DetailPanel::Kind::Contract, contract->id, contract->reference));
    if (const Task *task = records.task(incident.taskId))
        html.fieldHtml(DetailPanel::tr("Task"), Html::link(DetailPanel::Kind::Task, task->id, task->title));
    html.fieldHtml(DetailPanel::tr("Occurred"), dateHtml(incident.occurredOn));
    html.fieldHtml(DetailPanel::tr("Discovered"), dateHtml(incident.discoveredOn));
    html.fieldHtml(DetailPanel::tr("Notified to the CNIL"), dateHtml(incident.cnilNotifiedOn));
    html.fieldHtml(DetailPanel::tr("Made public"), dateHtml(incident.madePublicOn));
    QStringList nature;
    if (incident.confidentiality)
        nature << DetailPanel::tr("confidentiality");
    if (incident.integrity)
        nature << DetailPanel::tr("integrity");
    if (incident.availability)
        nature << DetailPanel::tr("availability");
    html.field(DetailPanel::tr("Nature"), nature.isEmpty() ? unknownText() : nature.join(QStringLiteral(", ")));
    html.field(DetailPanel::tr("Status"), statusName(incident.status));
    html.paragraph(incident.description);
    html.paragraph(incident.notes);

    html.section(DetailPanel::tr("Claims"), incident.claims.size());
    if (incident.claims.isEmpty()) {
        html.none(DetailPanel::tr("Nobody has said how many people or which data."));
    } else {
        html.listStart();
        for (const Claim &claim : incident.claims) {
            QString line = QStringLiteral("<b>%1</b>").arg(claim.claimant.toHtmlEscaped());
            if (claim.isOfficial)
                line += QStringLiteral(" (%1)").arg(DetailPanel::tr("official").toHtmlEscaped());
            if (!claim.claimedOn.isUnknown())
                line += QStringLiteral(", %1").arg(dateHtml(claim.claimedOn));
            line += QStringLiteral("<br>%1 ").arg(DetailPanel::tr("People:").toHtmlEscaped());
            line += claim.people ? QStringLiteral("<b>%1</b>").arg(QLocale().toString(*claim.people).toHtmlEscaped())
                                 : Html::unknown();
            if (!claim.peopleNote.isEmpty())
                line += QStringLiteral(" (%1)").arg(claim.peopleNote.toHtmlEscaped());
            const QStringList categories = records.categoryNames(claim.categoryIds);
            line += QStringLiteral("<br>%1 %2")
                        .arg(DetailPanel::tr("Personal data:").toHtmlEscaped(),
                             categories.isEmpty() ? Html::unknown()
                                                  : categories.join(QStringLiteral(", ")).toHtmlEscaped());
            line += QStringLiteral("<br>%1 %2")
                        .arg(DetailPanel::tr("Source:").toHtmlEscaped(), sourceLink(records, claim.sourceId));
            line += Html::quote(claim.quote);
            html.item(line);
        }
        html.listEnd();
    }
    if (!incident.consequences.isEmpty()) {
        html.section(DetailPanel::tr("Consequences"), incident.consequences.size());
        html.listStart();
        for (const Consequence &consequence : incident.consequences) {
            QString line = QStringLiteral("<b>%1</b>").arg(consequenceKindName(consequence.kind).toHtmlEscaped());
            if (!consequence.description.isEmpty())
                line += QStringLiteral(": %1").arg(consequence.description.toHtmlEscaped());
            if (consequence.people)
                line += QStringLiteral(" — %1").arg(
                    DetailPanel::tr("%1 people").arg(QLocale().toString(*consequence.people)).toHtmlEscaped());
            line += QStringLiteral("<br>%1 %2")
                        .arg(DetailPanel::tr("Source:").toHtmlEscaped(), sourceLink(records, consequence.sourceId));
            line += Html::quote(consequence.quote);
            html.item(line);
        }
        html.listEnd();
    }
    citations(html, records, incident.citations);
    if (!incident.isSourced())
        html.raw(QStringLiteral("<p style='color:#b71c1c'><b>%1</b></p>")
                     .arg(DetailPanel::tr("Unsourced: no document backs this incident.").toHtmlEscaped()));
}

void showSource(Html &html, const RecordSet &records, const Source &source)
{
    html.heading(source.title, sourceKindName(source.kind));
    html.field(DetailPanel::tr("Publisher"), source.publisher.isEmpty() ? unknownText() : source.publisher);
    html.field(DetailPanel::tr("Published"), formatDate(source.publishedOn));
    if (!source.url.isEmpty()) {
        html.fieldHtml(
            DetailPanel::tr("Address"),
            QStringLiteral("<a href='%1'>%2</a>")
                .arg(QUrl(source.url).toString(QUrl::FullyEncoded).toHtmlEscaped(), source.url.toHtmlEscaped()));
    }
    if (!source.fileRef.isEmpty())
        html.field(DetailPanel::tr("File"), source.fileRef);
    html.field(DetailPanel::tr("Retrieved"), formatDate(source.retrievedOn));
    html.paragraph(source.notes);

    const QList<RecordSet::Fact> facts = records.factsOf(source.id);
    html.section(DetailPanel::tr("Facts this source backs"), facts.size());
    if (facts.isEmpty()) {
        html.none(DetailPanel::tr("No fact cites this source yet."));
        return;
    }
    html.listStart();
    for (const RecordSet::Fact &fact : facts) {
        DetailPanel::Kind kind = DetailPanel::Kind::Incident;
        QString what;
        switch (fact.kind) {
        case RecordSet::Fact::Kind::Organisation:
            kind = DetailPanel::Kind::Subcontractor;
            what = DetailPanel::tr("organisation");
            break;
        case RecordSet::Fact::Kind::Contract:
            kind = DetailPanel::Kind::Contract;
            what = DetailPanel::tr("contract");
            break;
        case RecordSet::Fact::Kind::Task:
            kind = DetailPanel::Kind::Task;
            what = DetailPanel::tr("task");
            break;
        case RecordSet::Fact::Kind::Incident:
            what = DetailPanel::tr("incident");
            break;
        case RecordSet::Fact::Kind::Claim:
            what = DetailPanel::tr("claim");
            break;
        }
        html.item(QStringLiteral("%1: ").arg(what.toHtmlEscaped()) + Html::link(kind, fact.id, fact.label)
                  + Html::quote(fact.quote));
    }
    html.listEnd();
}

// A stored value as a short text: long texts are cut, nested lists (a deleted incident's claims) counted.
QString shortValue(const QJsonValue &value)
{
    constexpr qsizetype maxLength = 40;
    QString text;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return DetailPanel::tr("empty");
    case QJsonValue::Bool:
        return value.toBool() ? DetailPanel::tr("yes") : DetailPanel::tr("no");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        text = number == double(qint64(number)) ? QLocale().toString(qint64(number)) : QLocale().toString(number);
        break;
    }
    case QJsonValue::String:
        text = value.toString().simplified();
        break;
    case QJsonValue::Array:
    case QJsonValue::Object:
        return DetailPanel::tr("(%n item(s))", nullptr, int(value.isArray() ? value.toArray().size() : 1));
    }
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return text;
}

// A column of a history entry as the user knows it: "Discovered on", not "discovered_on".
QString columnLabel(const QString &column)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Title")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Name")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Role")},
        {QStringLiteral("id_type"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Identifier type")},
        {QStringLiteral("identifier"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Identifier")},
        {QStringLiteral("siren"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "SIREN")},
        {QStringLiteral("parent_id"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Parent group")},
        {QStringLiteral("watched"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Watched")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Notes")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Description")},
        {QStringLiteral("reference"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Reference")},
        {QStringLiteral("buyer_id"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Buyer")},
        {QStringLiteral("object"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Object")},
        {QStringLiteral("cpv_code"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "CPV code")},
        {QStringLiteral("procedure"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Procedure")},
        {QStringLiteral("nature"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Nature")},
        {QStringLiteral("amount_cents"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Amount (cents)")},
        {QStringLiteral("amount_kind"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Kind of amount")},
        {QStringLiteral("notified_on"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Notified on")},
        {QStringLiteral("duration_months"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Duration (months)")},
        {QStringLiteral("territory"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Territory")},
        {QStringLiteral("subcontractor_id"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Subcontractor")},
        {QStringLiteral("contract_id"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Contract")},
        {QStringLiteral("task_id"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Task")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Channel")},
        {QStringLiteral("started_on"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Started on")},
        {QStringLiteral("ended_on"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Ended on")},
        {QStringLiteral("occurred_on"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Occurred on")},
        {QStringLiteral("discovered_on"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Discovered on")},
        {QStringLiteral("cnil_notified_on"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Notified to the CNIL on")},
        {QStringLiteral("made_public_on"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Made public on")},
        {QStringLiteral("breach_confidentiality"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Confidentiality breach")},
        {QStringLiteral("breach_integrity"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Integrity breach")},
        {QStringLiteral("breach_availability"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Availability breach")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Status")},
        {QStringLiteral("publisher"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Publisher")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Kind")},
        {QStringLiteral("published_on"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Published on")},
        {QStringLiteral("url"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Address (URL)")},
        {QStringLiteral("file_ref"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "File")},
        {QStringLiteral("retrieved_on"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Retrieved on")},
        {QStringLiteral("claims"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Claims")},
        {QStringLiteral("consequences"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Consequences")},
        {QStringLiteral("sources"), QT_TRANSLATE_NOOP("vigie::DetailPanel", "Sources")},
    };
    const char *label = labels.value(column, nullptr);
    return label ? DetailPanel::tr(label) : column;
}

void showHistory(Html &html, const QList<history::Entry> &entries)
{
    html.section(DetailPanel::tr("History"), entries.size());
    if (entries.isEmpty()) {
        html.none(DetailPanel::tr("No change recorded by Vigie for this record."));
        return;
    }
    html.listStart();
    for (const history::Entry &entry : entries) {
        QString action;
        if (entry.action == QLatin1String("insert"))
            action = DetailPanel::tr("created");
        else if (entry.action == QLatin1String("update"))
            action = DetailPanel::tr("changed");
        else if (entry.action == QLatin1String("delete"))
            action = DetailPanel::tr("deleted");
        else
            action = entry.action;
        const QString who = entry.changedBy.isEmpty() ? unknownText() : entry.changedBy;
        QString line = QStringLiteral("%1 — %2 — <b>%3</b>")
                           .arg(QLocale().toString(entry.changedAt.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped(),
                                who.toHtmlEscaped(), action.toHtmlEscaped());
        if (entry.action == QLatin1String("update")) {
            for (const QString &column : entry.changedColumns()) {
                //: A changed field in the history: field name, old value, new value.
                line += QStringLiteral("<br>")
                    + DetailPanel::tr("%1: %2 → %3")
                          .arg(columnLabel(column), shortValue(entry.oldValues.value(column)),
                               shortValue(entry.newValues.value(column)))
                          .toHtmlEscaped();
            }
        }
        html.item(line);
    }
    html.listEnd();
}

} // namespace

DetailPanel::DetailPanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &DetailPanel::followLink);
    showNothing();
}

void DetailPanel::showNothing()
{
    setHtml(QStringLiteral("<p style='color:#777'><i>%1</i></p>")
                .arg(DetailPanel::tr("Select a row to see what links to it.").toHtmlEscaped()));
}

void DetailPanel::showRecord(const RecordSet &records, Kind kind, RowId id, const QList<history::Entry> &history)
{
    Html html;
    bool found = false;
    switch (kind) {
    case Kind::Subcontractor:
        if (const Organisation *organisation = records.organisation(id)) {
            showSubcontractor(html, records, *organisation);
            found = true;
        }
        break;
    case Kind::Contract:
        if (const Contract *contract = records.contract(id)) {
            vigie::showContract(html, records, *contract);
            found = true;
        }
        break;
    case Kind::Task:
        if (const Task *task = records.task(id)) {
            showTask(html, records, *task);
            found = true;
        }
        break;
    case Kind::Incident:
        if (const Incident *incident = records.incident(id)) {
            showIncident(html, records, *incident);
            found = true;
        }
        break;
    case Kind::Source:
        if (const Source *source = records.source(id)) {
            showSource(html, records, *source);
            found = true;
        }
        break;
    }
    if (!found) {
        showNothing();
        return;
    }
    showHistory(html, history);
    setHtml(html.finish());
}

void DetailPanel::showContract(const RecordSet &records, const Contract &contract, const QList<history::Entry> &history)
{
    Html html;
    vigie::showContract(html, records, contract);
    showHistory(html, history);
    setHtml(html.finish());
}

QString DetailPanel::historyTable(Kind kind)
{
    static const char *const tables[] = {"organisations", "contracts", "tasks", "incidents", "sources"};
    return QString::fromLatin1(tables[int(kind)]);
}

QString DetailPanel::recordUrl(Kind kind, RowId id)
{
    static const char *const names[] = {"subcontractor", "contract", "task", "incident", "source"};
    return QStringLiteral("vigie:%1/%2").arg(QString::fromLatin1(names[int(kind)])).arg(id);
}

void DetailPanel::followLink(const QUrl &url)
{
    if (url.scheme() != QLatin1String("vigie")) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
        return;
    }
    const QStringList parts = url.path().split(QLatin1Char('/'));
    if (parts.size() != 2)
        return;
    static const QStringList names = {QStringLiteral("subcontractor"), QStringLiteral("contract"),
                                      QStringLiteral("task"), QStringLiteral("incident"), QStringLiteral("source")};
    const int kind = int(names.indexOf(parts.at(0)));
    bool ok = false;
    const RowId id = parts.at(1).toLongLong(&ok);
    if (kind >= 0 && ok)
        emit recordActivated(Kind(kind), id);
}

} // namespace vigie
