#include "taskdialog.h"

#include "citationseditor.h"
#include "fielderrors.h"
#include "models/formatting.h"
#include "models/recordset.h"
#include "storage/repository.h"
#include "ui_taskdialog.h"

#include <QCompleter>
#include <QListWidget>

namespace vigie {

TaskDialog::TaskDialog(Repository &repository, std::shared_ptr<const RecordSet> records, const Task &task,
                       QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TaskDialog>())
    , m_repository(repository)
    , m_records(std::move(records))
    , m_task(task)
{
    m_ui->setupUi(this);
    if (task.id != 0)
        setWindowTitle(tr("Edit delegated task"));
    m_ui->titleLineEdit->setPlaceholderText(tr("e.g. Phone reception on the 39 49"));

    // Subcontractors: tens of thousands after a national import, so typed and completed rather than scrolled.
    QComboBox *subcontractor = m_ui->subcontractorComboBox;
    subcontractor->setEditable(true);
    subcontractor->setInsertPolicy(QComboBox::NoInsert);
    subcontractor->completer()->setCompletionMode(QCompleter::PopupCompletion);
    subcontractor->completer()->setFilterMode(Qt::MatchContains);
    subcontractor->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    subcontractor->addItem(QString(), RowId(0));
    if (m_records) {
        for (const Organisation &o : m_records->subcontractors())
            subcontractor->addItem(organisationChoiceText(o), o.id);
        // A task of an organisation that is not (or no longer) a subcontractor keeps it.
        const Organisation *own = m_records->organisation(task.subcontractorId);
        if (own && subcontractor->findData(own->id) < 0)
            subcontractor->addItem(organisationChoiceText(*own), own->id);
    }
    subcontractor->setCurrentIndex(std::max(0, subcontractor->findData(task.subcontractorId)));
    subcontractor->setToolTip(tr("Who does the work: type to find the subcontractor."));
    subcontractor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    subcontractor->setMinimumContentsLength(40);
    // Another subcontractor: its contracts; the one chosen stays only if it is one of them.
    connect(subcontractor, &QComboBox::currentIndexChanged, this,
            [this] { fillContracts(m_ui->contractComboBox->currentData().toLongLong(), false); });
    m_ui->contractComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->contractComboBox->setMinimumContentsLength(40);
    m_ui->contractComboBox->setToolTip(tr("The public contract the work is done under, among the subcontractor's."));
    fillContracts(task.contractId, true);

    m_ui->channelComboBox->addItem(unknownText(), QString());
    for (const QString &code : codes::channels)
        m_ui->channelComboBox->addItem(channelName(code), code);
    m_ui->channelComboBox->setCurrentIndex(std::max(0, m_ui->channelComboBox->findData(task.channel)));

    const QString datePlaceholder = tr("unknown — DD/MM/YYYY, MM/YYYY or YYYY");
    for (QLineEdit *edit : {m_ui->startedOnLineEdit, m_ui->endedOnLineEdit}) {
        edit->setPlaceholderText(datePlaceholder);
        edit->setToolTip(tr("As precisely as the source gives it: 01/10/2021, 10/2021 or 2021. Leave it empty when "
                            "nobody knows; a date to come is allowed (a contract that runs until then)."));
        edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(datePlaceholder) + 40);
    }
    m_ui->startedOnLineEdit->setText(dateFieldText(task.startedOn));
    m_ui->endedOnLineEdit->setText(dateFieldText(task.endedOn));

