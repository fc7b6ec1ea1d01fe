#pragma once

#include "storage/decpimporter.h"

#include <QDialog>
#include <QElapsedTimer>

#include <memory>

class QTemporaryDir;

namespace Ui {
class DecpImportDialog;
}

namespace vigie {

class DecpImportWorker;

/// Runs a DECP import on a DecpImportWorker and follows it without blocking the window: a progress bar
/// (records, data read, time left) with Cancel, which leaves the database as it was; then a report
/// (per file: records read, new, merged, rejected; the report lines with the reason of each rejection)
/// that can be saved as CSV. Not modal: the main window stays browsable meanwhile.
class DecpImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum FileColumn {
        FileNameColumn,
        FormatColumn,
        ReadColumn,
        AcceptedColumn,
        MergedColumn,
        RejectedColumn,
        WarningsColumn,
        SkippedColumn,
        FileColumnCount
    };
    enum LineColumn {
        LineFileColumn,
        LineRecordColumn,
        LineOutcomeColumn,
        LineFieldColumn,
        LineContractColumn,
        LineMessageColumn,
        LineColumnCount
    };

    /// The report is always written (to a temporary file when `options` names none) so it can be saved.
    DecpImportDialog(const QString &databasePath, DecpImportOptions options, QWidget *parent = nullptr);
    ~DecpImportDialog() override;

    void start();
    bool isRunning() const;
    bool isFinished() const { return m_finished; }
    const DecpImportResult &result() const { return m_result; }
    /// Copies the report of the finished import to `path`, atomically.
    bool saveReport(const QString &path, QString *error) const;

    /// "about 2 min", "about 40 s": the rough estimate a progress dialog can honestly give.
    static QString remainingText(qint64 milliseconds);

public slots:
    /// Cancels a running import (nothing is kept); the dialog stays to say so.
    void cancelImport();
    void reject() override;

signals:
    /// After the worker finished, whatever the outcome; `result.changed` says whether to reload.
    void importFinished(const vigie::DecpImportResult &result);

private:
    void showProgress(const DecpImportProgress &progress);
    void showResult(const DecpImportResult &result);
    void fillLines();
    void chooseReportFile();

    std::unique_ptr<Ui::DecpImportDialog> m_ui;
    QString m_databasePath;
    DecpImportOptions m_options;
    std::unique_ptr<QTemporaryDir> m_reportDir;
    DecpImportWorker *m_worker = nullptr;
    DecpImportResult m_result;
    bool m_finished = false;
    bool m_cancelling = false;
};

} // namespace vigie
