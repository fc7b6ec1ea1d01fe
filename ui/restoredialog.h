#pragma once

#include "storage/backup.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RestoreDialog;
}

namespace vigie {

/// Tools > Restore from backup: lists the backups of a database (newest first, with their date, reason
/// and size) and shows what the selected one holds (backups::describe). OK only chooses; the caller
/// confirms and restores.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { DateColumn, ReasonColumn, SizeColumn, ColumnCount };

    explicit RestoreDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    int backupCount() const { return int(m_backups.size()); }
    /// The backup chosen, or nullptr.
    const BackupInfo *selectedBackup() const;

    /// "daily" -> "daily backup", translated.
    static QString reasonName(const QString &reason);

private:
    void showSelected();

    std::unique_ptr<Ui::RestoreDialog> m_ui;
    QList<BackupInfo> m_backups;
    QList<bool> m_readable;
};

} // namespace vigie
