#include "incidentdialog.h"

#include "citationseditor.h"
#include "fielderrors.h"
#include "models/formatting.h"
#include "models/recordset.h"
#include "sourcedialog.h"
#include "storage/repository.h"
#include "ui_incidentdialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>

namespace vigie {

namespace {

// Kept on the claimant item of each claims row: what the table does not show but a save must keep.
constexpr int kClaimIdRole = Qt::UserRole;
constexpr int kClaimedOnRole = Qt::UserRole + 1;
// Kept on the categories item of each claims row: the checked category ids.
constexpr int kCategoryIdsRole = Qt::UserRole;
constexpr int kConsequenceIdRole = Qt::UserRole;
// Set on cells marked with a validation error, so clearing errors knows which tooltips to take away.
constexpr int kErrorRole = Qt::UserRole + 10;

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// A count as people type it: "6 353 810", "6353810", "-5" (refused later as negative). Empty is unknown.
std::optional<qint64> parseCount(const QString &text, bool *ok)
{
    *ok = true;
    QString digits;
    for (const QChar c : text) {
        if (!c.isSpace())
            digits += c;
    }
    if (digits.isEmpty())
        return std::nullopt;
    const qint64 value = digits.toLongLong(ok);
    if (*ok)
        return value;
    const qint64 localized = QLocale().toLongLong(text.trimmed(), ok);
    return *ok ? std::optional<qint64>(localized) : std::nullopt;
}

QString countText(const std::optional<qint64> &count)
{
    return count ? QLocale().toString(*count) : QString();
}

} // namespace

IncidentDialog::IncidentDialog(Repository &repository, std::shared_ptr<const RecordSet> records, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::IncidentDialog>())
    , m_repository(repository)
    , m_records(std::move(records))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("New incident"));
    m_ui->tabWidget->setCurrentIndex(0);

    const QString datePlaceholder = tr("unknown — DD/MM/YYYY, MM/YYYY or YYYY");
    const QString dateToolTip = tr("Type the date as precisely as the source gives it: 24/08/2023, 08/2023 or 2023 "
                                   "(ISO 2023-08-24 works too). Leave it empty when nobody knows.");
    for (QLineEdit *edit : {m_ui->occurredOnLineEdit, m_ui->discoveredOnLineEdit, m_ui->cnilNotifiedOnLineEdit,
                            m_ui->madePublicOnLineEdit}) {
        edit->setPlaceholderText(datePlaceholder);
        edit->setToolTip(dateToolTip);
        edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(datePlaceholder) + 40);
    }
    for (QLabel *label : {m_ui->titleErrorLabel, m_ui->occurredOnErrorLabel, m_ui->discoveredOnErrorLabel,
                          m_ui->cnilNotifiedOnErrorLabel, m_ui->madePublicOnErrorLabel, m_ui->claimsErrorLabel,
                          m_ui->consequencesErrorLabel, m_ui->summaryErrorLabel}) {
        label->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(kErrorColour)));
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        label->hide();
    }
    // One sentence each: wrapping them in the form would squeeze them into a narrow column.
    for (QLabel *label : {m_ui->titleErrorLabel, m_ui->occurredOnErrorLabel, m_ui->discoveredOnErrorLabel,
                          m_ui->cnilNotifiedOnErrorLabel, m_ui->madePublicOnErrorLabel})
        label->setWordWrap(false);
    // Editing a field takes its red mark away; OK checks again anyway.
    const std::pair<QLineEdit *, QLabel *> edits[] = {
        {m_ui->titleLineEdit, m_ui->titleErrorLabel},
        {m_ui->occurredOnLineEdit, m_ui->occurredOnErrorLabel},
        {m_ui->discoveredOnLineEdit, m_ui->discoveredOnErrorLabel},
        {m_ui->cnilNotifiedOnLineEdit, m_ui->cnilNotifiedOnErrorLabel},
        {m_ui->madePublicOnLineEdit, m_ui->madePublicOnErrorLabel},
    };
    for (const auto &[edit, label] : edits) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit = edit, label = label] {
            edit->setStyleSheet(QString());
            label->hide();
            m_markedFields.removeAll(edit);
        });
    }

    fillChoices();
    setupTables();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &IncidentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &IncidentDialog::reject);
    connect(m_ui->contractComboBox, &QComboBox::activated, this, &IncidentDialog::contractChosen);
    connect(m_ui->taskComboBox, &QComboBox::activated, this, &IncidentDialog::taskChosen);
    resize(1000, 680);
}

