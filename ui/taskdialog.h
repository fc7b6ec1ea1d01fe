#pragma once

#include "fielderrors.h"
#include "storage/records.h"

#include <QDialog>

#include <memory>

class QLabel;

namespace Ui {
class TaskDialog;
}

namespace vigie {

class RecordSet;
class Repository;

/// Adds or edits a delegated task: what a subcontractor does (title, description), under which contract,
/// by which channel, from when to when, which categories of personal data it touches, notes, and the
/// sources that say so. OK checks that there is a title and a subcontractor, that the dates are dates and
/// in order; each problem shows at its field and nothing is saved. A new source can be added from here (it
/// is saved even if the dialog is then cancelled).
class TaskDialog : public QDialog
{
    Q_OBJECT

public:
    /// Adds a task, or edits `task` when it has an id. A new task may come with its subcontractor (or
    /// contract) chosen already.
    TaskDialog(Repository &repository, std::shared_ptr<const RecordSet> records, const Task &task = Task(),
               QWidget *parent = nullptr);
    ~TaskDialog() override;

    /// The task as the fields describe it, and what is wrong with it (field name, message).
    Task taskFromFields(QList<std::pair<QString, QString>> *errors) const;
    /// The saved task (with its id) once OK succeeded.
    const Task &savedTask() const { return m_saved; }

    /// Sources added from this dialog ("New source..."); they are saved even when the dialog is cancelled.
    const QList<Source> &addedSources() const;

    void accept() override;

private:
    /// The contracts of the chosen subcontractor and its subsidiaries, `selected` chosen if it is one of them
    /// (or, with `keepSelected`, in any case: the task's own contract as it is stored).
    void fillContracts(RowId selected, bool keepSelected);
    RowId chosenSubcontractor(bool *ambiguous = nullptr) const;

    std::unique_ptr<Ui::TaskDialog> m_ui;
    Repository &m_repository;
    std::shared_ptr<const RecordSet> m_records;
    const Task m_task;
    Task m_saved;
    FormErrors m_errors;
};

} // namespace vigie
