#pragma once

#include "storage/history.h"

#include <QDialog>
#include <QSqlDatabase>

class QPushButton;
class QTableWidget;

namespace vigie {

/// Lists the deleted incidents the history keeps (title, when, by whom) and brings the chosen one back,
/// with its claims, consequences and sources, through history::restoreIncident.
class DeletedIncidentsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DeletedIncidentsDialog(const QSqlDatabase &db, QWidget *parent = nullptr);

    /// Reads the list again from the database.
    void refresh();

signals:
    /// An incident was brought back under its former id.
    void incidentRestored(qint64 id);

private:
    void bringBack();
    void updateButtons();

    QSqlDatabase m_db;
    QList<history::Entry> m_entries;
    QTableWidget *m_table = nullptr;
    QPushButton *m_bringBack = nullptr;
};

} // namespace vigie