IncidentDialog::~IncidentDialog() = default;

void IncidentDialog::fillChoices()
{
    m_ui->subcontractorComboBox->addItem(unknownText(), RowId(0));
    for (const Organisation &organisation : m_records->subcontractors())
        m_ui->subcontractorComboBox->addItem(organisation.name, organisation.id);

    m_ui->contractComboBox->addItem(tr("none or unknown"), RowId(0));
    for (const Contract &contract : m_records->contracts()) {
        QStringList holders;
        for (const ContractHolder &holder : contract.holders)
            holders << holder.name;
        m_ui->contractComboBox->addItem(holders.isEmpty()
                                            ? contract.reference
                                            : tr("%1 — %2").arg(contract.reference, holders.join(QStringLiteral(", "))),
                                        contract.id);
    }

    m_ui->taskComboBox->addItem(tr("none or unknown"), RowId(0));
    for (const Task &task : m_records->tasks())
        m_ui->taskComboBox->addItem(tr("%1 — %2").arg(task.title, task.subcontractorName), task.id);

    for (const QString &code : codes::statuses)
        m_ui->statusComboBox->addItem(statusName(code), code);
    m_ui->statusComboBox->setCurrentIndex(int(codes::statuses.indexOf(QStringLiteral("reported"))));

    for (QComboBox *combo : {m_ui->subcontractorComboBox, m_ui->contractComboBox, m_ui->taskComboBox}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(30);
    }
}

