#include "deletedincidentsdialog.h"

#include "models/formatting.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie {

DeletedIncidentsDialog::DeletedIncidentsDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Deleted incidents"));
    auto *label = new QLabel(tr("Incidents deleted in Vigie. Bringing one back restores it with its claims, "
                                "consequences and sources."));
    label->setWordWrap(true);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("deletedIncidentsTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Deleted"), tr("By")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DeletedIncidentsDialog::updateButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_bringBack = buttons->addButton(tr("&Bring back"), QDialogButtonBox::ActionRole);
    m_bringBack->setObjectName(QStringLiteral("bringBackPushButton"));
    connect(m_bringBack, &QPushButton::clicked, this, &DeletedIncidentsDialog::bringBack);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(640, 360);
    refresh();
}

void DeletedIncidentsDialog::refresh()
{
    QString error;
    m_entries = history::deletedRecords(m_db, QStringLiteral("incidents"), &error);
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const history::Entry &entry = m_entries.at(row);
        const QString title = entry.oldValues.value(QStringLiteral("title")).toString();
        m_table->setItem(row, 0, new QTableWidgetItem(title.isEmpty() ? unknownText() : title));
        m_table->setItem(row, 1,
                         new QTableWidgetItem(QLocale().toString(entry.changedAt.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, 2, new QTableWidgetItem(entry.changedBy.isEmpty() ? unknownText() : entry.changedBy));
    }
    if (!error.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Deleted incidents"), tr("Cannot read the history: %1").arg(error),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("historyErrorMessageBox"));
        box.exec();
    }
    updateButtons();
}

void DeletedIncidentsDialog::updateButtons()
{
    m_bringBack->setEnabled(m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty());
}

void DeletedIncidentsDialog::bringBack()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    QStringList notes;
    QString error;
    const qint64 id = history::restoreIncident(m_db, m_entries.at(row).id, &notes, &error);
    if (id == 0) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot bring the incident back"), error, QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("restoreIncidentErrorMessageBox"));
        box.setInformativeText(tr("The database was left as it was."));
        box.exec();
        return;
    }
    emit incidentRestored(id);
    refresh();
    if (!notes.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Incident brought back"),
                        tr("The incident is back, except for links to records deleted since:"), QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("restoreNotesMessageBox"));
        box.setInformativeText(notes.join(QLatin1Char('\n')));
        box.exec();
    }
}

} // namespace vigie
