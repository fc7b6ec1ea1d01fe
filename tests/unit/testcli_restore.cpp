#include "../testsupport.h"
// `vigie backup`, `vigie restore` and the backup `vigie import` takes first, through the real executable.
#include "storage/backup.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using vigie::testing::checksum;
using vigie::testing::CliRun;

namespace {

// The output as text: these tests read messages, not file contents.
struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result runVigie(const QStringList &arguments)
{
    const CliRun run = vigie::testing::runVigie(arguments);
    return {run.exitCode, QString::fromUtf8(run.out), QString::fromUtf8(run.err)};
}

qint64 contractCount(const QString &path)
{
    Database db;
    if (!db.open(path, Database::Access::ReadOnly))
        return -1;
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM contracts")) && query.next() ? query.value(0).toLongLong()
                                                                                        : -1;
}

} // namespace

class TestCliRestore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importBacksUpThenRestoreUndoesIt();
    void manualBackupKeepsN();
    void restoreRefusesWhileOpenElsewhere();
    void errors_data();
    void errors();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString demo();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliRestore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCliRestore::demo()
{
    const QString db = path(QStringLiteral("demo.sqlite"));
    const Result result = runVigie({QStringLiteral("init"), db, QStringLiteral("--demo")});
    return result.exitCode == 0 ? db : QString();
}