void IncidentDialog::setupTables()
{
    QTableWidget *claims = m_ui->claimsTableWidget;
    claims->setColumnCount(ClaimColumnCount);
    claims->setHorizontalHeaderLabels(
        {tr("Claimant"), tr("Official"), tr("People"), tr("Personal data"), tr("Note"), tr("Source"), tr("Quote")});
    claims->horizontalHeaderItem(ClaimantColumn)->setToolTip(tr("Who says it: Pôle emploi, an expert, a union..."));
    claims->horizontalHeaderItem(OfficialColumn)
        ->setToolTip(tr("Checked for the claim of the organisation responsible"));
    claims->horizontalHeaderItem(PeopleColumn)->setToolTip(tr("Number of people affected; empty when unknown"));
    claims->horizontalHeaderItem(NoteColumn)->setToolTip(tr("The words used: \"potentially\", \"several hundred\"..."));
    claims->horizontalHeaderItem(CategoriesColumn)->setToolTip(tr("Tick them in the list on the right"));
    claims->verticalHeader()->hide();
    claims->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {140, 60, 90, 190, 110, 170};
    for (int column = 0; column < int(std::size(widths)); ++column)
        claims->setColumnWidth(column, widths[column]);

    for (const DataCategory &category : m_records->dataCategories()) {
        auto *item = new QListWidgetItem(category.name, m_ui->claimCategoriesListWidget);
        item->setData(Qt::UserRole, category.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }
    m_ui->claimCategoriesListWidget->setEnabled(false);
    connect(claims, &QTableWidget::currentCellChanged, this, &IncidentDialog::showClaimCategories);
    connect(m_ui->claimCategoriesListWidget, &QListWidget::itemChanged, this, &IncidentDialog::claimCategoryChanged);
    connect(m_ui->addClaimPushButton, &QPushButton::clicked, this, [this] {
        const int row = addClaimRow(Claim());
        m_ui->claimsTableWidget->setCurrentCell(row, ClaimantColumn);
        m_ui->claimsTableWidget->editItem(m_ui->claimsTableWidget->item(row, ClaimantColumn));
    });
    connect(m_ui->removeClaimPushButton, &QPushButton::clicked, this, [this] {
        if (m_ui->claimsTableWidget->currentRow() >= 0)
            m_ui->claimsTableWidget->removeRow(m_ui->claimsTableWidget->currentRow());
        showClaimCategories();
    });

    QTableWidget *consequences = m_ui->consequencesTableWidget;
    consequences->setColumnCount(ConsequenceColumnCount);
    consequences->setHorizontalHeaderLabels({tr("Kind"), tr("Description"), tr("People"), tr("Source"), tr("Quote")});
    consequences->verticalHeader()->hide();
    consequences->horizontalHeader()->setStretchLastSection(true);
    consequences->setColumnWidth(KindColumn, 150);
    consequences->setColumnWidth(DescriptionColumn, 260);
    consequences->setColumnWidth(ConsequencePeopleColumn, 90);
    consequences->setColumnWidth(ConsequenceSourceColumn, 200);
    connect(m_ui->addConsequencePushButton, &QPushButton::clicked, this, [this] {
        const int row = addConsequenceRow(Consequence());
        m_ui->consequencesTableWidget->setCurrentCell(row, DescriptionColumn);
    });
    connect(m_ui->removeConsequencePushButton, &QPushButton::clicked, this, [this] {
        if (m_ui->consequencesTableWidget->currentRow() >= 0)
            m_ui->consequencesTableWidget->removeRow(m_ui->consequencesTableWidget->currentRow());
    });

    m_ui->citationsEditor->setSources([this] { return allSources(); }, [this] { return newSource(); });
    m_ui->citationsEditor->setNewSourceToolTip(tr("Add a source to the database and cite it for this incident"));
    connect(m_ui->claimNewSourcePushButton, &QPushButton::clicked, this, [this] {
        const RowId id = newSource();
        const int row = m_ui->claimsTableWidget->currentRow();
        if (id == 0 || row < 0)
            return;
        if (auto *combo = qobject_cast<QComboBox *>(m_ui->claimsTableWidget->cellWidget(row, ClaimSourceColumn)))
            selectCombo(combo, id);
    });
}

QComboBox *IncidentDialog::sourceComboBox(RowId selected, bool allowNone) const
{
    return newSourceComboBox(allSources(), selected, allowNone ? tr("unsourced") : QString());
}

QList<Source> IncidentDialog::allSources() const
{
    return m_records->sources() + m_addedSources;
}

RowId IncidentDialog::newSource()
{
    SourceDialog dialog(m_repository, this);
    dialog.setObjectName(QStringLiteral("sourceDialog"));
    dialog.setToday(m_today);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const Source &source = dialog.savedSource();
    m_addedSources << source;
    // Every source list of the dialog offers it, whichever row it was made for (the citations' too).
    for (QComboBox *combo : findChildren<QComboBox *>(QLatin1String(kSourceComboName)))
        offerSources(combo, {source});
    m_ui->citationsEditor->sourcesChanged();
    return source.id;
}

int IncidentDialog::addClaimRow(const Claim &claim)
{
    QTableWidget *table = m_ui->claimsTableWidget;
    const int row = table->rowCount();
    table->insertRow(row);
    auto *claimant = new QTableWidgetItem(claim.claimant);
    claimant->setData(kClaimIdRole, claim.id);
    claimant->setData(kClaimedOnRole, claim.claimedOn.toIso());
    table->setItem(row, ClaimantColumn, claimant);
    auto *official = new QTableWidgetItem;
    official->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    official->setCheckState(claim.isOfficial ? Qt::Checked : Qt::Unchecked);
    table->setItem(row, OfficialColumn, official);
    auto *people = new QTableWidgetItem(countText(claim.people));
    people->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    people->setToolTip(tr("Empty when no number was given"));
    table->setItem(row, PeopleColumn, people);
    table->setItem(row, NoteColumn, new QTableWidgetItem(claim.peopleNote));
    table->setCellWidget(row, ClaimSourceColumn, sourceComboBox(claim.sourceId, true));
    table->setItem(row, ClaimQuoteColumn, new QTableWidgetItem(claim.quote));
    auto *categories = new QTableWidgetItem;
    categories->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    QVariantList ids;
    for (RowId id : claim.categoryIds)
        ids << id;
    categories->setData(kCategoryIdsRole, ids);
    table->setItem(row, CategoriesColumn, categories);
    updateClaimCategoriesCell(row);
    return row;
}

int IncidentDialog::addConsequenceRow(const Consequence &consequence)
{
    QTableWidget *table = m_ui->consequencesTableWidget;
    const int row = table->rowCount();
    table->insertRow(row);
    auto *kind = new QComboBox;
    for (const QString &code : codes::consequenceKinds)
        kind->addItem(consequenceKindName(code), code);
    kind->setCurrentIndex(std::max(0, int(codes::consequenceKinds.indexOf(consequence.kind))));
    table->setCellWidget(row, KindColumn, kind);
    auto *description = new QTableWidgetItem(consequence.description);
    description->setData(kConsequenceIdRole, consequence.id);
    table->setItem(row, DescriptionColumn, description);
    auto *people = new QTableWidgetItem(countText(consequence.people));
    people->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, ConsequencePeopleColumn, people);
    table->setCellWidget(row, ConsequenceSourceColumn, sourceComboBox(consequence.sourceId, true));
    table->setItem(row, ConsequenceQuoteColumn, new QTableWidgetItem(consequence.quote));
    return row;
}

