#include "../testsupport.h"
// Faults survived by the real executable: `vigie import` killed with SIGKILL at random points, and the
// disk filling up (RLIMIT_FSIZE) during an import and an export. Every time, the database passes
// integrity_check and holds all of the import or none of it; a previous export file is untouched.
//
// The seed of the random kill points is printed; set VIGIE_FAULT_SEED to replay a run, and
// VIGIE_FAULT_KILLS to change the number of kills (default 30).
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/repository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace vigie;
using vigie::testing::checksum;

namespace {

constexpr int kRecords = 40000; // about a second of import on a laptop

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

// Runs vigie with files limited to `fileSizeLimit` bytes (0: no limit). Writing past the limit fails with
// EFBIG, as on a full disk, instead of killing the process (SIGXFSZ is ignored).
struct Run
{
    int exitCode = -1;
    QByteArray err;
    QByteArray out;
};

Run runVigie(const QStringList &arguments, rlim_t fileSizeLimit = 0)
{
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    if (fileSizeLimit > 0) {
        process.setChildProcessModifier([fileSizeLimit] {
            const rlimit limit {fileSizeLimit, fileSizeLimit};
            ::setrlimit(RLIMIT_FSIZE, &limit);
            ::signal(SIGXFSZ, SIG_IGN);
        });
    }
    process.start(QStringLiteral(VIGIE_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// What a database holds after a fault: its contract count, or -1 with `problem` set.
qint64 soundContractCount(const QString &path, QString *problem)
{
    Database db;
    if (!db.open(path)) {
        *problem = db.errorString();
        return -1;
    }
    if (const QStringList problems = db.checkIntegrity(true); !problems.isEmpty()) {
        *problem = problems.join(QStringLiteral("; "));
        return -1;
    }
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM contracts")) || !query.next()) {
        *problem = QStringLiteral("cannot count the contracts");
        return -1;
    }
    return query.value(0).toLongLong();
}

// Every backup listed must itself be a sound database: a backup cut short must never be offered.
QString backupProblem(const QString &databasePath)
{
    for (const BackupInfo &backup : backups::list(databasePath)) {
        Database db;
        if (!db.open(backup.path, Database::Access::ReadOnly))
            return db.errorString();
    }
    return {};
}

bool copyFresh(const QString &from, const QString &to)
{
    QDir(backups::directoryFor(to)).removeRecursively();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    return QFile::copy(from, to) && QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killDuringImport();
    void diskFullDuringImport_data();
    void diskFullDuringImport();
    void diskFullDuringExport_data();
    void diskFullDuringExport();
    void diskFullDuringEdit();
    void cleanupTestCase();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_base; // the demo database, never written after initTestCase
    QString m_imported; // the demo database with the whole file imported
    QString m_input;
    qint64 m_contractsBefore = 0;
    qint64 m_contractsAfter = 0;
    qint64 m_importMs = 0;
    int m_faults = 0;
};

void TestFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_base = path(QStringLiteral("base.sqlite"));
    {
        Database db;
        QVERIFY2(db.create(m_base), qPrintable(db.errorString()));
        QSqlDatabase connection = db.connection();
        QString error;
        QVERIFY2(populateDemoData(connection, &error), qPrintable(error));
    }
    QString problem;
    m_contractsBefore = soundContractCount(m_base, &problem);
    QVERIFY2(m_contractsBefore >= 0, qPrintable(problem));

    // A 2019-layout file of distinct contracts held by a few thousand companies.
    m_input = path(QStringLiteral("national.json"));
    QFile file(m_input);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"marches\": [\n");
    for (int i = 0; i < kRecords; ++i) {
        const QByteArray siret = QByteArray::number(44306184100000LL + (i % 4000) * 10);
        file.write(QByteArray(R"({"id": "K-)") + QByteArray::number(i) + R"(", "acheteur": {"id": "13000548100010"}, )"
                   + R"("objet": "Prestation d'accueil téléphonique, lot )" + QByteArray::number(i)
                   + R"(", "codeCPV": "79512000-6", "montant": )" + QByteArray::number(100000 + i)
                   + R"(, "dateNotification": "2021-)" + QByteArray::number(10 + i % 3) + "-"
                   + QByteArray::number(10 + i % 18) + R"(", "dureeMois": 12, "titulaires": [{"typeIdentifiant": )"
                   + R"("SIRET", "id": ")" + siret + R"(", "denominationSociale": "SOCIETE )"
                   + QByteArray::number(i % 4000) + "\"}]}" + (i + 1 < kRecords ? ",\n" : "\n"));
    }
    file.write("]}\n");
    file.close();

