#include "decpimportdialog.h"

#include "operations/decpimportworker.h"
#include "ui_decpimportdialog.h"

#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace vigie {

namespace {

QString outcomeName(const QString &outcome)
{
    if (outcome == QLatin1String("rejected"))
        return DecpImportDialog::tr("rejected");
    if (outcome == QLatin1String("merged"))
        return DecpImportDialog::tr("merged");
    if (outcome == QLatin1String("warning"))
        return DecpImportDialog::tr("warning");
    if (outcome == QLatin1String("watched"))
        return DecpImportDialog::tr("watched group");
    if (outcome == QLatin1String("skipped"))
        return DecpImportDialog::tr("skipped");
    if (outcome == QLatin1String("error"))
        return DecpImportDialog::tr("error");
    return outcome;
}

QTableWidgetItem *numberItem(qint64 value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

DecpImportDialog::DecpImportDialog(const QString &databasePath, DecpImportOptions options, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DecpImportDialog>())
    , m_databasePath(databasePath)
    , m_options(std::move(options))
{
    m_ui->setupUi(this);
    setModal(false);
    if (m_options.reportPath.isEmpty()) {
        m_reportDir = std::make_unique<QTemporaryDir>();
        if (m_reportDir->isValid())
            m_options.reportPath = m_reportDir->filePath(QStringLiteral("report.csv"));
    }
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->progressPage);
    m_ui->saveReportPushButton->hide();
    m_ui->closePushButton->hide();
    m_ui->recordsLabel->setText(QLocale().toString(0));
    m_ui->remainingLabel->setText(tr("estimating..."));
    QStringList names;
    for (const QString &file : std::as_const(m_options.files))
        names << QFileInfo(file).fileName();
    m_ui->statusLabel->setText(tr("Importing %1...").arg(names.join(QStringLiteral(", "))));
    QFont status = m_ui->statusLabel->font();
    status.setBold(true);
    m_ui->statusLabel->setFont(status);

    QTableWidget *files = m_ui->filesTableWidget;
    files->setColumnCount(FileColumnCount);
    files->setHorizontalHeaderLabels({tr("File"), tr("Format"), tr("Records read"), tr("New"), tr("Merged"),
                                      tr("Rejected"), tr("Warnings"), tr("Skipped")});
    files->horizontalHeaderItem(MergedColumn)
        ->setToolTip(
            tr("Contracts already known: same version, a newer version (updated, history kept) or an older one"));
    files->horizontalHeaderItem(WarningsColumn)->setToolTip(tr("Values read as unknown or flagged"));
    files->horizontalHeaderItem(SkippedColumn)->setToolTip(tr("Concessions, and contracts outside the filter"));
    files->verticalHeader()->hide();
    files->setFocusPolicy(Qt::NoFocus);
    files->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    files->horizontalHeader()->setSectionResizeMode(FileNameColumn, QHeaderView::Stretch);
    QTableWidget *lines = m_ui->linesTableWidget;
    lines->setColumnCount(LineColumnCount);
    lines->setHorizontalHeaderLabels(
        {tr("File"), tr("Record"), tr("Outcome"), tr("Field"), tr("Contract"), tr("What was wrong")});
    lines->verticalHeader()->hide();
    lines->horizontalHeader()->setStretchLastSection(true);
    lines->setWordWrap(false);

    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &DecpImportDialog::cancelImport);
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->saveReportPushButton, &QPushButton::clicked, this, &DecpImportDialog::chooseReportFile);
    connect(m_ui->rejectionsOnlyCheckBox, &QCheckBox::toggled, this, &DecpImportDialog::fillLines);
    resize(640, 250);
}

DecpImportDialog::~DecpImportDialog()
{
    // The worker's destructor cancels and waits: an import never outlives its dialog half-done.
    delete m_worker;
}

void DecpImportDialog::start()
{
    if (m_worker)
        return;
    m_worker = new DecpImportWorker(m_databasePath, m_options);
    connect(m_worker, &DecpImportWorker::progress, this, &DecpImportDialog::showProgress);
    connect(m_worker, &DecpImportWorker::finished, this, &DecpImportDialog::showResult);
    m_worker->start();
}

bool DecpImportDialog::isRunning() const
{
    return m_worker && !m_finished;
}