void IncidentDialog::setIncident(const Incident &incident)
{
    m_incident = incident;
    setWindowTitle(tr("Edit incident"));
    m_ui->titleLineEdit->setText(incident.title);
    selectCombo(m_ui->subcontractorComboBox, incident.subcontractorId);
    selectCombo(m_ui->contractComboBox, incident.contractId);
    selectCombo(m_ui->taskComboBox, incident.taskId);
    m_ui->occurredOnLineEdit->setText(dateFieldText(incident.occurredOn));
    m_ui->discoveredOnLineEdit->setText(dateFieldText(incident.discoveredOn));
    m_ui->cnilNotifiedOnLineEdit->setText(dateFieldText(incident.cnilNotifiedOn));
    m_ui->madePublicOnLineEdit->setText(dateFieldText(incident.madePublicOn));
    m_ui->confidentialityCheckBox->setChecked(incident.confidentiality);
    m_ui->integrityCheckBox->setChecked(incident.integrity);
    m_ui->availabilityCheckBox->setChecked(incident.availability);
    m_ui->statusComboBox->setCurrentIndex(std::max(0, m_ui->statusComboBox->findData(incident.status)));
    m_ui->descriptionPlainTextEdit->setPlainText(incident.description);
    m_ui->claimsTableWidget->setRowCount(0);
    for (const Claim &claim : incident.claims)
        addClaimRow(claim);
    m_ui->consequencesTableWidget->setRowCount(0);
    for (const Consequence &consequence : incident.consequences)
        addConsequenceRow(consequence);
    m_ui->citationsEditor->setCitations(incident.citations);
    if (m_ui->claimsTableWidget->rowCount() > 0)
        m_ui->claimsTableWidget->setCurrentCell(0, ClaimantColumn);
}

void IncidentDialog::setContext(RowId subcontractorId, RowId contractId)
{
    selectCombo(m_ui->subcontractorComboBox, subcontractorId);
    selectCombo(m_ui->contractComboBox, contractId);
    contractChosen();
}

void IncidentDialog::contractChosen()
{
    // A contract tells who holds it: fill an unknown subcontractor from it.
    const Contract *contract = m_records->contract(comboId(m_ui->contractComboBox));
    if (!contract || comboId(m_ui->subcontractorComboBox) != 0)
        return;
    for (const ContractHolder &holder : contract->holders) {
        if (m_ui->subcontractorComboBox->findData(holder.id) >= 0) {
            selectCombo(m_ui->subcontractorComboBox, holder.id);
            return;
        }
    }
}

