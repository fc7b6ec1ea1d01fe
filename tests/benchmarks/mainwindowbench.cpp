// The main window on a database of a million imported contracts: time to open it (guarded open, followed
// records loaded, tables filled; the quick_check of a large file runs in the background) and for that
// check to end, time to show the open-data page and paint its first rows, a search keystroke there, and
// the export of every contract of that page (on a worker thread: how long, and the longest the window went
// without handling events meanwhile), and the peak memory of the process.
//   mainwindowbench --db DB [--search "courrier"] [--screenshots DIR]
// DB is a database with many contracts, e.g. made by `vigie import` of a decpgenerate file. Runs
// offscreen unless QT_QPA_PLATFORM says otherwise.
#include "export/tableexportworker.h"
#include "mainwindow.h"
#include "models/recordset.h"
#include "opendataview.h"
#include "storage/backgroundcheck.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

namespace {

double ms(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

long peakMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // settings of the benchmark, not the user's
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("search"), QStringLiteral("text typed, one keystroke at a time"),
                      QStringLiteral("text"), QStringLiteral("courrier")});
    parser.addOption({QStringLiteral("screenshots"),
                      QStringLiteral("where to save the window and the export's progress"), QStringLiteral("dir")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: mainwindowbench --db DB [--search TEXT]\n");
        return 2;
    }

    QElapsedTimer clock;
    QElapsedTimer checkClock;
    vigie::MainWindow window;
    window.resize(1280, 800);
    window.show();
    auto *check = window.findChild<vigie::BackgroundCheck *>();
    double checkedMs = -1;
    QObject::connect(check, &vigie::BackgroundCheck::finished, &window,
                     [&](const QString &, const QStringList &) { checkedMs = ms(checkClock); });
    clock.restart();
    checkClock.start();
    QString error;
    if (!window.openDatabase(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QApplication::processEvents();
    const double openMs = ms(clock);
    std::printf("open the database and fill the window   %8.1f ms  (%lld followed contracts, %lld organisations)\n",
                openMs, qint64(window.records()->contracts().size()), qint64(window.records()->organisations().size()));

    clock.restart();
    window.setCurrentView(vigie::MainWindow::View::OpenData);
    vigie::OpenDataView *openData = window.openDataView();
    auto *table = openData->findChild<QTableView *>(QStringLiteral("openDataTableView"));
    table->viewport()->repaint();
    std::printf("open-data page, first rows painted      %8.1f ms  (%d contracts)\n", ms(clock),
                table->model()->rowCount());

    clock.restart();
    table->scrollToBottom();
    QApplication::processEvents();
    table->viewport()->repaint();
    const QModelIndex last = table->model()->index(table->model()->rowCount() - 1, 0);
    if (table->indexAt(table->viewport()->rect().bottomLeft() - QPoint(0, 2)).row() < last.row() - 1
        || last.data().toString().isEmpty()) {
        std::fprintf(stderr, "the last rows were not shown\n");
        return 1;
    }
    std::printf("jump to the last row, painted           %8.1f ms\n", ms(clock));

    clock.restart();
    table->selectRow(table->model()->rowCount() / 2);
    QApplication::processEvents();
    std::printf("select a contract, its details shown    %8.1f ms\n", ms(clock));

    const QString text = parser.value(QStringLiteral("search"));
    double slowest = 0;
    for (qsizetype n = 1; n <= text.size(); ++n) {
        clock.restart();
        openData->setSearchText(text.left(n));
        table->viewport()->repaint();
        slowest = std::max(slowest, ms(clock));
    }
    std::printf("search keystroke, slowest of %2lld         %8.1f ms  (\"%s\": %d contracts)\n", qint64(text.size()),
                slowest, qPrintable(text), table->model()->rowCount());
    while (checkedMs < 0 && check->isRunning())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QApplication::processEvents();
    std::printf("background quick_check done after       %8.1f ms  (editing enabled then)\n", checkedMs);

    // Every contract of the page exported as CSV, on a worker thread, while the window handles its events.
    openData->setSearchText(QString());
    QTemporaryDir exportDir;
    const QString exportPath = exportDir.filePath(QStringLiteral("contracts.csv"));
    vigie::TableFileOptions exportOptions;
    exportOptions.separator = QLatin1Char(';');
    clock.restart();
    vigie::TableExportWorker *job = window.exportOpenData(exportPath, exportOptions);
    if (!job) {
        std::fprintf(stderr, "the export did not start\n");
        return 1;
    }
    bool exported = false;
    bool exportOk = false;
    qint64 exportedRows = 0;
    QObject::connect(job, &vigie::TableExportWorker::finished, &window,
                     [&](bool ok, bool, const QString &exportError, qint64 rows) {
                         exported = true;
                         exportOk = ok;
                         exportedRows = rows;
                         if (!ok)
                             std::fprintf(stderr, "%s\n", qPrintable(exportError));
                     });
    constexpr int kTickMs = 10;
    QElapsedTimer sinceTick;
    sinceTick.start();
    double longestStall = 0;
    QTimer tick;
    tick.setInterval(kTickMs);
    QObject::connect(&tick, &QTimer::timeout, &window, [&] {
        longestStall = std::max(longestStall, ms(sinceTick) - kTickMs);
        sinceTick.restart();
    });
    tick.start();
    const QString screenshots = parser.value(QStringLiteral("screenshots"));
    bool shot = screenshots.isEmpty();
    double progressShownMs = -1;
    while (!exported) {
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        if (progressShownMs < 0) {
            auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("exportProgressDialog"));
            if (progress && progress->isVisible())
                progressShownMs = ms(clock);
        }
        if (!shot && clock.elapsed() > 3000) {
            window.grab().save(screenshots + QStringLiteral("/export-window.png"));
            if (auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("exportProgressDialog")))
                progress->grab().save(screenshots + QStringLiteral("/export-progress.png"));
            shot = true;
        }
    }
    tick.stop();
    if (!exportOk)
        return 1;
    std::printf("export every contract as CSV (worker)   %8.1f ms  (%lld contracts, %.0f MB; window stalled %.0f ms "
                "at most)\n",
                ms(clock), exportedRows, double(QFileInfo(exportPath).size()) / 1e6, longestStall);
    std::printf("  its progress dialog shown after       %8.1f ms\n", progressShownMs);

    // Last, so that the window's figures are those of the first look at the file (a cold page cache when
    // the caches were dropped before the run).
    clock.restart();
    {
        vigie::Database database;
        if (!database.open(path)) {
            std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
            return 1;
        }
    }
    std::printf("for comparison, an open that checks now %8.1f ms  (Database::open, OpenCheck::Now)\n", ms(clock));
    std::printf("peak memory                             %8ld MB\n", peakMegabytes());
    return 0;
}
