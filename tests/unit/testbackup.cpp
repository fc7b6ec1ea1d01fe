#include "../testsupport.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using namespace vigie::testing;

namespace {

bool addSource(Database &db, const QString &title)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO sources (title, kind) VALUES (:title, 'press')"));
    query.bindValue(QStringLiteral(":title"), title);
    return query.exec();
}

int sourceCount(const QString &path)
{
    Database db;
    if (!db.open(path, Database::Access::ReadOnly))
        return -1;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT count(*) FROM sources"));
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void createIsPrivateAndListed();
    void pruneKeepsNewest();
    void describeCounts();
    void restoreBringsBackContent();
    void restoreRefusesJunk();
    void olderSchemaIsBackedUpBeforeUpgrade();
};

void TestBackup::createIsPrivateAndListed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("base.sqlite"));
    Database db;
    QVERIFY2(db.create(path), qPrintable(db.errorString()));
    QVERIFY(addSource(db, QStringLiteral("Communiqué")));
    QString error;
    const QString backup = backups::create(db.connection(), path, QStringLiteral("manual"), 0, &error);
    QVERIFY2(!backup.isEmpty(), qPrintable(error));
    QCOMPARE(QFileInfo(backup).permissions()
                 & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    QCOMPARE(QFileInfo(backups::directoryFor(path)).permissions() & (QFile::ReadOther | QFile::ExeOther),
             QFile::Permissions());
    const QList<BackupInfo> all = backups::list(path);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().path, backup);
    QCOMPARE(all.first().reason, QStringLiteral("manual"));
    QCOMPARE(sourceCount(backup), 1);
    QVERIFY(!backups::isDue(path, 3600));
    QVERIFY(backups::isDue(path, 0));
}

void TestBackup::pruneKeepsNewest()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("base.sqlite"));
    Database db;
    QVERIFY(db.create(path));
    QString error;
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        QVERIFY(addSource(db, QStringLiteral("Source %1").arg(i)));
        made << backups::create(db.connection(), path, QStringLiteral("daily"), 3, &error);
        QVERIFY2(!made.last().isEmpty(), qPrintable(error));
        QTest::qWait(5); // distinct millisecond stamps
    }
    const QList<BackupInfo> kept = backups::list(path);
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.at(0).path, made.at(4));
    QCOMPARE(kept.at(2).path, made.at(2));
    QVERIFY(!QFile::exists(made.at(0)));
}

void TestBackup::describeCounts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("base.sqlite"));
    {
        Database db;
        QVERIFY(db.create(path));
        QVERIFY(addSource(db, QStringLiteral("A")));
        QVERIFY(addSource(db, QStringLiteral("B")));
    }
    QString error;
    const QString text = backups::describe(path, &error);
    QVERIFY2(text.contains(QStringLiteral("2 source")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("0 incident")));
}

void TestBackup::restoreBringsBackContent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("base.sqlite"));
    QString backup;
    QString error;
    {
        Database db;
        QVERIFY(db.create(path));
        QVERIFY(addSource(db, QStringLiteral("Kept")));
        backup = backups::create(db.connection(), path, QStringLiteral("manual"), 0, &error);
        QVERIFY(!backup.isEmpty());
        QVERIFY(addSource(db, QStringLiteral("Added after the backup")));
    }
    QCOMPARE(sourceCount(path), 2);
    QVERIFY2(backups::restore(backup, path, &error), qPrintable(error));
    QCOMPARE(sourceCount(path), 1);
    // What was replaced is itself kept.
    const QList<BackupInfo> all = backups::list(path);
    QCOMPARE(all.first().reason, QStringLiteral("before-restore"));
    QCOMPARE(sourceCount(all.first().path), 2);
    QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
}

void TestBackup::restoreRefusesJunk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("base.sqlite"));
    {
        Database db;
        QVERIFY(db.create(path));
        QVERIFY(addSource(db, QStringLiteral("Precious")));
    }
    const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
    {
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    const QByteArray before = checksum(path);
    const QByteArray junkBefore = checksum(junk);
    QString error;
    QVERIFY(!backups::restore(junk, path, &error));
    QVERIFY2(error.contains(QStringLiteral("not a Vigie database")), qPrintable(error));
    QCOMPARE(checksum(path), before);
    QCOMPARE(checksum(junk), junkBefore);
    QVERIFY(!QFile::exists(path + QStringLiteral(".restoring")));
}

void TestBackup::olderSchemaIsBackedUpBeforeUpgrade()
{
    if (currentSchemaVersion() < 2)
        QSKIP("only one schema version exists so far; nothing to upgrade from");
    for (int version = 1; version < currentSchemaVersion(); ++version) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            // Build a database as version `version` left it.
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            QCOMPARE(migrate(raw, version), QString());
            QSqlQuery(raw).exec(QStringLiteral("INSERT INTO sources (title, kind) VALUES ('Old', 'union')"));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), currentSchemaVersion());
        QVERIFY(db.checkIntegrity(true).isEmpty());
        const QList<BackupInfo> all = backups::list(path);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().reason, QStringLiteral("migration"));
        // The copy is the file as it was before the upgrade (read from its header: Database refuses
        // to open an old schema read-only).
        int backupVersion = 0;
        QCOMPARE(vigieHeaderProblem(all.first().path, &backupVersion), QString());
        QCOMPARE(backupVersion, version);
    }
}

QTEST_GUILESS_MAIN(TestBackup)
#include "testbackup.moc"