void DecpImportDialog::cancelImport()
{
    if (!isRunning() || m_cancelling)
        return;
    m_cancelling = true;
    m_worker->cancel();
    m_ui->cancelPushButton->setEnabled(false);
    m_ui->statusLabel->setText(tr("Cancelling: nothing of this import is kept..."));
}

void DecpImportDialog::reject()
{
    // Escape or the window's close button while importing means cancel; the dialog then says how it ended.
    if (isRunning()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

QString DecpImportDialog::remainingText(qint64 milliseconds)
{
    if (milliseconds < 0)
        return tr("estimating...");
    const qint64 seconds = (milliseconds + 999) / 1000;
    if (seconds < 5)
        return tr("a few seconds");
    if (seconds < 60)
        return tr("about %n second(s)", nullptr, int((seconds + 4) / 5 * 5));
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 90)
        return tr("about %n minute(s)", nullptr, int(minutes));
    return tr("about %n hour(s)", nullptr, int((minutes + 30) / 60));
}

void DecpImportDialog::showProgress(const DecpImportProgress &progress)
{
    if (m_finished)
        return;
    const QLocale locale;
    if (progress.bytesTotal > 0) {
        m_ui->progressBar->setValue(int(std::min<qint64>(1000, progress.bytesDone * 1000 / progress.bytesTotal)));
        m_ui->sizeLabel->setText(tr("%1 of %2")
                                     .arg(locale.formattedDataSize(progress.bytesDone, 1, QLocale::DataSizeSIFormat),
                                          locale.formattedDataSize(progress.bytesTotal, 1, QLocale::DataSizeSIFormat)));
    }
    m_ui->recordsLabel->setText(progress.fileCount > 1 ? tr("%1 (file %2 of %3: %4)")
                                                             .arg(locale.toString(progress.records))
                                                             .arg(progress.fileIndex + 1)
                                                             .arg(progress.fileCount)
                                                             .arg(progress.fileName)
                                                       : locale.toString(progress.records));
    if (progress.finishing) {
        m_ui->progressBar->setValue(1000);
        m_ui->remainingLabel->setText(tr("building the indexes and saving..."));
    } else {
        m_ui->remainingLabel->setText(remainingText(progress.remainingMs));
    }
}

void DecpImportDialog::showResult(const DecpImportResult &result)
{
    m_result = result;
    m_finished = true;
    m_ui->cancelPushButton->hide();
    m_ui->closePushButton->show();
    m_ui->closePushButton->setDefault(true);
    const QLocale locale;
    const DecpFileSummary total = result.total();
    if (result.cancelled) {
        m_ui->statusLabel->setText(tr("Import cancelled: the database was left as it was."));
    } else if (!result.ok) {
        m_ui->statusLabel->setText(tr("Import failed, nothing was kept: %1").arg(result.error));
    } else if (!result.changed) {
        m_ui->statusLabel->setText(
            tr("Nothing new: %Ln record(s) read, the database is unchanged.", nullptr, int(total.recordsRead)));
    } else {
        //: The counts at the end of an import: "12 new contracts", "3 merged", "1 rejected".
        const QString counts
            = tr("%1, %2, %3.")
                  .arg(tr("%Ln new contract(s)", nullptr, int(total.accepted)),
                       tr("%Ln merged", nullptr, int(total.merged)), tr("%Ln rejected", nullptr, int(total.rejected)));
        m_ui->statusLabel->setText(result.elapsedMs < 1000
                                       ? tr("Import finished: %1").arg(counts)
                                       : tr("Import finished in %1 s: %2")
                                             .arg(locale.toString(double(result.elapsedMs) / 1000.0, 'f', 1), counts));
    }
    if (!result.searchIndexError.isEmpty())
        m_ui->statusLabel->setText(
            m_ui->statusLabel->text() + QLatin1Char('\n')
            + tr("The search index will be brought up to date at the next search: %1").arg(result.searchIndexError));

    if (result.cancelled || (!result.ok && result.files.isEmpty())) {
        // Nothing to report: the progress page stays, stopped.
        m_ui->remainingLabel->setText(QString());
        emit importFinished(m_result);
        return;
    }
    QTableWidget *files = m_ui->filesTableWidget;
    files->setRowCount(int(result.files.size()));
    for (int row = 0; row < result.files.size(); ++row) {
        const DecpFileSummary &f = result.files.at(row);
        auto *name = new QTableWidgetItem(QFileInfo(f.file).fileName());
        name->setToolTip(QDir::toNativeSeparators(f.file));
        files->setItem(row, FileNameColumn, name);
        files->setItem(row, FormatColumn, new QTableWidgetItem(f.format.toUpper()));
        files->setItem(row, ReadColumn, numberItem(f.recordsRead));
        files->setItem(row, AcceptedColumn, numberItem(f.accepted));
        auto *merged = numberItem(f.merged);
        merged->setToolTip(
            tr("%1 identical, %2 updated, %3 older versions")
                .arg(locale.toString(f.duplicates), locale.toString(f.updated), locale.toString(f.older)));
        files->setItem(row, MergedColumn, merged);
        files->setItem(row, RejectedColumn, numberItem(f.rejected));
        files->setItem(row, WarningsColumn, numberItem(f.warnings));
        files->setItem(row, SkippedColumn, numberItem(f.skippedConcessions + f.skippedFilter));
    }
    files->setMaximumHeight(files->horizontalHeader()->height() + files->rowHeight(0) * int(result.files.size() + 1)
                            + 2 * files->frameWidth());
    m_ui->rejectionsOnlyCheckBox->setChecked(total.rejected > 0);
    fillLines();
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->reportPage);
    // Room for the report, which the progress did not need.
    resize(std::max(width(), 820), std::max(height(), result.reportLines > 0 ? 540 : 260));
    m_ui->saveReportPushButton->setVisible(QFileInfo::exists(m_options.reportPath));
    emit importFinished(m_result);
}

