#include "../testsupport.h"
#include "storage/backgroundcheck.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/demodata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using namespace vigie::testing;

// How two connections (as two Vigie windows would) share one database file.
class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void secondConnectionOpensFreshDatabase();
    void connectionsWriteAlternately();
    void largeFileCheckedInBackground();
    void restoreOverDamagedFileKeepsIt();
};

namespace {

QString makeDemo(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    Database database;
    if (!database.create(path))
        return {};
    QSqlDatabase connection = database.connection();
    return populateDemoData(connection, nullptr) ? path : QString();
}

QStringList runCheck(const QString &path)
{
    BackgroundCheck check;
    QSignalSpy finished(&check, &BackgroundCheck::finished);
    check.start(path);
    if (!finished.wait(30000))
        return {QStringLiteral("the check did not finish")};
    return finished.first().at(1).toStringList();
}

} // namespace

void TestDatabase::secondConnectionOpensFreshDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    Database first;
    QVERIFY2(first.create(path), qPrintable(first.errorString()));
    QSqlQuery(first.connection()).exec(QStringLiteral("INSERT INTO sources (title, kind) VALUES ('A', 'press')"));
    // The first connection stays open: the second must still recognise the file.
    Database second;
    QVERIFY2(second.open(path), qPrintable(second.errorString()));
    QSqlQuery query(second.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sources")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestDatabase::connectionsWriteAlternately()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    Database a;
    QVERIFY(a.create(path));
    Database b;
    QVERIFY2(b.open(path), qPrintable(b.errorString()));
    for (int i = 0; i < 20; ++i) {
        Database &writer = i % 2 ? a : b;
        QSqlQuery insert(writer.connection());
        QVERIFY2(insert.exec(QStringLiteral("INSERT INTO sources (title, kind) VALUES ('S%1', 'press')").arg(i)),
                 qPrintable(insert.lastError().text()));
    }
    QSqlQuery count(a.connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM sources")) && count.next());
    QCOMPARE(count.value(0).toInt(), 20);
}

// A file above checkNowUpTo() opened with OpenCheck::Later is not checked by open(): the caller runs the
// quick_check in the background. The same damaged file is refused by an open that checks at once.
void TestDatabase::largeFileCheckedInBackground()
{
    QTemporaryDir dir;
    const QString sound = makeDemo(dir, QStringLiteral("sound.sqlite"));
    const QString damaged = makeDemo(dir, QStringLiteral("damaged.sqlite"));
    QVERIFY(!sound.isEmpty() && !damaged.isEmpty());
    QVERIFY(damageIndexPage(damaged, QStringLiteral("history_action")));
    const QByteArray before = checksum(damaged);

    // Small files are checked at once even when the caller would check later.
    const qint64 limit = Database::checkNowUpTo();
    QVERIFY(QFileInfo(damaged).size() < limit);
    {
        Database database;
        QVERIFY(!database.open(damaged, Database::Access::ReadWrite, Database::OpenCheck::Later));
        QVERIFY2(database.errorString().contains(QStringLiteral("damaged")), qPrintable(database.errorString()));
    }
    Database::setCheckNowUpTo(0);
    {
        Database database;
        QVERIFY(!database.open(damaged)); // OpenCheck::Now, whatever the size
        Database later;
        QVERIFY2(later.open(damaged, Database::Access::ReadOnly, Database::OpenCheck::Later),
                 qPrintable(later.errorString()));
        QVERIFY(later.isCheckPending());
        // Found by the background check, on its own connection, while this one stays open.
        const QStringList problems = runCheck(damaged);
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.join(QLatin1Char(' ')).contains(QLatin1String("page"), Qt::CaseInsensitive),
                 qPrintable(problems.join(QLatin1Char(' '))));

        Database soundLater;
        QVERIFY(soundLater.open(sound, Database::Access::ReadWrite, Database::OpenCheck::Later));
        QVERIFY(soundLater.isCheckPending());
        QCOMPARE(runCheck(sound), QStringList());
    }
    Database::setCheckNowUpTo(limit);
    QCOMPARE(checksum(damaged), before);
}

// Restoring a backup over a file too damaged to open keeps the damaged bytes beside it.
void TestDatabase::restoreOverDamagedFileKeepsIt()
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("base.sqlite"));
    QVERIFY(!path.isEmpty());
    QString backup;
    {
        Database database;
        QVERIFY(database.open(path));
        QString error;
        backup = backups::create(database.connection(), path, QStringLiteral("manual"), 0, &error);
        QVERIFY2(!backup.isEmpty(), qPrintable(error));
    }
    QVERIFY(damageIndexPage(path, QStringLiteral("history_action")));
    const QByteArray damagedBytes = checksum(path);
    QString error;
    QVERIFY2(backups::restore(backup, path, &error), qPrintable(error));
    Database restored;
    QVERIFY2(restored.open(path), qPrintable(restored.errorString()));
    const QStringList kept = QDir(dir.path()).entryList({QStringLiteral("base.sqlite.damaged-*")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(checksum(dir.filePath(kept.first())), damagedBytes);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "testdatabase.moc"