void IncidentDialog::taskChosen()
{
    const Task *task = m_records->task(comboId(m_ui->taskComboBox));
    if (!task)
        return;
    if (comboId(m_ui->subcontractorComboBox) == 0)
        selectCombo(m_ui->subcontractorComboBox, task->subcontractorId);
    if (comboId(m_ui->contractComboBox) == 0)
        selectCombo(m_ui->contractComboBox, task->contractId);
}

void IncidentDialog::showClaimCategories()
{
    const int row = m_ui->claimsTableWidget->currentRow();
    const QTableWidgetItem *cell = row >= 0 ? m_ui->claimsTableWidget->item(row, CategoriesColumn) : nullptr;
    const QVariantList ids = cell ? cell->data(kCategoryIdsRole).toList() : QVariantList();
    m_updatingCategories = true;
    for (int i = 0; i < m_ui->claimCategoriesListWidget->count(); ++i) {
        QListWidgetItem *item = m_ui->claimCategoriesListWidget->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole)) ? Qt::Checked : Qt::Unchecked);
    }
    m_updatingCategories = false;
    m_ui->claimCategoriesListWidget->setEnabled(cell != nullptr);
    // The selection hides the cell's red background: the list carries the claim's category error instead.
    const QString error = cell && cell->data(kErrorRole).toBool() ? cell->toolTip() : QString();
    m_ui->claimCategoriesListWidget->setStyleSheet(
        error.isEmpty() ? QString()
                        : QStringLiteral("QListWidget { border: 2px solid %1; }").arg(QLatin1String(kErrorColour)));
    m_ui->claimCategoriesListWidget->setToolTip(error);
    m_ui->claimCategoriesLabel->setText(cell ? tr("Personal data in claim %1:").arg(row + 1)
                                             : tr("Personal data in the selected claim:"));
}

void IncidentDialog::claimCategoryChanged()
{
    if (m_updatingCategories)
        return;
    const int row = m_ui->claimsTableWidget->currentRow();
    QTableWidgetItem *cell = row >= 0 ? m_ui->claimsTableWidget->item(row, CategoriesColumn) : nullptr;
    if (!cell)
        return;
    QVariantList ids;
    for (int i = 0; i < m_ui->claimCategoriesListWidget->count(); ++i) {
        const QListWidgetItem *item = m_ui->claimCategoriesListWidget->item(i);
        if (item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole);
    }
    cell->setData(kCategoryIdsRole, ids);
    updateClaimCategoriesCell(row);
}

void IncidentDialog::updateClaimCategoriesCell(int row)
{
    QTableWidgetItem *cell = m_ui->claimsTableWidget->item(row, CategoriesColumn);
    QList<RowId> ids;
    for (const QVariant &id : cell->data(kCategoryIdsRole).toList())
        ids << id.toLongLong();
    const QString names = m_records->categoryNames(ids).join(QStringLiteral(", "));
    cell->setText(names.isEmpty() ? tr("none ticked") : names);
    cell->setToolTip(names.isEmpty() ? tr("Tick the personal data this claim names in the list on the right.") : names);
}

