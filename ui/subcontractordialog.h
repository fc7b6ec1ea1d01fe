#pragma once

#include "fielderrors.h"
#include "storage/records.h"

#include <QDialog>

#include <memory>

class QLabel;

namespace Ui {
class SubcontractorDialog;
}

namespace vigie {

class RecordSet;
class Repository;

/// Adds or edits a subcontractor: name, identifier (SIREN, SIRET, TVA or HORS-UE), parent group, the
/// watch list and notes. OK checks that there is a name and that the identifier is valid (check digits
/// included); each problem shows at its field and nothing is saved. What the repository refuses (an
/// identifier that is another organisation's, a group that would contain itself) shows under the form.
/// Saving a SIREN makes the establishments an import already made under it the subcontractor's
/// subsidiaries (Repository::saveOrganisation). Its sources are cited with their passages, and a new
/// source can be added from here (it is saved even if the dialog is then cancelled, as from the incident
/// dialog).
class SubcontractorDialog : public QDialog
{
    Q_OBJECT

public:
    /// Adds a subcontractor, or edits `organisation` when it has an id.
    SubcontractorDialog(Repository &repository, std::shared_ptr<const RecordSet> records,
                        const Organisation &organisation = Organisation(), QWidget *parent = nullptr);
    ~SubcontractorDialog() override;

    /// The subcontractor as the fields describe it, and what is wrong with it (field name, message).
    Organisation organisationFromFields(QList<std::pair<QString, QString>> *errors) const;
    /// The saved subcontractor (with its id) once OK succeeded.
    const Organisation &savedOrganisation() const { return m_saved; }

    /// Sources added from this dialog ("New source..."); they are saved even when the dialog is cancelled.
    const QList<Source> &addedSources() const;

    void accept() override;

private:
    void fillGroups();

    std::unique_ptr<Ui::SubcontractorDialog> m_ui;
    Repository &m_repository;
    std::shared_ptr<const RecordSet> m_records;
    const Organisation m_organisation; // what is edited: id and role kept as they are
    Organisation m_saved;
    FormErrors m_errors;
};

} // namespace vigie