void TestCliRestore::importBacksUpThenRestoreUndoesIt()
{
    const QString db = demo();
    QVERIFY(!db.isEmpty());
    const qint64 before = contractCount(db);
    Result result = runVigie({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--list")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("no backups")), qPrintable(result.out));

    result = runVigie(
        {QStringLiteral("import"), QStringLiteral(VIGIE_TEST_DATA_DIR "/decp/tessi.json"), QStringLiteral("--db"), db});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(contractCount(db), before + 3);
    const QList<BackupInfo> made = backups::list(db);
    QCOMPARE(made.size(), 1);
    QCOMPARE(made.first().reason, QStringLiteral("import"));
    QCOMPARE(contractCount(made.first().path), before);

    // The listing says when, why and what each backup holds.
    result = runVigie({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--list")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral(" 1. ")) && result.out.contains(QStringLiteral("import"))
                 && result.out.contains(QStringLiteral("%1 contract").arg(before))
                 && result.out.contains(QStringLiteral("incident")),
             qPrintable(result.out));

    result = runVigie({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("1")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    // It shows what the backup holds and what the database holds, before restoring.
    QVERIFY2(result.out.contains(QStringLiteral("it holds: ")) && result.out.contains(QStringLiteral("holds now: "))
                 && result.out.contains(QStringLiteral("%1 contract").arg(before + 3)),
             qPrintable(result.out));
    QCOMPARE(contractCount(db), before);
    const QList<BackupInfo> after = backups::list(db);
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.first().reason, QStringLiteral("before-restore"));
    QCOMPARE(contractCount(after.first().path), before + 3);
    QVERIFY(result.out.contains(after.first().path));

    // Restoring by path works too, and the database is sound afterwards.
    result = runVigie({QStringLiteral("restore"), QStringLiteral("--db"), db, after.first().path});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(contractCount(db), before + 3);
    result = runVigie({QStringLiteral("check"), db});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
}

void TestCliRestore::manualBackupKeepsN()
{
    const QString db = demo();
    QVERIFY(!db.isEmpty());
    const QByteArray original = checksum(db);
    for (int i = 0; i < 3; ++i) {
        const Result result = runVigie(
            {QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--keep"), QStringLiteral("2")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("manual")) && result.out.contains(QStringLiteral("contract")),
                 qPrintable(result.out));
        QTest::qWait(5); // distinct millisecond stamps
    }
    const QList<BackupInfo> kept = backups::list(db);
    QCOMPARE(kept.size(), 2);
    for (const BackupInfo &b : kept) {
        QCOMPARE(b.reason, QStringLiteral("manual"));
        QCOMPARE(QFileInfo(b.path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }
    // Backing up reads the database, never writes it.
    QCOMPARE(checksum(db), original);
    // No half-written copy is left behind.
    QCOMPARE(QDir(backups::directoryFor(db)).entryList({QStringLiteral("*.part")}, QDir::Files), QStringList());
}

void TestCliRestore::restoreRefusesWhileOpenElsewhere()
{
    const QString db = demo();
    QVERIFY(!db.isEmpty());
    Result result = runVigie({QStringLiteral("backup"), QStringLiteral("--db"), db});
    QCOMPARE(result.exitCode, 0);
    {
        // Another Vigie has the database open (idle): restoring now would lose what it writes next.
        Database other;
        QVERIFY(other.open(db));
        QSqlQuery(other.connection()).exec(QStringLiteral("INSERT INTO sources (title, kind) VALUES ('x', 'press')"));
        result = runVigie({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("1")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("another Vigie")), qPrintable(result.err));
        QVERIFY(!result.err.contains(QStringLiteral("locked")));
    }
    QCOMPARE(backups::list(db).size(), 1);
    result = runVigie({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("1")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
}

void TestCliRestore::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --db") << QStringList {QStringLiteral("restore"), QStringLiteral("--list")} << 2
                             << QStringLiteral("missing --db");
    QTest::newRow("neither") << QStringList {QStringLiteral("restore"), QStringLiteral("--db"), QStringLiteral("@db")}
                             << 2 << QStringLiteral("either --list or");
    QTest::newRow("both") << QStringList {QStringLiteral("restore"), QStringLiteral("--db"), QStringLiteral("@db"),
                                          QStringLiteral("--list"), QStringLiteral("1")}
                          << 2 << QStringLiteral("either --list or");
    QTest::newRow("no such number") << QStringList {QStringLiteral("restore"), QStringLiteral("--db"),
                                                    QStringLiteral("@db"), QStringLiteral("7")}
                                    << 1 << QStringLiteral("no backup number 7");
    QTest::newRow("missing file") << QStringList {QStringLiteral("restore"), QStringLiteral("--db"),
                                                  QStringLiteral("@db"), QStringLiteral("@missing")}
                                  << 1 << QStringLiteral("does not exist");
    QTest::newRow("junk backup") << QStringList {QStringLiteral("restore"), QStringLiteral("--db"),
                                                 QStringLiteral("@db"), QStringLiteral("@junk")}
                                 << 1 << QStringLiteral("not a Vigie database");
    QTest::newRow("itself") << QStringList {QStringLiteral("restore"), QStringLiteral("--db"), QStringLiteral("@db"),
                                            QStringLiteral("@db")}
                            << 1 << QStringLiteral("the database itself");
    QTest::newRow("bad --keep") << QStringList {QStringLiteral("backup"), QStringLiteral("--db"), QStringLiteral("@db"),
                                                QStringLiteral("--keep"), QStringLiteral("0")}
                                << 2 << QStringLiteral("--keep");
    QTest::newRow("backup of junk") << QStringList {QStringLiteral("backup"), QStringLiteral("--db"),
                                                    QStringLiteral("@junk")}
                                    << 1 << QStringLiteral("not a Vigie database");
}

void TestCliRestore::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString db = demo();
    QVERIFY(!db.isEmpty());
    const QString junk = path(QStringLiteral("junk.sqlite"));
    {
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'j'));
    }
    for (QString &argument : arguments) {
        if (argument == QLatin1String("@db"))
            argument = db;
        else if (argument == QLatin1String("@junk"))
            argument = junk;
        else if (argument == QLatin1String("@missing"))
            argument = path(QStringLiteral("missing.sqlite"));
    }
    const QByteArray dbBefore = checksum(db);
    const QByteArray junkBefore = checksum(junk);
    const Result result = runVigie(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    // Nothing was touched, and nothing was created.
    QCOMPARE(checksum(db), dbBefore);
    QCOMPARE(checksum(junk), junkBefore);
    QVERIFY(!QFile::exists(path(QStringLiteral("missing.sqlite"))));
}

QTEST_GUILESS_MAIN(TestCliRestore)
#include "testcli_restore.moc"