Incident IncidentDialog::incidentFromFields(QList<ValidationError> *errors) const
{
    Incident incident = m_incident;
    incident.title = m_ui->titleLineEdit->text().trimmed();
    incident.subcontractorId = comboId(m_ui->subcontractorComboBox);
    incident.subcontractorName = incident.subcontractorId ? m_ui->subcontractorComboBox->currentText() : QString();
    incident.contractId = comboId(m_ui->contractComboBox);
    incident.taskId = comboId(m_ui->taskComboBox);

    const std::tuple<QLineEdit *, const char *, PartialDate Incident::*> dates[] = {
        {m_ui->occurredOnLineEdit, "occurredOn", &Incident::occurredOn},
        {m_ui->discoveredOnLineEdit, "discoveredOn", &Incident::discoveredOn},
        {m_ui->cnilNotifiedOnLineEdit, "cnilNotifiedOn", &Incident::cnilNotifiedOn},
        {m_ui->madePublicOnLineEdit, "madePublicOn", &Incident::madePublicOn},
    };
    for (const auto &[edit, field, member] : dates) {
        QString error;
        const auto date = parseDateInput(edit->text(), &error);
        incident.*member = date.value_or(PartialDate());
        if (!date)
            errors->append({QString::fromLatin1(field), -1, error});
    }
    incident.confidentiality = m_ui->confidentialityCheckBox->isChecked();
    incident.integrity = m_ui->integrityCheckBox->isChecked();
    incident.availability = m_ui->availabilityCheckBox->isChecked();
    incident.status = m_ui->statusComboBox->currentData().toString();
    incident.description = m_ui->descriptionPlainTextEdit->toPlainText().trimmed();

    const QTableWidget *claims = m_ui->claimsTableWidget;
    incident.claims.clear();
    for (int row = 0; row < claims->rowCount(); ++row) {
        Claim claim;
        const QTableWidgetItem *claimant = claims->item(row, ClaimantColumn);
        claim.id = claimant->data(kClaimIdRole).toLongLong();
        claim.claimedOn = PartialDate::parse(claimant->data(kClaimedOnRole).toString()).value_or(PartialDate());
        claim.claimant = claimant->text().trimmed();
        claim.isOfficial = claims->item(row, OfficialColumn)->checkState() == Qt::Checked;
        bool ok = true;
        const QString people = cellText(claims, row, PeopleColumn);
        claim.people = parseCount(people, &ok);
        if (!ok) {
            errors->append({QStringLiteral("claims.people"), row,
                            tr("Claim %1: \"%2\" is not a number of people (leave it empty when unknown).")
                                .arg(row + 1)
                                .arg(people)});
        }
        claim.peopleNote = cellText(claims, row, NoteColumn);
        claim.sourceId = cellComboId(claims, row, ClaimSourceColumn);
        claim.quote = cellText(claims, row, ClaimQuoteColumn);
        for (const QVariant &id : claims->item(row, CategoriesColumn)->data(kCategoryIdsRole).toList())
            claim.categoryIds << id.toLongLong();
        incident.claims << claim;
    }

    const QTableWidget *consequences = m_ui->consequencesTableWidget;
    incident.consequences.clear();
    for (int row = 0; row < consequences->rowCount(); ++row) {
        Consequence consequence;
        consequence.id = consequences->item(row, DescriptionColumn)->data(kConsequenceIdRole).toLongLong();
        const auto *kind = qobject_cast<const QComboBox *>(consequences->cellWidget(row, KindColumn));
        consequence.kind = kind->currentData().toString();
        consequence.description = cellText(consequences, row, DescriptionColumn);
        bool ok = true;
        const QString people = cellText(consequences, row, ConsequencePeopleColumn);
        consequence.people = parseCount(people, &ok);
        if (!ok || (consequence.people && *consequence.people < 0)) {
            errors->append({QStringLiteral("consequences.people"), row,
                            tr("Consequence %1: \"%2\" is not a number of people (leave it empty when unknown).")
                                .arg(row + 1)
                                .arg(people)});
            consequence.people.reset();
        }
        consequence.sourceId = cellComboId(consequences, row, ConsequenceSourceColumn);
        consequence.quote = cellText(consequences, row, ConsequenceQuoteColumn);
        incident.consequences << consequence;
    }

    incident.citations = m_ui->citationsEditor->citations();
    return incident;
}

void IncidentDialog::accept()
{
    clearErrors();
    QList<ValidationError> errors;
    Incident incident = incidentFromFields(&errors);
    errors << validateIncident(incident, m_today);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    if (!m_repository.saveIncident(incident, m_today)) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot save the incident"),
                        tr("The incident was not saved: %1").arg(m_repository.lastError()), QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("saveErrorMessageBox"));
        box.exec();
        return;
    }
    m_incident = incident;
    m_savedId = incident.id;
    QDialog::accept();
}