    // One uninterrupted import: what "all of it" is, and how long the kills should spread over.
    m_imported = path(QStringLiteral("imported.sqlite"));
    QVERIFY(copyFresh(m_base, m_imported));
    QElapsedTimer clock;
    clock.start();
    const Run run = runVigie({QStringLiteral("import"), m_input, QStringLiteral("--db"), m_imported});
    m_importMs = clock.elapsed();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    m_contractsAfter = soundContractCount(m_imported, &problem);
    QVERIFY2(m_contractsAfter == m_contractsBefore + kRecords, qPrintable(problem));
    qInfo("one import of %d records: %lld ms", kRecords, m_importMs);
}

void TestFaults::killDuringImport()
{
    bool ok = false;
    const int kills = qEnvironmentVariableIntValue("VIGIE_FAULT_KILLS", &ok);
    const int count = ok && kills > 0 ? kills : 30;
    const quint32 seed = qEnvironmentVariableIsSet("VIGIE_FAULT_SEED")
        ? quint32(qEnvironmentVariableIntValue("VIGIE_FAULT_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("kill points from seed %u (VIGIE_FAULT_SEED=%u replays them)", seed, seed);
    QRandomGenerator random(seed);

    const QString db = path(QStringLiteral("killed.sqlite"));
    int none = 0;
    int all = 0;
    int finishedFirst = 0;
    QList<qint64> delays;
    for (int i = 0; i < count; ++i) {
        QVERIFY(copyFresh(m_base, db));
        // Spread over the whole run, start-up and commit included, and a little beyond.
        const qint64 delay = qint64(random.bounded(double(m_importMs) * 1.1));
        QProcess process;
        process.setProcessEnvironment(childEnvironment());
        process.start(QStringLiteral(VIGIE_EXECUTABLE),
                      {QStringLiteral("import"), m_input, QStringLiteral("--db"), db});
        QVERIFY(process.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < delay && process.state() == QProcess::Running)
            process.waitForFinished(int(std::max<qint64>(1, delay - clock.elapsed())));
        if (process.state() == QProcess::Running) {
            process.kill(); // SIGKILL: no clean-up of any kind
            QVERIFY(process.waitForFinished(10000));
            delays << delay;
            ++m_faults;
        } else {
            ++finishedFirst;
        }

        QString problem;
        const qint64 contracts = soundContractCount(db, &problem);
        QVERIFY2(contracts >= 0,
                 qPrintable(QStringLiteral("kill %1 at %2 ms: %3 (seed %4)").arg(i).arg(delay).arg(problem).arg(seed)));
        QVERIFY2(contracts == m_contractsBefore || contracts == m_contractsAfter,
                 qPrintable(QStringLiteral("kill %1 at %2 ms left %3 contracts (before %4, after %5; seed %6)")
                                .arg(i)
                                .arg(delay)
                                .arg(contracts)
                                .arg(m_contractsBefore)
                                .arg(m_contractsAfter)
                                .arg(seed)));
        contracts == m_contractsBefore ? ++none : ++all;
        const QString backups = backupProblem(db);
        QVERIFY2(backups.isEmpty(), qPrintable(QStringLiteral("kill %1 at %2 ms: %3").arg(i).arg(delay).arg(backups)));
    }
    std::sort(delays.begin(), delays.end());
    qInfo("%d runs: %lld killed (from %lld to %lld ms into a %lld ms import), %d finished first; "
          "afterwards %d databases held none of the import and %d all of it, all sound",
          count, qint64(delays.size()), delays.value(0), delays.value(delays.size() - 1), m_importMs, finishedFirst,
          none, all);
    QVERIFY2(delays.size() >= count / 2, "too few kills landed during the import: is the machine overloaded?");
}

void TestFaults::diskFullDuringImport_data()
{
    QTest::addColumn<qint64>("limit");
    const qint64 size = QFileInfo(m_base).size();
    // Below the database itself (the backup taken before the import fails), just above it (the
    // write-ahead log fills up early), and further along the import.
    QTest::newRow("half the database") << size / 2;
    QTest::newRow("database + 64 KiB") << size + 64 * 1024;
    QTest::newRow("1 MiB") << qint64(1024 * 1024);
    QTest::newRow("4 MiB") << qint64(4 * 1024 * 1024);
    QTest::newRow("8 MiB") << qint64(8 * 1024 * 1024);
}

void TestFaults::diskFullDuringImport()
{
    QFETCH(qint64, limit);
    const QString db = path(QStringLiteral("full.sqlite"));
    QVERIFY(copyFresh(m_base, db));
    const Run run = runVigie({QStringLiteral("import"), m_input, QStringLiteral("--db"), db}, rlim_t(limit));
    ++m_faults;
    QCOMPARE(run.exitCode, 1);
    const QByteArray message = run.err.trimmed();
    QVERIFY2(!message.isEmpty() && !message.contains('\n'), run.err.constData());
    QVERIFY2(message.startsWith("vigie: "), run.err.constData());
    qInfo("limit %lld bytes: %s", limit, message.constData());

    QString problem;
    QCOMPARE(soundContractCount(db, &problem), m_contractsBefore);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(backupProblem(db).isEmpty(), qPrintable(backupProblem(db)));
    // Once there is room again, the same import goes through.
    const Run again = runVigie({QStringLiteral("import"), m_input, QStringLiteral("--db"), db});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(soundContractCount(db, &problem), m_contractsAfter);
}

void TestFaults::diskFullDuringExport_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<double>("fraction");
    // A small limit fails in SQLite's temporary files (sorting) while reading; a limit just under the size
    // of the export fails while writing the file itself.
    QTest::newRow("csv, reading") << QStringLiteral("csv") << 0.1;
    QTest::newRow("csv, writing") << QStringLiteral("csv") << 0.95;
    QTest::newRow("json, reading") << QStringLiteral("json") << 0.1;
    QTest::newRow("json, writing") << QStringLiteral("json") << 0.95;
}

void TestFaults::diskFullDuringExport()
{
    QFETCH(QString, format);
    QFETCH(double, fraction);
    const QString folder = path(QStringLiteral("export-%1-%2").arg(format).arg(fraction));
    QVERIFY(QDir().mkpath(folder));
    const QString out = folder + QStringLiteral("/contracts.") + format;
    auto exportTo = [&](const QString &database, const QString &file, rlim_t limit) {
        return runVigie({QStringLiteral("export"), QStringLiteral("contracts"), QStringLiteral("--db"), database,
                         QStringLiteral("--format"), format, QStringLiteral("--out"), file},
                        limit);
    };
    // The size of the whole export, measured elsewhere.
    const QString measure = path(QStringLiteral("measure.") + format);
    Run run = exportTo(m_imported, measure, 0);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const qint64 size = QFileInfo(measure).size();
    QFile::remove(measure);

    // A previous export of the demo data: small, and what must survive.
    run = exportTo(m_base, out, 0);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray previous = checksum(out);
    const QByteArray database = checksum(m_imported);

    const rlim_t limit = rlim_t(double(size) * fraction);
    run = exportTo(m_imported, out, limit);
    ++m_faults;
    QCOMPARE(run.exitCode, 1);
    const QByteArray message = run.err.trimmed();
    QVERIFY2(!message.isEmpty() && !message.contains('\n') && message.contains("contracts.")
                 && message.contains("disk"),
             run.err.constData());
    qInfo("export of %lld bytes with %llu bytes allowed: %s", size, qulonglong(limit), message.constData());
    QCOMPARE(checksum(out), previous);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList {QFileInfo(out).fileName()});
    QCOMPARE(checksum(m_imported), database);

    run = exportTo(m_imported, out, 0);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QFileInfo(out).size(), size);
}

