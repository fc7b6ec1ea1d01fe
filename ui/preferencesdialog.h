#pragma once

#include "storage/records.h"

#include <QDialog>

#include <memory>

class QSpinBox;

namespace Ui {
class PreferencesDialog;
}

namespace vigie {

class Repository;

/// Edit > Preferences: the union's name under exported charts, the backups (daily or not, how many kept)
/// and the sensitivity weight of each category of personal data. OK writes the settings, then the
/// changed weights through Repository::setCategoryWeight; without a writable repository the weights are
/// shown read-only.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    enum WeightTableColumn { CategoryColumn, WeightColumn, DescriptionColumn, WeightColumnCount };

    PreferencesDialog(Repository *repository, const QList<DataCategory> &categories, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    /// The folder backups go to, shown as a hint; empty when no database is open.
    void setBackupDirectory(const QString &directory);
    /// The spin box of a category's weight, by its code ("nir").
    QSpinBox *weightSpinBox(const QString &code) const;
    /// True once OK changed at least one weight.
    bool weightsChanged() const { return m_weightsChanged; }

    void accept() override;

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    Repository *m_repository;
    QList<DataCategory> m_categories;
    QList<QSpinBox *> m_weightSpinBoxes;
    bool m_weightsChanged = false;
};

} // namespace vigie