void IncidentDialog::clearErrors()
{
    for (QWidget *field : std::as_const(m_markedFields)) {
        field->setStyleSheet(QString());
        field->setToolTip(QString());
    }
    m_markedFields.clear();
    for (QLabel *label : {m_ui->titleErrorLabel, m_ui->occurredOnErrorLabel, m_ui->discoveredOnErrorLabel,
                          m_ui->cnilNotifiedOnErrorLabel, m_ui->madePublicOnErrorLabel, m_ui->claimsErrorLabel,
                          m_ui->consequencesErrorLabel, m_ui->summaryErrorLabel}) {
        label->clear();
        label->hide();
    }
    for (QTableWidget *table : {m_ui->claimsTableWidget, m_ui->consequencesTableWidget}) {
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                if (QTableWidgetItem *item = table->item(row, column)) {
                    item->setBackground(QBrush());
                    if (item->data(kErrorRole).toBool()) {
                        item->setToolTip(QString());
                        item->setData(kErrorRole, QVariant());
                    }
                }
            }
        }
    }
    for (int row = 0; row < m_ui->claimsTableWidget->rowCount(); ++row)
        updateClaimCategoriesCell(row);
    showClaimCategories();
    for (int tab = 0; tab < m_ui->tabWidget->count(); ++tab)
        m_ui->tabWidget->tabBar()->setTabTextColor(tab, QColor());
}

void IncidentDialog::markField(QWidget *field, QLabel *label, const QString &message)
{
    field->setStyleSheet(QStringLiteral("%1 { border: 2px solid %2; }")
                             .arg(QString::fromLatin1(field->metaObject()->className()), QLatin1String(kErrorColour)));
    field->setToolTip(label->isVisible() ? label->text() + QLatin1Char('\n') + message : message);
    m_markedFields << field;
    label->setText(label->text().isEmpty() ? message : label->text() + QLatin1Char('\n') + message);
    label->show();
}

