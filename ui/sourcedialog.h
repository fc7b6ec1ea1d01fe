#pragma once

#include "fielderrors.h"
#include "storage/records.h"

#include <QDate>
#include <QDialog>

#include <memory>

class QLabel;

namespace Ui {
class SourceDialog;
}

namespace vigie {

class Repository;

/// Adds a source, or edits one (setSource): title, publisher, kind, publication date (year, month or day), web address,
/// file reference, date retrieved and notes. OK checks that there is a title, that dates are real and not in the
/// future, that it was not retrieved before it was published and that the web address is one; each problem shows at its
/// field and nothing is saved. A valid source is saved through Repository::saveSource.
class SourceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SourceDialog(Repository &repository, QWidget *parent = nullptr);
    ~SourceDialog() override;

    /// "Today" for the rule that dates cannot be in the future; tests fix it.
    void setToday(QDate today);
    /// Edits `source` (its id is kept) rather than adding one.
    void setSource(const Source &source);

    /// The source as the fields describe it, and what is wrong with it (field name, message).
    Source sourceFromFields(QList<std::pair<QString, QString>> *errors) const;
    /// The saved source (with its id) once OK succeeded.
    const Source &savedSource() const { return m_saved; }

    void accept() override;

private:
    void browseFile();

    std::unique_ptr<Ui::SourceDialog> m_ui;
    Repository &m_repository;
    QDate m_today = QDate::currentDate();
    Source m_source; // what is edited: its id is kept; a new one has none
    Source m_saved;
    FormErrors m_errors;
};

} // namespace vigie
