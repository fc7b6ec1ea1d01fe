#include "restoredialog.h"

#include "ui_restoredialog.h"

#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace vigie {

RestoreDialog::RestoreDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RestoreDialog>())
    , m_backups(backups::list(databasePath))
{
    m_ui->setupUi(this);
    m_ui->helpLabel->setText(tr("Backups of %1, newest first. Restoring replaces the database with the backup "
                                "chosen; the database as it is now is backed up first, so a restore can itself "
                                "be undone.")
                                 .arg(QDir::toNativeSeparators(databasePath)));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Restore..."));
    QTableWidget *table = m_ui->backupsTableWidget;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Made on"), tr("Why"), tr("Size")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setRowCount(int(m_backups.size()));
    m_readable.fill(true, m_backups.size());
    const QLocale locale;
    for (int row = 0; row < m_backups.size(); ++row) {
        const BackupInfo &backup = m_backups.at(row);
        auto *date = new QTableWidgetItem(locale.toString(backup.created.toLocalTime(), QLocale::ShortFormat));
        date->setToolTip(QDir::toNativeSeparators(backup.path));
        table->setItem(row, DateColumn, date);
        table->setItem(row, ReasonColumn, new QTableWidgetItem(reasonName(backup.reason)));
        auto *size = new QTableWidgetItem(locale.formattedDataSize(backup.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, SizeColumn, size);
    }
    table->resizeColumnsToContents();
    table->setColumnWidth(DateColumn, table->columnWidth(DateColumn) + 24);
    table->setColumnWidth(ReasonColumn, std::max(table->columnWidth(ReasonColumn) + 24, 260));
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RestoreDialog::showSelected);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_backups.isEmpty()) {
        m_ui->descriptionLabel->setText(tr("This database has no backup yet. Use Tools > Back up now to make one."));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    } else {
        table->selectRow(0);
    }
    showSelected();
}

RestoreDialog::~RestoreDialog() = default;

const BackupInfo *RestoreDialog::selectedBackup() const
{
    const QModelIndexList rows = m_ui->backupsTableWidget->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = rows.constFirst().row();
    return row >= 0 && row < m_backups.size() ? &m_backups.at(row) : nullptr;
}

void RestoreDialog::showSelected()
{
    const BackupInfo *backup = selectedBackup();
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    if (!backup) {
        ok->setEnabled(false);
        if (!m_backups.isEmpty())
            m_ui->descriptionLabel->setText(tr("Choose a backup to see what it holds."));
        return;
    }
    QString error;
    const QString description = backups::describe(backup->path, &error);
    const bool readable = !description.isEmpty();
    m_ui->descriptionLabel->setText(readable ? description
                                             : tr("This backup cannot be read and cannot be restored: %1").arg(error));
    ok->setEnabled(readable);
}

QString RestoreDialog::reasonName(const QString &reason)
{
    if (reason == QLatin1String("migration"))
        return tr("before a schema upgrade");
    if (reason == QLatin1String("import"))
        return tr("before an import");
    if (reason == QLatin1String("daily"))
        return tr("daily");
    if (reason == QLatin1String("manual"))
        return tr("made by hand");
    if (reason == QLatin1String("before-restore"))
        return tr("before a restore");
    return reason;
}

} // namespace vigie
