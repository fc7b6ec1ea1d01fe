#include "preferencesdialog.h"

#include "operations/backuppolicy.h"
#include "preferences.h"
#include "storage/repository.h"
#include "ui_preferencesdialog.h"

#include <QDir>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace vigie {

PreferencesDialog::PreferencesDialog(Repository *repository, const QList<DataCategory> &categories, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_repository(repository)
    , m_categories(categories)
{
    m_ui->setupUi(this);
    m_ui->unionNameLineEdit->setText(preferences::unionName());
    const BackupPolicy policy = BackupPolicy::load();
    m_ui->dailyBackupCheckBox->setChecked(policy.daily);
    m_ui->dailyBackupCheckBox->setToolTip(
        tr("At most one backup a day, taken when the database is opened and checked every hour while it stays open"));
    m_ui->backupsToKeepSpinBox->setRange(1, BackupPolicy::kMaxKeep);
    m_ui->backupsToKeepSpinBox->setValue(policy.keep);
    m_ui->backupsToKeepSpinBox->setSuffix(tr(" backups"));
    m_ui->backupsToKeepSpinBox->setToolTip(
        tr("Daily, manual, before-import and before-upgrade backups together; the oldest go first"));
    m_ui->backupHelpLabel->hide();
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_ui->errorLabel->hide();

    QTableWidget *table = m_ui->weightsTableWidget;
    table->setColumnCount(WeightColumnCount);
    table->setHorizontalHeaderLabels({tr("Personal data"), tr("Weight"), tr("Description")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setRowCount(int(m_categories.size()));
    const bool editable = m_repository != nullptr;
    for (int row = 0; row < m_categories.size(); ++row) {
        const DataCategory &category = m_categories.at(row);
        auto *name = new QTableWidgetItem(category.name);
        name->setToolTip(category.description.isEmpty() ? category.name : category.description);
        table->setItem(row, CategoryColumn, name);
        auto *spin = new QSpinBox;
        spin->setObjectName(QStringLiteral("weightSpinBox_") + category.code);
        spin->setRange(0, 100);
        spin->setValue(category.weight);
        spin->setEnabled(editable);
        spin->setFrame(false);
        spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        spin->setAccessibleName(tr("Weight of %1").arg(category.name));
        table->setCellWidget(row, WeightColumn, spin);
        m_weightSpinBoxes << spin;
        table->setItem(row, DescriptionColumn, new QTableWidgetItem(category.description));
    }
    table->resizeColumnToContents(CategoryColumn);
    table->setColumnWidth(WeightColumn, table->fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 50);
    // Descriptions are optional: without any, the names take the room.
    const bool described = std::any_of(m_categories.cbegin(), m_categories.cend(),
                                       [](const DataCategory &category) { return !category.description.isEmpty(); });
    table->setColumnHidden(DescriptionColumn, !described);
    table->horizontalHeader()->setSectionResizeMode(WeightColumn, QHeaderView::Fixed);
    table->horizontalHeader()->setSectionResizeMode(described ? DescriptionColumn : CategoryColumn,
                                                    QHeaderView::Stretch);
    if (!editable)
        m_ui->weightsGroupBox->setToolTip(tr("The database is read-only: its weights cannot be changed."));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::setBackupDirectory(const QString &directory)
{
    m_ui->backupHelpLabel->setText(
        tr("Backups of the open database go to %1").arg(QDir::toNativeSeparators(directory)));
    m_ui->backupHelpLabel->setVisible(!directory.isEmpty());
}

QSpinBox *PreferencesDialog::weightSpinBox(const QString &code) const
{
    for (int row = 0; row < m_categories.size(); ++row) {
        if (m_categories.at(row).code == code)
            return m_weightSpinBoxes.at(row);
    }
    return nullptr;
}

void PreferencesDialog::accept()
{
    m_ui->errorLabel->hide();
    if (m_repository) {
        for (int row = 0; row < m_categories.size(); ++row) {
            DataCategory &category = m_categories[row];
            const int weight = m_weightSpinBoxes.at(row)->value();
            if (weight == category.weight)
                continue;
            if (!m_repository->setCategoryWeight(category.id, weight)) {
                // The weights written so far stay written (each is whole); say which one failed and stay open.
                m_ui->errorLabel->setText(
                    tr("The weight of %1 was not saved: %2").arg(category.name, m_repository->lastError()));
                m_ui->errorLabel->show();
                m_ui->weightsTableWidget->setCurrentCell(row, WeightColumn);
                m_weightSpinBoxes.at(row)->setFocus(Qt::OtherFocusReason);
                return;
            }
            category.weight = weight;
            m_weightsChanged = true;
        }
    }
    preferences::setUnionName(m_ui->unionNameLineEdit->text());
    BackupPolicy policy;
    policy.daily = m_ui->dailyBackupCheckBox->isChecked();
    policy.keep = m_ui->backupsToKeepSpinBox->value();
    policy.save();
    QDialog::accept();
}

} // namespace vigie