void TestFaults::diskFullDuringEdit()
{
    // A hand edit that cannot be written (the write-ahead log hits the file size limit) is refused with a
    // message, and the database keeps the incident as it was. The edit runs in a forked child, so that
    // only it is limited.
    const QString db = path(QStringLiteral("edit.sqlite"));
    QVERIFY(copyFresh(m_base, db));
    QString before;
    {
        Database database;
        QVERIFY(database.open(db));
        const auto incident = Repository(database.connection()).incident(1);
        QVERIFY(incident);
        before = incident->description;
    }
    const rlim_t limit = rlim_t(QFileInfo(db).size() + 1024 * 1024);
    QTemporaryDir messages;
    const QString messageFile = messages.filePath(QStringLiteral("error.txt"));
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        int code = 3;
        {
            const rlimit fileLimit {limit, limit};
            ::setrlimit(RLIMIT_FSIZE, &fileLimit);
            ::signal(SIGXFSZ, SIG_IGN);
            Database database;
            if (database.open(db)) {
                Repository repository(database.connection());
                auto incident = repository.incident(1);
                if (incident) {
                    incident->description = QString(4 * 1024 * 1024, QLatin1Char('x'));
                    code = repository.saveIncident(*incident) ? 0 : 1;
                    QFile out(messageFile);
                    if (out.open(QIODevice::WriteOnly)) // a small file, well under the limit
                        out.write(repository.lastError().toUtf8());
                }
            } else {
                code = 4;
            }
        }
        ::_exit(code);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 1);
    ++m_faults;
    QFile message(messageFile);
    QVERIFY(message.open(QIODevice::ReadOnly));
    const QByteArray text = message.readAll();
    QVERIFY2(!text.isEmpty(), "the refused edit gave no message");
    qInfo("edit with %llu bytes allowed: %s", qulonglong(limit), text.constData());

    Database database;
    QVERIFY2(database.open(db), qPrintable(database.errorString()));
    QVERIFY(database.checkIntegrity(true).isEmpty());
    const auto incident = Repository(database.connection()).incident(1);
    QVERIFY(incident);
    QCOMPARE(incident->description, before);
}

void TestFaults::cleanupTestCase()
{
    qInfo("%d faults injected", m_faults);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "testfaults.moc"