void IncidentDialog::showErrors(const QList<ValidationError> &unsorted)
{
    // In the order of the form, so that focus goes to the first problem a reader meets.
    static const QStringList order = {
        QStringLiteral("title"),          QStringLiteral("occurredOn"),        QStringLiteral("discoveredOn"),
        QStringLiteral("cnilNotifiedOn"), QStringLiteral("madePublicOn"),      QStringLiteral("claims.claimant"),
        QStringLiteral("claims.people"),  QStringLiteral("claims.categories"), QStringLiteral("consequences.people")};
    auto rank = [](const ValidationError &error) {
        const qsizetype index = order.indexOf(error.field);
        const qsizetype fieldRank = index < 0 ? order.size() : index;
        // Claims are reported row by row.
        return error.field.startsWith(QLatin1String("claims.")) ? 5 * 1000 + error.claimIndex * 10 + fieldRank
                                                                : fieldRank * 1000 + std::max(0, error.claimIndex);
    };
    QList<ValidationError> errors = unsorted;
    std::stable_sort(errors.begin(), errors.end(),
                     [&](const ValidationError &a, const ValidationError &b) { return rank(a) < rank(b); });

    const QHash<QString, std::pair<QWidget *, QLabel *>> fields = {
        {QStringLiteral("title"), {m_ui->titleLineEdit, m_ui->titleErrorLabel}},
        {QStringLiteral("occurredOn"), {m_ui->occurredOnLineEdit, m_ui->occurredOnErrorLabel}},
        {QStringLiteral("discoveredOn"), {m_ui->discoveredOnLineEdit, m_ui->discoveredOnErrorLabel}},
        {QStringLiteral("cnilNotifiedOn"), {m_ui->cnilNotifiedOnLineEdit, m_ui->cnilNotifiedOnErrorLabel}},
        {QStringLiteral("madePublicOn"), {m_ui->madePublicOnLineEdit, m_ui->madePublicOnErrorLabel}},
    };
    const QHash<QString, int> claimColumns = {
        {QStringLiteral("claims.claimant"), ClaimantColumn},
        {QStringLiteral("claims.people"), PeopleColumn},
        {QStringLiteral("claims.categories"), CategoriesColumn},
    };
    const QColor errorBackground(255, 205, 210);
    std::function<void()> focusFirst;
    QStringList unplaced;
    for (const ValidationError &error : errors) {
        QWidget *tab = nullptr;
        std::function<void()> focus;
        if (const auto field = fields.constFind(error.field); field != fields.cend()) {
            markField(field->first, field->second, error.message);
            tab = m_ui->generalTab;
            QWidget *widget = field->first;
            focus = [widget] { widget->setFocus(Qt::OtherFocusReason); };
        } else if (claimColumns.contains(error.field) && error.claimIndex >= 0
                   && error.claimIndex < m_ui->claimsTableWidget->rowCount()) {
            const int row = error.claimIndex;
            const int column = claimColumns.value(error.field);
            QTableWidgetItem *item = m_ui->claimsTableWidget->item(row, column);
            item->setBackground(errorBackground);
            item->setToolTip(error.message);
            item->setData(kErrorRole, true);
            m_ui->claimsErrorLabel->setText(m_ui->claimsErrorLabel->text().isEmpty()
                                                ? error.message
                                                : m_ui->claimsErrorLabel->text() + QLatin1Char('\n') + error.message);
            m_ui->claimsErrorLabel->show();
            tab = m_ui->claimsTab;
            QTableWidget *table = m_ui->claimsTableWidget;
            QListWidget *list = m_ui->claimCategoriesListWidget;
            const bool categories = column == CategoriesColumn;
            focus = [table, list, row, column, categories] {
                table->setCurrentCell(row, column);
                if (categories)
                    list->setFocus(Qt::OtherFocusReason);
                else
                    table->setFocus(Qt::OtherFocusReason);
            };
        } else if (error.field == QLatin1String("consequences.people") && error.claimIndex >= 0
                   && error.claimIndex < m_ui->consequencesTableWidget->rowCount()) {
            QTableWidgetItem *item = m_ui->consequencesTableWidget->item(error.claimIndex, ConsequencePeopleColumn);
            item->setBackground(errorBackground);
            item->setToolTip(error.message);
            item->setData(kErrorRole, true);
            m_ui->consequencesErrorLabel->setText(m_ui->consequencesErrorLabel->text().isEmpty()
                                                      ? error.message
                                                      : m_ui->consequencesErrorLabel->text() + QLatin1Char('\n')
                                                          + error.message);
            m_ui->consequencesErrorLabel->show();
            tab = m_ui->sourcesTab;
            QTableWidget *table = m_ui->consequencesTableWidget;
            const int row = error.claimIndex;
            focus = [table, row] {
                table->setCurrentCell(row, ConsequencePeopleColumn);
                table->setFocus(Qt::OtherFocusReason);
            };
        } else {
            unplaced << error.message;
        }
        if (tab) {
            m_ui->tabWidget->tabBar()->setTabTextColor(m_ui->tabWidget->indexOf(tab),
                                                       QColor(QLatin1String(kErrorColour)));
            if (!focusFirst) {
                focusFirst = [this, tab, focus] {
                    m_ui->tabWidget->setCurrentWidget(tab);
                    focus();
                };
            }
        }
    }
    QString summary
        = tr("%n problem(s) to fix: see the fields marked in red. Nothing was saved.", nullptr, int(errors.size()));
    if (!unplaced.isEmpty())
        summary += QLatin1Char('\n') + unplaced.join(QLatin1Char('\n'));
    showClaimCategories();
    m_ui->summaryErrorLabel->setText(summary);
    m_ui->summaryErrorLabel->show();
    if (focusFirst)
        focusFirst();
}

void IncidentDialog::selectCombo(QComboBox *combo, RowId id) const
{
    const int index = combo->findData(id);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

RowId IncidentDialog::comboId(const QComboBox *combo)
{
    return combo->currentData().toLongLong();
}

RowId IncidentDialog::cellComboId(const QTableWidget *table, int row, int column)
{
    const auto *combo = qobject_cast<const QComboBox *>(table->cellWidget(row, column));
    return combo ? combo->currentData().toLongLong() : 0;
}

} // namespace vigie