void DecpImportDialog::fillLines()
{
    QTableWidget *table = m_ui->linesTableWidget;
    const bool rejectionsOnly = m_ui->rejectionsOnlyCheckBox->isChecked();
    table->setRowCount(0);
    int row = 0;
    for (const DecpReportLine &line : std::as_const(m_result.firstLines)) {
        if (rejectionsOnly && line.outcome != QLatin1String("rejected") && line.outcome != QLatin1String("error"))
            continue;
        table->insertRow(row);
        table->setItem(row, LineFileColumn, new QTableWidgetItem(QFileInfo(line.file).fileName()));
        table->setItem(row, LineRecordColumn, line.record > 0 ? numberItem(line.record) : new QTableWidgetItem);
        table->setItem(row, LineOutcomeColumn, new QTableWidgetItem(outcomeName(line.outcome)));
        table->setItem(row, LineFieldColumn, new QTableWidgetItem(line.field));
        table->setItem(row, LineContractColumn, new QTableWidgetItem(line.contractId));
        auto *message = new QTableWidgetItem(line.message);
        message->setToolTip(line.message);
        table->setItem(row, LineMessageColumn, message);
        ++row;
    }
    table->resizeColumnsToContents();
    // Nothing to list: no empty table.
    table->setVisible(m_result.reportLines > 0);
    m_ui->rejectionsOnlyCheckBox->setVisible(m_result.reportLines > 0);
    const QLocale locale;
    QString text = m_result.reportLines == 0
        ? tr("Every record was read without remark.")
        : tr("%n remark(s) in the report", nullptr, int(std::min<qint64>(m_result.reportLines, INT_MAX)));
    if (m_result.reportLines > m_result.firstLines.size())
        text += QLatin1Char(' ')
            + tr("(the first %1 shown; save the report for all of them)")
                  .arg(locale.toString(m_result.firstLines.size()));
    m_ui->linesLabel->setText(text);
}

bool DecpImportDialog::saveReport(const QString &path, QString *error) const
{
    QFile in(m_options.reportPath);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = tr("the report of this import cannot be read: %1").arg(in.errorString());
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && !in.atEnd()) {
            *error = tr("the report of this import cannot be read: %1").arg(in.errorString());
            out.cancelWriting();
            return false;
        }
        if (out.write(chunk) != chunk.size()) {
            *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
            out.cancelWriting();
            return false;
        }
    }
    if (!out.commit()) {
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    return true;
}

void DecpImportDialog::chooseReportFile()
{
    QFileDialog dialog(this, tr("Save the import report"),
                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                           + QStringLiteral("/vigie-import-report.csv"),
                       tr("CSV files (*.csv)"));
    dialog.setObjectName(QStringLiteral("saveReportFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    QString error;
    if (!saveReport(dialog.selectedFiles().constFirst(), &error))
        QMessageBox::warning(this, tr("Save the import report"), tr("The report was not saved: %1").arg(error));
}

} // namespace vigie
