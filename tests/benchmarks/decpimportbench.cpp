// DECP import benchmark: imports FILE into a new Vigie database and, in the same run, loads the same
// records as a plain CSV with `sqlite3 .import` (the baseline), then prints records per second, the
// ratio to the baseline and the peak memory of the import (getrusage ru_maxrss of this process).
//   decpimportbench --file FILE --flat FLAT.csv [--workdir DIR] [--indexes auto|keep|rebuild]
// Run once per layout (each run is its own process, so the peak memory is that layout's).
#include "decp/decpreader.h"
#include "storage/database.h"
#include "storage/decpimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

namespace {

long peakKilobytes(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return usage.ru_maxrss;
}

// Reads and parses FILE without writing anything: the floor under the import's time, since the importer's
// writing thread waits on this work when it is the slower of the two. Seconds, or -1 on error.
double readingAloneSeconds(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    QElapsedTimer clock;
    clock.start();
    vigie::decp::HashingDevice device(file);
    const vigie::decp::Format format = vigie::decp::detectFormat(device, path);
    const std::unique_ptr<vigie::decp::RecordReader> reader = vigie::decp::createReader(format);
    qint64 records = 0;
    if (!reader || !reader->read(device, [&](vigie::decp::Record &) { return ++records > 0; }))
        return -1;
    return double(clock.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("file"), QStringLiteral("DECP file to import"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("flat"), QStringLiteral("the same records as plain CSV"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("workdir"), QStringLiteral("where the databases go"), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("indexes"), QStringLiteral("auto, keep or rebuild"), QStringLiteral("mode"),
                      QStringLiteral("auto")});
    parser.process(app);
    const QString file = parser.value(QStringLiteral("file"));
    const QString flat = parser.value(QStringLiteral("flat"));
    if (file.isEmpty() || flat.isEmpty()) {
        std::fprintf(stderr, "usage: decpimportbench --file FILE --flat FLAT.csv [--workdir DIR]\n");
        return 2;
    }
    QTemporaryDir temporary(parser.value(QStringLiteral("workdir")).isEmpty()
                                ? QDir::tempPath() + QStringLiteral("/decpbench-XXXXXX")
                                : parser.value(QStringLiteral("workdir")) + QStringLiteral("/decpbench-XXXXXX"));
    if (!temporary.isValid()) {
        std::fprintf(stderr, "cannot create a working folder\n");
        return 1;
    }

    // Baseline: the sqlite3 shell loading the same records into one plain table, in one transaction.
    const QString baselineDb = temporary.filePath(QStringLiteral("baseline.sqlite"));
    QProcess sqlite;
    sqlite.setProgram(QStringLiteral("sqlite3"));
    sqlite.setArguments({baselineDb});
    QElapsedTimer clock;
    clock.start();
    sqlite.start();
    sqlite.write(
        QStringLiteral(".mode csv\n.import '%1' contracts\n").arg(QFileInfo(flat).absoluteFilePath()).toUtf8());
    sqlite.closeWriteChannel();
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", sqlite.readAllStandardError().constData());
        return 1;
    }
    const double baselineSeconds = double(clock.nsecsElapsed()) / 1e9;
    const long baselinePeak = peakKilobytes(RUSAGE_CHILDREN);

    const QString path = temporary.filePath(QStringLiteral("vigie.sqlite"));
    {
        vigie::Database created;
        if (!created.create(path)) {
            std::fprintf(stderr, "%s\n", qPrintable(created.errorString()));
            return 1;
        }
    }
    vigie::Database database;
    if (!database.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return 1;
    }
    const long peakBefore = peakKilobytes(RUSAGE_SELF);
    vigie::DecpImportOptions options;
    options.files = {file};
    const QString mode = parser.value(QStringLiteral("indexes"));
    options.indexStrategy = mode == QLatin1String("keep") ? vigie::DecpImportOptions::IndexStrategy::Keep
        : mode == QLatin1String("rebuild")                ? vigie::DecpImportOptions::IndexStrategy::Rebuild
                                                          : vigie::DecpImportOptions::IndexStrategy::Auto;
    clock.restart();
    const vigie::DecpImportResult result = vigie::DecpImporter(database.connection()).run(options);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    if (!result.ok) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(result.error));
        return 1;
    }
    const vigie::DecpFileSummary total = result.total();
    const long peak = peakKilobytes(RUSAGE_SELF);
    database.close();
    const double mb = double(QFileInfo(file).size()) / 1e6;
    std::printf("file            %s (%s, %.0f MB)\n", qPrintable(QFileInfo(file).fileName()),
                qPrintable(result.files.value(0).format), mb);
    std::printf("records         %lld (accepted %lld, merged %lld, rejected %lld)\n", total.recordsInFile,
                total.accepted, total.merged, total.rejected);
    const double indexSeconds = double(result.indexMs) / 1000.0;
    const double searchSeconds = double(result.searchIndexMs) / 1000.0;
    const double loadSeconds = seconds - indexSeconds - searchSeconds;
    std::printf("vigie import    %.2f s  (%.0f records/s, %.1f MB/s)\n", seconds, double(total.recordsInFile) / seconds,
                mb / seconds);
    std::printf("  of which      load %.2f s, secondary indexes %.2f s, then full-text index %.2f s\n", loadSeconds,
                indexSeconds, searchSeconds);
    const double readingSeconds = readingAloneSeconds(file);
    std::printf("reading alone   %.2f s  (parsing the file, nothing written: the floor under the import)\n",
                readingSeconds);
    std::printf("sqlite3 .import %.2f s  (%.0f rows/s, peak %.0f MB)\n", baselineSeconds,
                double(total.recordsInFile) / baselineSeconds, double(baselinePeak) / 1024.0);
    std::printf("ratio           %.2fx the sqlite3 baseline (target <= 2.5x); committed data %.2fx; load alone %.2fx\n",
                seconds / baselineSeconds, (seconds - searchSeconds) / baselineSeconds, loadSeconds / baselineSeconds);
    std::printf("peak memory     %.0f MB (before the import %.0f MB; target < 200 MB)\n", double(peak) / 1024.0,
                double(peakBefore) / 1024.0);
    std::printf("database size   %.0f MB (baseline %.0f MB)\n", double(QFileInfo(path).size()) / 1e6,
                double(QFileInfo(baselineDb).size()) / 1e6);
    return 0;
}