    if (m_records) {
        for (const DataCategory &category : m_records->dataCategories()) {
            auto *item = new QListWidgetItem(category.name, m_ui->categoriesListWidget);
            item->setData(Qt::UserRole, category.id);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            item->setCheckState(task.categoryIds.contains(category.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_ui->categoriesListWidget->setToolTip(
        tr("Tick what the work gives the subcontractor access to. None ticked: nobody said which data."));
    // Every category in sight (a dozen), so that none is missed.
    QListWidget *categories = m_ui->categoriesListWidget;
    const int rows = std::min(int(categories->count()), 14);
    categories->setMinimumHeight(rows * categories->sizeHintForRow(0) + 2 * categories->frameWidth());
    m_ui->titleLineEdit->setText(task.title);
    m_ui->descriptionPlainTextEdit->setPlainText(task.description);
    m_ui->notesPlainTextEdit->setPlainText(task.notes);
    for (QPlainTextEdit *edit : {m_ui->descriptionPlainTextEdit, m_ui->notesPlainTextEdit})
        edit->setMaximumHeight(edit->fontMetrics().height() * 4);

    m_ui->citationsEditor->setRepository(m_repository, m_records);
    m_ui->citationsEditor->setNewSourceToolTip(tr("Add a source to the database and cite it for this task"));
    m_ui->citationsEditor->setCitations(task.citations);

    m_errors.setFields({{QStringLiteral("title"), m_ui->titleLineEdit, m_ui->titleErrorLabel},
                        {QStringLiteral("subcontractor"), m_ui->subcontractorComboBox, m_ui->subcontractorErrorLabel},
                        {QStringLiteral("startedOn"), m_ui->startedOnLineEdit, m_ui->startedOnErrorLabel},
                        {QStringLiteral("endedOn"), m_ui->endedOnLineEdit, m_ui->endedOnErrorLabel}},
                       m_ui->summaryErrorLabel);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TaskDialog::reject);
    resize(760, sizeHint().height());
}

TaskDialog::~TaskDialog() = default;

RowId TaskDialog::chosenSubcontractor(bool *ambiguous) const
{
    return chosenItemId(m_ui->subcontractorComboBox, ambiguous);
}

void TaskDialog::fillContracts(RowId selected, bool keepSelected)
{
    QComboBox *combo = m_ui->contractComboBox;
    combo->clear();
    combo->addItem(tr("none or unknown"), RowId(0));
    const RowId subcontractor = chosenSubcontractor();
    QList<const Contract *> contracts;
    if (m_records && subcontractor != 0)
        contracts = m_records->contractsOf(subcontractor);
    if (m_records && selected != 0 && keepSelected) {
        const Contract *kept = m_records->contract(selected);
        if (kept && !contracts.contains(kept))
            contracts << kept;
    }
    for (const Contract *contract : std::as_const(contracts)) {
        const QString object
            = contract->object.size() > 60 ? contract->object.left(59) + QChar(0x2026) : contract->object;
        combo->addItem(object.isEmpty() ? contract->reference : tr("%1 — %2").arg(contract->reference, object),
                       contract->id);
        combo->setItemData(combo->count() - 1, contract->object, Qt::ToolTipRole);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(selected)));
}

const QList<Source> &TaskDialog::addedSources() const
{
    return m_ui->citationsEditor->addedSources();
}

Task TaskDialog::taskFromFields(QList<std::pair<QString, QString>> *errors) const
{
    Task task = m_task;
    task.title = m_ui->titleLineEdit->text().trimmed();
    if (task.title.isEmpty())
        errors->append({QStringLiteral("title"), tr("The task needs a title: what the subcontractor does.")});
    const QString subcontractor = m_ui->subcontractorComboBox->currentText().trimmed();
    bool ambiguous = false;
    task.subcontractorId = chosenSubcontractor(&ambiguous);
    if (subcontractor.isEmpty())
        errors->append({QStringLiteral("subcontractor"), tr("Choose the subcontractor that does the work.")});
    else if (ambiguous)
        errors->append({QStringLiteral("subcontractor"),
                        tr("Several subcontractors are called \"%1\": choose one in the list.").arg(subcontractor)});
    else if (task.subcontractorId == 0)
        errors->append({QStringLiteral("subcontractor"),
                        tr("No subcontractor is called \"%1\": choose one in the list.").arg(subcontractor)});
    task.contractId = m_ui->contractComboBox->currentData().toLongLong();
    task.channel = m_ui->channelComboBox->currentData().toString();

    const std::tuple<QLineEdit *, const char *, PartialDate Task::*> dates[] = {
        {m_ui->startedOnLineEdit, "startedOn", &Task::startedOn},
        {m_ui->endedOnLineEdit, "endedOn", &Task::endedOn},
    };
    bool datesRead = true;
    for (const auto &[edit, field, member] : dates) {
        QString error;
        const auto date = parseDateInput(edit->text(), &error);
        task.*member = date.value_or(PartialDate());
        if (!date) {
            errors->append({QString::fromLatin1(field), error});
            datesRead = false;
        }
    }
    if (datesRead && task.startedOn.isCertainlyAfter(task.endedOn))
        errors->append({QStringLiteral("endedOn"),
                        tr("The task ends (%1) before it starts (%2).")
                            .arg(formatDate(task.endedOn), formatDate(task.startedOn))});

    task.categoryIds.clear();
    for (int row = 0; row < m_ui->categoriesListWidget->count(); ++row) {
        const QListWidgetItem *item = m_ui->categoriesListWidget->item(row);
        if (item->checkState() == Qt::Checked)
            task.categoryIds << item->data(Qt::UserRole).toLongLong();
    }
    task.description = m_ui->descriptionPlainTextEdit->toPlainText().trimmed();
    task.notes = m_ui->notesPlainTextEdit->toPlainText().trimmed();
    task.citations = m_ui->citationsEditor->citations();
    return task;
}

void TaskDialog::accept()
{
    m_errors.clear();
    QList<std::pair<QString, QString>> errors;
    Task task = taskFromFields(&errors);
    if (!m_errors.check(errors))
        return;
    if (!m_repository.saveTask(task)) {
        m_errors.fail(tr("The task was not saved: %1").arg(m_repository.lastError()));
        return;
    }
    m_saved = task;
    QDialog::accept();
}

} // namespace vigie
