#include "subcontractordialog.h"

#include "citationseditor.h"
#include "core/identifiers.h"
#include "fielderrors.h"
#include "models/formatting.h"
#include "models/recordset.h"
#include "storage/repository.h"
#include "ui_subcontractordialog.h"

#include <QCompleter>
#include <QSet>

namespace vigie {

SubcontractorDialog::SubcontractorDialog(Repository &repository, std::shared_ptr<const RecordSet> records,
                                         const Organisation &organisation, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SubcontractorDialog>())
    , m_repository(repository)
    , m_records(std::move(records))
    , m_organisation(organisation)
{
    m_ui->setupUi(this);
    m_ui->identifierTypeComboBox->addItem(tr("none"), -1);
    for (IdentifierType type :
         {IdentifierType::Siren, IdentifierType::Siret, IdentifierType::Tva, IdentifierType::HorsUe})
        m_ui->identifierTypeComboBox->addItem(identifierTypeCode(type), int(type));
    m_ui->identifierLineEdit->setPlaceholderText(tr("e.g. 732 829 320 (SIREN) or 732 829 320 00074 (SIRET)"));
    m_ui->identifierLineEdit->setToolTip(
        tr("The SIREN of the company, or the SIRET of one establishment: imported contracts are linked by the "
           "SIREN, never by the name."));
    // An identifier typed with no type chosen: its shape says which, as for DECP files that omit it. A shape
    // that is none of SIREN, SIRET or TVA leaves the choice to the user.
    connect(m_ui->identifierLineEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_ui->identifierTypeComboBox->currentData().toInt() != -1)
            return;
        const IdentifierType type = guessIdentifierType(text);
        if (type != IdentifierType::HorsUe)
            m_ui->identifierTypeComboBox->setCurrentIndex(m_ui->identifierTypeComboBox->findData(int(type)));
    });
    m_ui->parentComboBox->setEditable(true);
    m_ui->parentComboBox->setInsertPolicy(QComboBox::NoInsert);
    m_ui->parentComboBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->parentComboBox->completer()->setFilterMode(Qt::MatchContains);
    m_ui->parentComboBox->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->parentComboBox->setToolTip(tr("The group this company belongs to, if it is a subsidiary: type to find it."));
    m_ui->watchedCheckBox->setToolTip(
        tr("Imports of public-contract open data flag the new contracts of this group and of its subsidiaries, "
           "and its contracts are shown on the Contracts page."));
    m_ui->notesPlainTextEdit->setMaximumHeight(m_ui->notesPlainTextEdit->fontMetrics().height() * 5);
    m_errors.setFields({{QStringLiteral("name"), m_ui->nameLineEdit, m_ui->nameErrorLabel},
                        {QStringLiteral("identifier"), m_ui->identifierLineEdit, m_ui->identifierErrorLabel},
                        {QStringLiteral("parent"), m_ui->parentComboBox, m_ui->parentErrorLabel}},
                       m_ui->summaryErrorLabel);
    m_ui->citationsEditor->setRepository(m_repository, m_records);
    m_ui->citationsEditor->setNewSourceToolTip(tr("Add a source to the database and cite it for this subcontractor"));
    m_ui->citationsEditor->setCitations(organisation.citations);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SubcontractorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SubcontractorDialog::reject);
    fillGroups();
    if (organisation.id != 0) {
        setWindowTitle(tr("Edit subcontractor"));
        m_ui->nameLineEdit->setText(organisation.name);
        m_ui->identifierTypeComboBox->setCurrentIndex(
            m_ui->identifierTypeComboBox->findData(organisation.idType ? int(*organisation.idType) : -1));
        m_ui->identifierLineEdit->setText(organisation.identifier);
        const int group = m_ui->parentComboBox->findData(organisation.parentId);
        m_ui->parentComboBox->setCurrentIndex(group < 0 ? 0 : group);
        m_ui->watchedCheckBox->setChecked(organisation.watched);
        m_ui->notesPlainTextEdit->setPlainText(organisation.notes);
    }
    resize(700, sizeHint().height());
}

SubcontractorDialog::~SubcontractorDialog() = default;

const QList<Source> &SubcontractorDialog::addedSources() const
{
    return m_ui->citationsEditor->addedSources();
}

// "(no group)", then every other subcontractor but the one edited and its own subsidiaries (a group cannot
// contain itself), named with their identifier when they have one: two companies may share a name.
void SubcontractorDialog::fillGroups()
{
    QComboBox *combo = m_ui->parentComboBox;
    combo->addItem(tr("(no group)"), RowId(0));
    if (!m_records)
        return;
    QSet<RowId> excluded;
    if (const RowId self = m_organisation.id; self != 0) {
        const QList<RowId> own = m_records->withSubsidiaries(self);
        excluded = QSet<RowId>(own.cbegin(), own.cend());
        excluded.insert(self);
    }
    for (const Organisation &o : m_records->subcontractors()) {
        if (!excluded.contains(o.id))
            combo->addItem(organisationChoiceText(o), o.id);
    }
    combo->setCurrentIndex(0);
}

Organisation SubcontractorDialog::organisationFromFields(QList<std::pair<QString, QString>> *errors) const
{
    Organisation o = m_organisation; // id and role as they were (a new one is a subcontractor)
    o.name = m_ui->nameLineEdit->text().trimmed();
    if (o.name.isEmpty())
        errors->append({QStringLiteral("name"), tr("The subcontractor needs a name.")});
    const int type = m_ui->identifierTypeComboBox->currentData().toInt();
    o.identifier = m_ui->identifierLineEdit->text().trimmed();
    o.idType.reset();
    if (type == -1) {
        if (!o.identifier.isEmpty())
            errors->append({QStringLiteral("identifier"),
                            tr("Choose what \"%1\" is: SIREN, SIRET, TVA or HORS-UE.").arg(o.identifier)});
    } else if (o.identifier.isEmpty()) {
        errors->append({QStringLiteral("identifier"),
                        tr("Type the %1, or choose \"none\".").arg(identifierTypeCode(IdentifierType(type)))});
    } else {
        o.idType = IdentifierType(type);
        if (const QString problem = identifierError(*o.idType, o.identifier); !problem.isEmpty())
            errors->append({QStringLiteral("identifier"), problem});
    }
    const QString group = m_ui->parentComboBox->currentText().trimmed();
    bool ambiguous = false;
    const RowId parentId = chosenItemId(m_ui->parentComboBox, &ambiguous);
    if (ambiguous) {
        errors->append({QStringLiteral("parent"),
                        tr("Several subcontractors are called \"%1\": choose the group in the list.").arg(group)});
    } else if (parentId != 0 || group.isEmpty() || group == m_ui->parentComboBox->itemText(0)) {
        o.parentId = parentId;
    } else {
        errors->append({QStringLiteral("parent"),
                        tr("No other subcontractor is called \"%1\": choose the group in the list.").arg(group)});
    }
    o.watched = m_ui->watchedCheckBox->isChecked();
    o.notes = m_ui->notesPlainTextEdit->toPlainText().trimmed();
    o.citations = m_ui->citationsEditor->citations();
    return o;
}

void SubcontractorDialog::accept()
{
    m_errors.clear();
    QList<std::pair<QString, QString>> errors;
    Organisation organisation = organisationFromFields(&errors);
    if (!m_errors.check(errors))
        return;
    if (!m_repository.saveOrganisation(organisation)) {
        m_errors.fail(tr("The subcontractor was not saved: %1").arg(m_repository.lastError()));
        return;
    }
    m_saved = organisation;
    QDialog::accept();
}

} // namespace vigie
