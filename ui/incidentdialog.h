#pragma once

#include "storage/records.h"

#include <QDate>
#include <QDialog>
#include <QHash>

#include <memory>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Ui {
class IncidentDialog;
}

namespace vigie {

class RecordSet;
class Repository;

/// Adds or edits an incident with its claims, consequences and cited sources. OK validates
/// (validateIncident plus what the fields themselves can tell: a date or a count that does not
/// parse); each problem is shown at its field and the dialog stays open. A valid incident is saved
/// through Repository::saveIncident, in one transaction.
class IncidentDialog : public QDialog
{
    Q_OBJECT

public:
    enum ClaimColumn {
        ClaimantColumn,
        OfficialColumn,
        PeopleColumn,
        CategoriesColumn,
        NoteColumn,
        ClaimSourceColumn,
        ClaimQuoteColumn,
        ClaimColumnCount
    };
    enum ConsequenceColumn {
        KindColumn,
        DescriptionColumn,
        ConsequencePeopleColumn,
        ConsequenceSourceColumn,
        ConsequenceQuoteColumn,
        ConsequenceColumnCount
    };

    IncidentDialog(Repository &repository, std::shared_ptr<const RecordSet> records, QWidget *parent = nullptr);
    ~IncidentDialog() override;

    /// Fills the dialog to edit a stored incident.
    void setIncident(const Incident &incident);
    /// Pre-fills a new incident from where it was asked for (a subcontractor's or a contract's row).
    void setContext(RowId subcontractorId, RowId contractId);
    /// "Today" for the rule that dates cannot be in the future; tests fix it.
    void setToday(QDate today) { m_today = today; }

    /// The incident as the fields describe it; `errors` receives what the fields cannot hold
    /// (a date or a number that does not parse).
    Incident incidentFromFields(QList<ValidationError> *errors) const;
    /// Id of the incident saved by OK, 0 before.
    RowId savedIncidentId() const { return m_savedId; }
    /// Sources added from this dialog ("New source..."); they are saved even when the dialog is cancelled.
    const QList<Source> &addedSources() const { return m_addedSources; }

    void accept() override;

private:
    void fillChoices();
    void setupTables();
    int addClaimRow(const Claim &claim);
    int addConsequenceRow(const Consequence &consequence);
    QComboBox *sourceComboBox(RowId selected, bool allowNone) const;
    /// Opens the source dialog; on OK adds the new source to every source list. Returns its id, 0 when cancelled.
    RowId newSource();
    QList<Source> allSources() const;
    void showClaimCategories();
    void claimCategoryChanged();
    void updateClaimCategoriesCell(int row);
    void contractChosen();
    void taskChosen();
    void clearErrors();
    void showErrors(const QList<ValidationError> &errors);
    void markField(QWidget *field, QLabel *label, const QString &message);
    void selectCombo(QComboBox *combo, RowId id) const;
    static RowId comboId(const QComboBox *combo);
    static RowId cellComboId(const QTableWidget *table, int row, int column);

    std::unique_ptr<Ui::IncidentDialog> m_ui;
    Repository &m_repository;
    std::shared_ptr<const RecordSet> m_records;
    Incident m_incident; // what is edited: fields the dialog does not show are kept as they were
    QDate m_today = QDate::currentDate();
    RowId m_savedId = 0;
    bool m_updatingCategories = false;
    QList<QWidget *> m_markedFields;
    QList<Source> m_addedSources;
};

} // namespace vigie
